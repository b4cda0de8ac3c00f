// Spanish: "Para familiares y amistades" (../guides/for-friends-and-family.ts).
import type { Guide } from '../types.ts';

export const forFriendsAndFamilyEs: Guide = {
  id: 'for-friends-and-family',
  title: 'Para familiares y amistades',
  summary:
    'Cómo responder cuando alguien que quieres se autolesiona, qué evitar y cómo cuidarte tú.',
  minutes: 3,
  contentNote:
    'Esta guía habla de las autolesiones en general. No da detalles de cómo se hacen daño las personas. Puedes parar cuando quieras. La ayuda está a un toque.',
  blocks: [
    {
      type: 'p',
      text: 'Saber que alguien que quieres se hace daño puede ser un golpe. Quizá sientas miedo, tristeza, confusión o hasta enojo. Todo eso es normal. Tu forma de responder puede cambiar mucho las cosas. Y no tiene que ser perfecta.',
    },
    { type: 'h2', text: 'Mantén la calma y escucha' },
    {
      type: 'p',
      text: 'Intenta mantener la calma, aunque por dentro estés mal. Quizá tenía miedo de contártelo. Una respuesta tranquila y amable le muestra que puede hablar contigo.',
    },
    {
      type: 'list',
      items: [
        'Busca un momento tranquilo y a solas. Ir lado a lado, como en un paseo, puede ser más fácil que estar frente a frente.',
        'Escucha más de lo que hablas. No tienes que arreglar nada ya.',
        'Pregunta con claridad y cariño. Por ejemplo: «Te noto mal. ¿Te estás haciendo daño?». Preguntar no le dará la idea.',
        'Pregunta por lo que siente, no por detalles. «¿Qué te ha estado pasando?» ayuda más que preguntar qué hizo.',
        'Dale las gracias por contártelo. Le costó valor.',
      ],
    },
    { type: 'h2', text: 'Qué no decir ni hacer' },
    {
      type: 'list',
      items: [
        'No pongas ultimátums, como «Para, o si no…». Las amenazas hacen que la gente esconda cosas.',
        'No le pidas que prometa parar. Si no puede cumplir, puede sentir culpa y dejar de contarte.',
        'No respondas con enojo ni con culpas, aunque tengas miedo.',
        'No le avergüences, ni digas que es una tontería o un egoísmo.',
        'No lo tomes como una etapa o un drama. Es señal de que sufre.',
      ],
    },
    { type: 'h2', text: 'Ayuda sin tomar el control' },
    {
      type: 'p',
      text: 'Es natural querer hacerte cargo. Pero la recuperación va mejor cuando la persona siente que lleva su propia vida. Intenta estar a su lado, no decidir por ella.',
    },
    {
      type: 'list',
      items: [
        'Pregúntale qué le ayudaría y qué no.',
        'Ofrécete a buscar apoyo juntos, como su médico o un terapeuta. Acompáñala, si quiere.',
        'Ofrécete a hacer con ella un plan de seguridad, si quiere uno.',
        'Sigan haciendo cosas normales juntos. Sigue siendo la misma persona.',
        'Espera altibajos. Una recaída no es un fracaso, ni para ella ni para ti.',
      ],
    },
    {
      type: 'link',
      text: 'Por qué una recaída no es un fracaso',
      to: { kind: 'guide', id: 'relapse-is-not-failure' },
    },
    {
      type: 'link',
      text: 'Tratamientos que pueden ayudar',
      to: { kind: 'guide', id: 'treatments-explained' },
    },
    { type: 'h2', text: 'Cuídate tú también' },
    {
      type: 'p',
      text: 'Apoyar a alguien puede ser duro y cansado. Tú también necesitas apoyo. Habla con alguien de confianza, como un amigo, tu médico o una línea de apoyo. Intenta cuidar tu sueño, tus comidas y lo que te gusta. Cuidarte no es egoísta. Te ayuda a seguir.',
    },
    {
      type: 'p',
      text: 'Si eres madre, padre o cuidas a alguien, pregunta en su escuela o a su médico qué ayuda hay para las familias.',
    },
    { type: 'h2', text: 'Cuándo pedir ayuda urgente' },
    {
      type: 'p',
      text: 'Llama ya al número de emergencias si se lastimó mucho, tiene mucho sueño, cuesta despertarla o le cuesta respirar. Haz lo mismo si pudo haber tomado algo que le haga daño.',
    },
    {
      type: 'p',
      text: 'Pide ayuda urgente también si habla de querer morir, o de un plan para quitarse la vida. Quédate con ella si es seguro. Llama a una línea de crisis o al número de emergencias.',
    },
    { type: 'link', text: 'Ver las opciones de ayuda', to: { kind: 'route', path: '/help' } },
  ],
  nextStep: {
    text: 'Lee cómo pedir ayuda urgente, para saber qué hacer',
    to: { kind: 'guide', id: 'getting-urgent-help' },
  },
};
