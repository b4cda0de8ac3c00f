// Spanish: "¿Qué son las autolesiones?" (../guides/what-is-self-harm.ts). Same blocks and links;
// short sentences, "tú", no method detail.
import type { Guide } from '../types.ts';

export const whatIsSelfHarmEs: Guide = {
  id: 'what-is-self-harm',
  title: '¿Qué son las autolesiones?',
  summary:
    'Qué son las autolesiones, qué formas pueden tomar, qué señales buscar y por qué las personas mejoran.',
  minutes: 3,
  contentNote:
    'Esta guía habla de las autolesiones en general. No da detalles de cómo se hacen daño las personas. Puedes parar cuando quieras. La ayuda está a un toque.',
  blocks: [
    {
      type: 'p',
      text: 'Una autolesión es cuando una persona se hace daño a propósito. Casi siempre es una forma de aguantar lo que siente cuando parece demasiado. Esos sentimientos pueden venir del estrés, de una pérdida o de un recuerdo triste. También de un mal momento en casa o en la escuela.',
    },
    {
      type: 'p',
      text: 'Si las autolesiones son parte de tu vida, no estás solo ni sola. Le pasa a mucha gente, y muchas son jóvenes. No quiere decir que seas mala persona, ni débil. Quiere decir que sientes dolor y que has tratado de aguantarlo.',
    },
    { type: 'h2', text: 'Un alivio que no dura' },
    {
      type: 'p',
      text: 'Hay quien dice que hacerse daño le da una pausa corta de lo que siente. Pero esa pausa no dura. Luego suelen llegar la culpa y la vergüenza. Y lo que sientes por dentro sigue ahí. Con el tiempo, también puede dañar tu cuerpo, tu ánimo y tus amistades.',
    },
    {
      type: 'p',
      text: 'Por eso, recuperarse es más que dejar de hacerlo. Se trata de hallar otras formas de llevar el dolor. Formas que te dejen mejor.',
    },
    { type: 'h2', text: 'Dos tipos de autolesión' },
    {
      type: 'p',
      text: 'La autolesión física es hacerle daño a tu propio cuerpo a propósito. Puede tomar muchas formas. No las nombramos aquí. Los detalles pueden hacer más fuerte el impulso en algunas personas.',
    },
    {
      type: 'p',
      text: 'La autolesión emocional se ve menos. Es hacer cosas que te hacen sentir peor contigo, o que te ponen en peligro. Por ejemplo:',
    },
    {
      type: 'list',
      items: [
        'Usar alcohol o drogas para no sentir',
        'Ponerte en situaciones de peligro, también en el sexo',
        'Seguir cerca de gente que te trata mal',
        'Hablarte con dureza y crueldad, una y otra vez',
      ],
    },
    { type: 'h2', text: 'Señales de que alguien lo pasa mal' },
    {
      type: 'p',
      text: 'Cada persona es distinta. Ninguna señal por sí sola prueba nada. Pero estas pueden ser un motivo para preguntar, con cariño:',
    },
    {
      type: 'list',
      items: [
        'Lesiones que no puede o no quiere explicar',
        'Ir siempre muy tapado, aun con calor',
        'Alejarse de amigos y familia',
        'Decir cosas duras de sí, o sentir que no vale nada',
        'Cambios en el sueño, la comida o el ánimo',
        'Perder interés en la escuela, el trabajo o lo que antes le gustaba',
      ],
    },
    { type: 'h2', text: 'Autolesión y suicidio' },
    {
      type: 'p',
      text: 'Muchas personas que se hacen daño no quieren morir. Quieren pasar un mal momento. Aun así, es siempre señal de un malestar real, y hay que tomarla en serio. Si piensas en quitarte la vida, busca ayuda ahora, por favor. Mereces ayuda hoy.',
    },
    { type: 'link', text: 'Ver las opciones de ayuda', to: { kind: 'route', path: '/help' } },
    { type: 'h2', text: 'La gente sí mejora' },
    {
      type: 'p',
      text: 'Recuperarse es real, y es común. Casi nunca va en línea recta. Puede haber semanas buenas y días duros. Lo que más ayuda es aprender nuevas formas de llevar lo que sientes, y tener gente de tu lado.',
    },
    {
      type: 'note',
      text: 'Hacerte daño es una forma de aguantar el dolor. No es un defecto tuyo. Puedes aprender otras formas, paso a paso.',
    },
    {
      type: 'link',
      text: 'Formas de llevar los impulsos y lo que sientes',
      to: { kind: 'guide', id: 'coping-and-alternatives' },
    },
  ],
  nextStep: {
    text: 'Lee sobre lo que sientes y vives antes de hacerte daño',
    to: { kind: 'guide', id: 'why-people-self-harm' },
  },
};
