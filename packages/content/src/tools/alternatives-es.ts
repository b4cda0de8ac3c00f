// The alternatives library in Spanish: a title and a how-to for every built-in idea, by its
// stable id (the person's favourites and hidden ideas refer to ids, so they carry over between
// languages). alternatives-es.test.ts checks that every idea has its Spanish here.
import type { Language } from '../i18n.ts';
import { type Alternative, alternatives } from './alternatives.ts';

export const alternativesWordingEs: Readonly<Record<string, { title: string; howTo: string }>> = {
  'squeeze-stress-ball': {
    title: 'Aprieta una pelota antiestrés',
    howTo: 'Apriétala con toda tu fuerza mientras cuentas hasta diez, y suelta. Repite unas veces.',
  },
  'hold-something-cool': {
    title: 'Sostén algo fresco',
    howTo: 'Sostén una bebida fría o un paño fresco y húmedo, y nota cómo cambia la sensación.',
  },
  'strong-taste': {
    title: 'Prueba un sabor fuerte',
    howTo:
      'Prueba un caramelo ácido, una menta fuerte o una rodaja de limón, y fíjate en el sabor.',
  },
  'punch-a-pillow': {
    title: 'Golpea una almohada',
    howTo: 'Golpea o aprieta una almohada o un cojín hasta que se vaya parte de la tensión.',
  },
  'stamp-your-feet': {
    title: 'Da pisotones',
    howTo: 'Ponte de pie y da pisotones fuertes en el suelo. Siente cómo el suelo te sostiene.',
  },
  'feel-textures': {
    title: 'Toca texturas distintas',
    howTo: 'Pasa las manos por algo áspero y luego por algo suave, como un tapete y una manta.',
  },
  'clap-hard': {
    title: 'Aplaude',
    howTo: 'Aplaude fuerte y rápido medio minuto, y luego nota el cosquilleo en las palmas.',
  },
  'pop-bubble-wrap': {
    title: 'Revienta plástico de burbujas',
    howTo: 'Revienta las burbujas una a una, o retuerce toda la hoja de una vez.',
  },
  'draw-or-doodle': {
    title: 'Dibuja o garabatea',
    howTo:
      'Dibuja lo que sea en un papel: formas, líneas, la emoción misma. No tiene que quedar bien.',
  },
  'colour-in': {
    title: 'Colorea',
    howTo: 'Colorea una página o un libro para colorear, una zona pequeña a la vez.',
  },
  'make-with-your-hands': {
    title: 'Haz algo con las manos',
    howTo: 'Teje, cose, dobla papel, construye con bloques o moldea un poco de plastilina.',
  },
  'make-a-collage': {
    title: 'Haz un collage',
    howTo: 'Recorta fotos y palabras de revistas viejas y pégalas en una hoja.',
  },
  'write-a-poem': {
    title: 'Escribe un poema o una canción',
    howTo: 'Escribe unas líneas sobre cómo te sientes ahora. Las rimas son opcionales.',
  },
  'play-music': {
    title: 'Toca o haz música',
    howTo: 'Toca un instrumento, tararea una melodía o marca un ritmo en la mesa.',
  },
  'take-photos': {
    title: 'Toma fotos',
    howTo: 'Busca cinco colores o formas curiosas a tu alrededor y hazle una foto a cada una.',
  },
  'paint-your-mood': {
    title: 'Pinta tu estado de ánimo',
    howTo: 'Usa pinturas o rotuladores y elige los colores que van con lo que sientes.',
  },
  'go-for-a-walk': {
    title: 'Sal a caminar',
    howTo: 'Da una vuelta a la manzana, o por tu cuarto, y fíjate en lo que ves al pasar.',
  },
  'dance-to-a-song': {
    title: 'Baila una canción',
    howTo: 'Pon una canción a todo volumen y muévete como quieras hasta que termine.',
  },
  'gentle-stretch': {
    title: 'Estírate con suavidad',
    howTo:
      'Estira los brazos hacia arriba y luego inclínate despacio hacia delante. Gira los hombros y el cuello.',
  },
  'try-yoga': {
    title: 'Haz un poco de yoga',
    howTo:
      'Sigue un video corto para principiantes, o mantén unas posturas sencillas que conozcas.',
  },
  'run-or-cycle': {
    title: 'Corre o anda en bici',
    howTo: 'Sal a correr o en bici un rato, a un ritmo que se sienta fuerte pero cómodo.',
  },
  'strength-moves': {
    title: 'Haz ejercicios de fuerza',
    howTo: 'Haz unas series de flexiones contra la pared, sentadillas o abdominales.',
  },
  'jumping-jacks': {
    title: 'Haz saltos de tijera',
    howTo: 'Haz saltos de tijera o trota en el sitio hasta que te falte un poco el aire.',
  },
  'shake-it-out': {
    title: 'Sacúdete',
    howTo:
      'Sacude las manos, los brazos y las piernas, sueltos, como si te quitaras el agua de encima.',
  },
  'warm-bath': {
    title: 'Date un baño o una ducha tibia',
    howTo: 'Deja que el agua tibia corra sobre ti y nota cómo se siente en la piel.',
  },
  'wrap-up-warm': {
    title: 'Abrígate',
    howTo: 'Envuélvete en una manta suave o una sudadera y ponte cómodo.',
  },
  'time-outside': {
    title: 'Pasa un rato al aire libre',
    howTo:
      'Siéntate en un parque, un jardín o junto a una ventana abierta, y mira el cielo, los árboles o los pájaros.',
  },
  'calm-music': {
    title: 'Escucha música tranquila',
    howTo: 'Pon música lenta y suave y escucha una canción entera sin hacer nada más.',
  },
  'smell-something-you-love': {
    title: 'Huele algo que te encante',
    howTo: 'Huele un jabón, un té, una vela o una crema de manos que te guste, y respira despacio.',
  },
  'hand-massage': {
    title: 'Date un masaje en las manos',
    howTo: 'Ponte crema en las manos despacio, un dedo a la vez.',
  },
  'warm-drink': {
    title: 'Prepara una bebida caliente',
    howTo:
      'Prepara un té, un chocolate caliente o leche tibia, y sostén la taza mientras se enfría un poco.',
  },
  'time-with-an-animal': {
    title: 'Pasa un rato con un animal',
    howTo: 'Acaricia a una mascota, o mira un video de animales que te calme.',
  },
  'favourite-show': {
    title: 'Mira tu serie favorita',
    howTo: 'Pon algo conocido y reconfortante, como un episodio que te sepas bien.',
  },
  'new-album': {
    title: 'Escucha un disco nuevo',
    howTo: 'Elige un disco que no hayas oído y escúchalo de principio a fin.',
  },
  'play-a-game': {
    title: 'Juega a algo',
    howTo: 'Juega a un videojuego, a un juego de lógica en el teléfono o a las cartas.',
  },
  'message-someone': {
    title: 'Escríbele a alguien',
    howTo: 'Escribe o llama a un amigo o a alguien de tu familia. No tienes que explicar por qué.',
  },
  'do-a-puzzle': {
    title: 'Haz un pasatiempo',
    howTo: 'Prueba un crucigrama, un sudoku, una sopa de letras o un rompecabezas.',
  },
  'tidy-one-space': {
    title: 'Ordena un rincón pequeño',
    howTo: 'Ordena un estante, un cajón o un rincón, y para cuando ese espacio esté listo.',
  },
  'rainbow-hunt': {
    title: 'Busca los colores del arcoíris',
    howTo: 'Busca algo rojo a tu alrededor, luego naranja, amarillo, verde, azul y morado.',
  },
  'sort-something': {
    title: 'Ordena algo',
    howTo: 'Pon en orden un cajón, tus fotos o una lista de canciones, una cosa a la vez.',
  },
  'talk-like-a-friend': {
    title: 'Háblate como a una amistad',
    howTo: 'Piensa qué le dirías a una amistad que se sintiera así, y dítelo a ti.',
  },
  'hand-on-heart': {
    title: 'Apoya una mano en el pecho',
    howTo:
      'Siente cómo sube y baja tu pecho, y dite: esto es difícil, y estoy haciendo lo que puedo.',
  },
  'kind-letter': {
    title: 'Escríbete una nota amable',
    howTo: 'Escríbete unas líneas, como si vinieran de alguien que te quiere.',
  },
  'three-good-things': {
    title: 'Nombra tres cosas que te gustan de ti',
    howTo: 'Escribe tres cosas que te gustan de cómo eres. Las cosas pequeñas cuentan.',
  },
  'permission-to-rest': {
    title: 'Date permiso para descansar',
    howTo: 'Recuéstate, cierra los ojos y deja que descansar sea suficiente por ahora.',
  },
  'remember-getting-through': {
    title: 'Recuerda una vez que saliste adelante',
    howTo:
      'Piensa en un momento difícil que ya pasaste. Los impulsos pasan, y este también pasará.',
  },
  'self-hug': {
    title: 'Date un abrazo',
    howTo: 'Rodéate con los brazos y sostente con suavidad durante unas respiraciones lentas.',
  },
  'calming-phrase': {
    title: 'Di una frase que te calme',
    howTo: 'Repite palabras que te den calma, como: esto que siento es fuerte, y va a pasar.',
  },
  'write-it-down': {
    title: 'Escríbelo',
    howTo: 'Escribe cómo te sientes, desordenado y sin filtro. Nadie más tiene que leerlo.',
  },
  'unsent-letter': {
    title: 'Escribe una carta que no vas a enviar',
    howTo: 'Dile a alguien todo lo que quieras decirle, y luego guárdala, bórrala o rómpela.',
  },
  'shout-into-a-pillow': {
    title: 'Grita contra una almohada',
    howTo: 'Grita, gruñe o canta tan fuerte como quieras contra una almohada.',
  },
  'let-yourself-cry': {
    title: 'Permítete llorar',
    howTo: 'Si vienen las lágrimas, déjalas. Llorar es una forma en que tu cuerpo suelta tensión.',
  },
  'talk-to-someone': {
    title: 'Habla con alguien de confianza',
    howTo: 'Cuéntale a un amigo, a alguien de tu familia o a una línea de ayuda cómo te sientes.',
  },
  'tear-up-paper': {
    title: 'Rompe papel',
    howTo: 'Rompe papel viejo o periódico en trozos cada vez más pequeños.',
  },
  'voice-note': {
    title: 'Graba una nota de voz',
    howTo: 'Di en voz alta cómo te sientes, grabándote con el teléfono. Luego puedes borrarla.',
  },
  'draw-the-feeling': {
    title: 'Dibuja la emoción',
    howTo: 'Dale a la emoción una forma y un color, y ponla en el papel.',
  },
  'sing-loudly': {
    title: 'Cántalo',
    howTo: 'Canta una canción que vaya con tu ánimo, tan fuerte como quieras.',
  },
};

/** The built-in ideas in `language` (same ids, categories and minutes; words translated). */
export function alternativesIn(language: Language): readonly Alternative[] {
  if (language === 'en') return alternatives;
  return alternatives.map((a) => {
    const es = alternativesWordingEs[a.id];
    return es ? { ...a, title: es.title, howTo: es.howTo } : a;
  });
}

/** One built-in idea in `language`, or undefined for an unknown id. */
export function findAlternativeIn(language: Language, id: string): Alternative | undefined {
  return alternativesIn(language).find((a) => a.id === id);
}
