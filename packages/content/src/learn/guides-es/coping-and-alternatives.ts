// Spanish: "Recursos para afrontar y cosas que probar" (../guides/coping-and-alternatives.ts).
import type { Guide } from '../types.ts';

export const copingAndAlternativesEs: Guide = {
  id: 'coping-and-alternatives',
  title: 'Recursos para afrontar y cosas que probar',
  summary:
    'Formas de pasar un impulso y llevar lo que sientes, con herramientas de la app que puedes probar ya.',
  minutes: 3,
  blocks: [
    {
      type: 'p',
      text: 'Un impulso de hacerte daño puede parecer eterno. No lo es. Los impulsos suben, llegan a su punto alto y luego bajan, a menudo en minutos. Estos recursos te ayudan a pasar esa ola, y a cuidar lo que sientes por debajo.',
    },
    {
      type: 'p',
      text: 'Ningún recurso sirve a todos, ni todas las veces. Es normal probar varios hasta dar con el tuyo. Onward puede llevar la cuenta de lo que más te ayuda, para que lo encuentres rápido la próxima vez.',
    },
    { type: 'h2', text: 'Lo que ayuda con el tiempo' },
    {
      type: 'list',
      items: [
        'Conoce tus detonantes, para notar un impulso a tiempo.',
        'Practica respirar despacio, la atención plena o un yoga suave. Atención plena es notar lo que pasa ahora, sin juzgarlo.',
        'Háblate con cariño, como a una amistad.',
        'Busca formas seguras de sacar lo que sientes, como escribir, hablar o llorar.',
        'Busca apoyo en un terapeuta, un consejero o tu médico.',
      ],
    },
    { type: 'link', text: 'Prueba la respiración pausada', to: { kind: 'route', path: '/tools' } },
    { type: 'h2', text: 'Qué probar cuando llega un impulso' },
    {
      type: 'p',
      text: 'Estas ideas le dan a tu cuerpo y a tu mente otra cosa en qué fijarse. Elige una y dale unos minutos. Si no ayuda, prueba otra.',
    },
    {
      type: 'p',
      text: 'Siente algo fuerte. Aprieta una pelota antiestrés con toda tu fuerza. Golpea una almohada o grita contra ella. Sostén una bebida fría en las manos. Prueba algo de sabor fuerte, como una menta o un dulce ácido.',
    },
    {
      type: 'p',
      text: 'Crea algo. Dibuja, pinta o garabatea en papel. Colorea un libro para colorear. Teje, cose, arma o haz algo con las manos. Escribe un poema, o una carta que nunca tengas que enviar.',
    },
    {
      type: 'p',
      text: 'Mueve el cuerpo. Sal a caminar, a correr o en bici. Baila una canción a todo volumen. Prueba unos estiramientos suaves, o un rato corto de ejercicio fuerte.',
    },
    {
      type: 'p',
      text: 'Calma tus sentidos. Date un baño o una ducha tibia. Envuélvete en una manta suave. Pasa un rato al aire libre, en un parque o un jardín. Escucha música tranquila. Huele un jabón o un té que te guste.',
    },
    {
      type: 'p',
      text: 'Distráete. Mira una serie que te encante. Escucha un disco nuevo. Juega a algo. Escribe o llama a un amigo o a alguien de tu familia. Ordena un rincón pequeño.',
    },
    {
      type: 'link',
      text: 'Abre las herramientas: temporizador, respiración y anclaje',
      to: { kind: 'route', path: '/tools' },
    },
    {
      type: 'note',
      text: 'Puedes ocultar las ideas que no van contigo y agregar las tuyas. Muchas veces las mejores ideas son las que se te ocurren a ti.',
    },
    { type: 'h2', text: 'Sé amable contigo' },
    {
      type: 'p',
      text: 'La autocompasión es tratarte con el cariño que le darías a una amistad. Cuando notes un pensamiento duro, intenta responderle. Por ejemplo: «Lo estoy pasando muy mal, y tiene sentido. Hago lo que puedo». Al principio puede sonar raro. Con la práctica se vuelve más fácil.',
    },
    { type: 'h2', text: 'Saca lo que sientes sin hacerte daño' },
    {
      type: 'p',
      text: 'Lo que sientes necesita salir por algún lado. Puedes escribirlo, decirlo en voz alta, llorar o hablar con alguien de confianza. Puedes romper papel viejo, o gritar contra una almohada. Así sale la emoción sin que te hagas daño.',
    },
    { type: 'h2', text: 'Si el impulso sigue fuerte' },
    {
      type: 'p',
      text: 'Si pruebas varias cosas y el impulso sigue fuerte, está bien. No quiere decir que lo hagas mal. Busca a alguien, o sigue tu plan de seguridad.',
    },
    { type: 'link', text: 'Abre tu plan de seguridad', to: { kind: 'route', path: '/plan' } },
    { type: 'link', text: 'Ver las opciones de ayuda', to: { kind: 'route', path: '/help' } },
    {
      type: 'link',
      text: 'Si tuviste una recaída, lee esto',
      to: { kind: 'guide', id: 'relapse-is-not-failure' },
    },
  ],
  nextStep: {
    text: 'Prueba el temporizador o la respiración pausada cinco minutos',
    to: { kind: 'route', path: '/tools' },
  },
};
