// Spanish: "Por qué las personas se autolesionan" (../guides/why-people-self-harm.ts).
import type { Guide } from '../types.ts';

export const whyPeopleSelfHarmEs: Guide = {
  id: 'why-people-self-harm',
  title: 'Por qué las personas se autolesionan',
  summary:
    'Lo que se siente y se vive antes de una autolesión, y por qué conocer lo tuyo puede ayudarte.',
  minutes: 3,
  contentNote:
    'Esta guía habla de las autolesiones en general. No da detalles de cómo se hacen daño las personas. Puedes parar cuando quieras. La ayuda está a un toque.',
  blocks: [
    {
      type: 'p',
      text: 'No hay una sola razón. Para muchas personas, es una forma de pasar el dolor cuando no ven otra salida. Hay quien dice que le da un poco de control cuando todo parece fuera de control.',
    },
    {
      type: 'p',
      text: 'Lo que hace más fuerte un impulso se suele llamar detonante. Puede ser algo que sientes por dentro, o algo que pasa a tu alrededor. Muchas veces es una mezcla. Conocer tus detonantes no es buscar culpas. Es algo útil, y te ayuda a prepararte para los malos momentos.',
    },
    { type: 'h2', text: 'Lo que sientes por dentro' },
    {
      type: 'p',
      text: 'Son ideas, emociones y estados de ánimo que pueden hacer más fuerte el impulso. Mucha gente nombra algunos de estos:',
    },
    {
      type: 'list',
      items: [
        'Vergüenza: sentir que eres malo o mala, o que algo anda mal en ti.',
        'Poca valía: sentir que no importas, o que no mereces cosas buenas.',
        'Soledad: sentirte lejos de los demás, aunque estén cerca.',
        'No sentir nada: como si todo fuera lejano, incluso tú.',
        'Vacío: una sensación hueca, como si algo faltara.',
        'Tristeza: un ánimo bajo que no se va, o que pega fuerte.',
        'Enojo: contigo o con otros, sin un lugar seguro para sacarlo.',
        'Frustración: sentir que estás atascado, o que nada cambia.',
      ],
    },
    {
      type: 'p',
      text: 'Lo que sientes puede ir creciendo hasta parecer demasiado. Hacerte daño puede parecer una salida por un rato. Pero el alivio se va, y lo que sientes vuelve, a menudo con vergüenza. Lo que sientes es real, e importa. Con práctica y apoyo, puedes aprender formas más seguras de sacarlo.',
    },
    { type: 'h2', text: 'Lo que pasa a tu alrededor' },
    {
      type: 'p',
      text: 'Son hechos y situaciones que pueden sumar presión:',
    },
    {
      type: 'list',
      items: [
        'Peleas o tensión con la familia, la pareja o los amigos',
        'Una pérdida, como una muerte, una ruptura, o perder el trabajo o la casa',
        'Estrés que no para, como el dinero, los exámenes o cuidar a alguien',
        'Recuerdos de un trauma. Un trauma es algo muy aterrador o doloroso que te pasó.',
        'Un hogar donde no te sientes a salvo',
        'Pasar mucho tiempo a solas, o sentirte fuera del grupo',
        'Aburrimiento, o muchas horas sin nada que hacer',
        'Ver a otras personas hacerse daño, en persona o en internet',
      ],
    },
    {
      type: 'note',
      text: 'Si te atrapan publicaciones o videos sobre autolesiones, está bien silenciarlos, ocultarlos o alejarte. Cuidarte es lo primero.',
    },
    { type: 'h2', text: 'Encontrar tus propios patrones' },
    {
      type: 'p',
      text: 'Tus detonantes son tuyos. Hay días en que un impulso parece salir de la nada. Más tarde, con más calma, puede que notes un patrón. Quizá el impulso es más fuerte si estás cansado, a solas de noche, o tras una charla difícil.',
    },
    {
      type: 'p',
      text: 'Escribirlo puede ayudar. Puedes sumarlo a tu plan de seguridad como señal de alerta. Así sabrás cuándo es hora de usar el plan.',
    },
    {
      type: 'link',
      text: 'Agrega señales de alerta a tu plan de seguridad',
      to: { kind: 'route', path: '/plan' },
    },
    {
      type: 'p',
      text: 'Conocer un detonante es solo la mitad. La otra mitad es tener algo que hacer cuando aparece.',
    },
    {
      type: 'link',
      text: 'Formas de llevar los impulsos y lo que sientes',
      to: { kind: 'guide', id: 'coping-and-alternatives' },
    },
    {
      type: 'p',
      text: 'Si ahora todo se siente difícil, no tienes que resolver nada antes. La ayuda está ahí para ti.',
    },
    { type: 'link', text: 'Ver las opciones de ayuda', to: { kind: 'route', path: '/help' } },
  ],
  nextStep: {
    text: 'Agrega una señal de alerta a tu plan de seguridad',
    to: { kind: 'route', path: '/plan' },
  },
};
