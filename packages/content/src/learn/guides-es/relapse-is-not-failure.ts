// Spanish: "Una recaída no es un fracaso" (../guides/relapse-is-not-failure.ts). Nothing here
// speaks of going back to zero or starting over: the progress made is still the person's.
import type { Guide } from '../types.ts';

export const relapseIsNotFailureEs: Guide = {
  id: 'relapse-is-not-failure',
  title: 'Una recaída no es un fracaso',
  summary:
    'Por qué ocurre una recaída, por qué es parte de la recuperación y qué hacer después. Tu progreso sigue contando.',
  minutes: 3,
  contentNote:
    'Esta guía habla de las autolesiones y las recaídas en general. No da detalles de cómo se hacen daño las personas. Puedes parar cuando quieras. La ayuda está a un toque.',
  blocks: [
    {
      type: 'p',
      text: 'Una recaída es cuando vuelves a hacerte daño tras un tiempo sin hacerlo. Si te acaba de pasar, trátate con cariño, por favor. Las recaídas son comunes. Para mucha gente son parte normal de la recuperación. No borran lo que has avanzado.',
    },
    {
      type: 'note',
      text: 'Si te lastimaste y no sabes qué hacer, ve primero a la pantalla de ayuda. Esta guía seguirá aquí.',
    },
    { type: 'link', text: 'Ir a la pantalla de ayuda', to: { kind: 'route', path: '/help' } },
    {
      type: 'link',
      text: 'Ver si una lesión necesita atención',
      to: { kind: 'guide', id: 'getting-urgent-help' },
    },
    { type: 'h2', text: 'Por qué ocurre una recaída' },
    {
      type: 'p',
      text: 'Recuperarse te pide mucho. Hay cosas que hacen más difícil resistir la forma de antes. Estas son siete comunes:',
    },
    {
      type: 'list',
      items: [
        'Emociones fuertes, como tristeza, enojo o frustración, que crecen o llegan de golpe',
        'Estrés que dura mucho, o un golpe como una ruptura, perder el trabajo o una pérdida en la familia',
        'Un dolor del pasado, como un abuso, que vuelve mientras sanas',
        'No tener aún bastantes recursos ni apoyo, y no ver otra salida',
        'Sentirte solo, aburrido o lejos de los demás',
        'Dejar la medicina, la terapia u otro tratamiento, sobre todo de golpe',
        'Problemas de salud mental, como depresión o ansiedad, que aún no se tratan bien',
      ],
    },
    {
      type: 'p',
      text: 'Nada de esto quiere decir que hiciste algo mal. Son presiones, y algunas no dependen de ti. Saber cuáles influyeron te ayuda a prepararte para la próxima vez.',
    },
    { type: 'h2', text: 'Por qué es parte de la recuperación' },
    {
      type: 'p',
      text: 'Aprender otra forma de llevar el dolor es como aprender algo difícil. Hay tropiezos por el camino. Una recaída puede mostrar dónde te hace falta más apoyo, u otra herramienta. Es información, no un juicio sobre ti.',
    },
    {
      type: 'p',
      text: 'Cada día que pasaste sigue contando. También cada impulso que dejaste pasar y cada habilidad que usaste. Onward nunca borra esas cifras. Solo crecen.',
    },
    { type: 'h2', text: 'Qué hacer después de una recaída' },
    {
      type: 'list',
      items: [
        'Mira si estás a salvo. Si te lastimaste mucho o te sientes muy mal, pide ayuda ya.',
        'Cuida cualquier lesión. Si no sabes si necesita atención, pregunta a un médico, a una enfermera o en la farmacia.',
        'Sé amable contigo. Háblate como le hablarías a una amistad que sufre.',
        'Descansa, toma agua y haz algo que te calme.',
        'Cuéntaselo a alguien de confianza cuando te sientas con ganas. Puede ser un amigo, alguien de tu familia, tu terapeuta o tu médico.',
        'Más tarde, con más calma, mira qué llevó a eso. No hay prisa.',
      ],
    },
    {
      type: 'p',
      text: 'Al mirar atrás, intenta ser curioso, no duro. ¿Qué pasaba? ¿Qué sentías? ¿Qué podría ayudarte la próxima vez? Quizá sumes una señal de alerta a tu plan de seguridad, o una idea nueva para probar.',
    },
    {
      type: 'link',
      text: 'Pon al día tu plan de seguridad',
      to: { kind: 'route', path: '/plan' },
    },
    { type: 'h2', text: 'Tu progreso sigue siendo tuyo' },
    {
      type: 'p',
      text: 'Un día difícil no deshace semanas o meses de esfuerzo. Lo que aprendiste sigue siendo tuyo. Puedes seguir desde donde estás, con todo lo que ya sabes.',
    },
    {
      type: 'note',
      text: 'Una recaída no es un fracaso. Es un momento en una historia más larga, y esa historia sigue.',
    },
    {
      type: 'link',
      text: 'Recursos para probar la próxima vez',
      to: { kind: 'guide', id: 'coping-and-alternatives' },
    },
    {
      type: 'link',
      text: 'Tratamientos que pueden ayudar',
      to: { kind: 'guide', id: 'treatments-explained' },
    },
  ],
  nextStep: {
    text: 'Contacta a una persona de tu plan de seguridad',
    to: { kind: 'route', path: '/help/safe' },
  },
};
