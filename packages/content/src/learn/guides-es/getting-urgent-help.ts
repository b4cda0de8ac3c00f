// Spanish: "Pedir ayuda urgente" (../guides/getting-urgent-help.ts). The English names England's
// NHS 111; no Spanish-speaking country's advice line is in the reviewed directory, so this
// version names none rather than guess one.
import type { Guide } from '../types.ts';

export const gettingUrgentHelpEs: Guide = {
  id: 'getting-urgent-help',
  title: 'Pedir ayuda urgente',
  summary:
    'Cuándo pedir ayuda enseguida, a quién puedes llamar a cualquier hora y qué pasa cuando lo haces.',
  minutes: 3,
  contentNote:
    'Esta guía habla de crisis y lesiones en general. No da detalles de cómo se hacen daño las personas. Puedes parar cuando quieras. La ayuda está a un toque.',
  blocks: [
    {
      type: 'p',
      text: 'A veces todo es demasiado para llevarlo a solas. Pedir ayuda en una crisis no es ser débil, ni es una molestia. Para eso están las líneas de crisis y los servicios de emergencia, de día y de noche.',
    },
    { type: 'link', text: 'Ver las opciones de ayuda', to: { kind: 'route', path: '/help' } },
    { type: 'h2', text: 'Llama ya al número de emergencias si' },
    {
      type: 'list',
      items: [
        'Sientes que podrías actuar según la idea de quitarte la vida',
        'Estás con otra persona que podría hacerlo, o que está muy lastimada',
      ],
    },
    {
      type: 'link',
      text: 'Podría hacerlo, o estoy en peligro ahora',
      to: { kind: 'route', path: '/help/danger' },
    },
    { type: 'h2', text: 'Si te lastimaste' },
    {
      type: 'p',
      text: 'Algunas lesiones necesitan un médico, aunque al principio parezcan pequeñas. Aquí ves cuándo llamar, cuándo ir y cuándo pedir consejo.',
    },
    { type: 'first-aid' },
    {
      type: 'link',
      text: 'Números de emergencia de tu país',
      to: { kind: 'route', path: '/help/danger' },
    },
    { type: 'h2', text: 'Si estás a salvo pero lo pasas mal' },
    {
      type: 'p',
      text: 'No tienes que estar en peligro para pedir apoyo. Puedes llamar, escribir o chatear con una línea de crisis a cualquier hora. Gente formada te escuchará sin juzgarte. Te ayudará a calmarte, a pensar qué hacer y a encontrar más apoyo.',
    },
    {
      type: 'p',
      text: 'La pantalla de ayuda muestra las líneas de tu país, con su horario y para quién son.',
    },
    {
      type: 'link',
      text: 'Lo estoy pasando mal, pero ahora estoy a salvo',
      to: { kind: 'route', path: '/help/safe' },
    },
    { type: 'h2', text: 'Qué pasa cuando llamas o escribes' },
    {
      type: 'p',
      text: 'Una persona formada te preguntará cómo estás, y te escuchará. Puedes contar tanto o tan poco como quieras. Casi todas las líneas guardan en privado lo que dices. Si creen que tu vida corre peligro ahora, pueden llamar a emergencias para protegerte. Su meta es ayudarte a pasar este momento.',
    },
    { type: 'h2', text: 'Haz un plan antes de necesitarlo' },
    {
      type: 'p',
      text: 'Un plan de seguridad es una lista corta que escribes cuando estás en calma. Tiene tus señales de alerta, lo que te ayuda y la gente a quien puedes llamar. En una crisis no tienes que pensar mucho. Solo sigues los pasos, uno a uno.',
    },
    { type: 'link', text: 'Haz o abre tu plan de seguridad', to: { kind: 'route', path: '/plan' } },
    {
      type: 'link',
      text: '¿Te preocupa otra persona? Lee esta guía',
      to: { kind: 'guide', id: 'for-friends-and-family' },
    },
  ],
  nextStep: {
    text: 'Abre la pantalla de ayuda y mira las líneas de tu país',
    to: { kind: 'route', path: '/help' },
  },
};
