// Spanish: "Tratamientos que pueden ayudar" (../guides/treatments-explained.ts).
import type { Guide } from '../types.ts';

export const treatmentsExplainedEs: Guide = {
  id: 'treatments-explained',
  title: 'Tratamientos que pueden ayudar',
  summary:
    'En qué consisten las terapias y los apoyos principales, cómo es una primera sesión y cómo pedir ayuda.',
  minutes: 3,
  blocks: [
    {
      type: 'p',
      text: 'No tienes que enfrentar las autolesiones a solas. Hay tratamientos que ayudan. Pedirlos es algo normal y valiente. Esto es lo que hay en los principales.',
    },
    { type: 'h2', text: 'DBT' },
    {
      type: 'p',
      text: 'DBT son las siglas en inglés de la terapia dialéctica conductual. Es uno de los tratamientos principales para las autolesiones. Enseña recursos en cuatro áreas. Pasar una crisis sin empeorarla. Prestar atención con calma al momento. Manejar emociones fuertes. Y llevarte bien con la gente. Suele mezclar sesiones a solas con un grupo semanal. Muchas herramientas de Onward vienen de la DBT.',
    },
    { type: 'h2', text: 'TCC' },
    {
      type: 'p',
      text: 'TCC quiere decir terapia cognitivo-conductual. Mira cómo se unen lo que piensas, lo que sientes y lo que haces. Aprendes a notar ideas que no te ayudan, a ponerlas a prueba y a hallar otras más justas. También te ayuda a ver tus detonantes, sumar recursos y ponerte metas pequeñas.',
    },
    { type: 'h2', text: 'Atención informada sobre el trauma' },
    {
      type: 'p',
      text: 'Un trauma es algo muy aterrador o doloroso que te pasó. En este enfoque, quienes te atienden saben cómo puede afectarte un trauma. Buscan que te sientas a salvo. Trabajan contigo, en vez de decirte qué hacer. Y parten de tus fortalezas. Es una forma de trabajar, no una terapia fija.',
    },
    { type: 'h2', text: 'EMDR y ART' },
    {
      type: 'p',
      text: 'Estas terapias ayudan con recuerdos de un trauma que aún duelen mucho. EMDR y ART son siglas en inglés. En las dos, el terapeuta guía el movimiento de tus ojos mientras traes un recuerdo a la mente. Con el tiempo, el recuerdo puede doler menos. Tú llevas el control, y puedes parar cuando quieras.',
    },
    { type: 'h2', text: 'Terapias holísticas' },
    {
      type: 'p',
      text: 'Holístico quiere decir cuidar todo tu ser, cuerpo y mente. Algunas clínicas ofrecen masajes, arte o música, clases de movimiento o meditación. Pueden bajar el estrés y ayudarte a sentir calma en el cuerpo. Funcionan mejor junto a una terapia de palabra, no en su lugar.',
    },
    { type: 'h2', text: 'Grupos de apoyo' },
    {
      type: 'p',
      text: 'En un grupo de apoyo conoces a gente que ha vivido cosas parecidas. Suele guiarlo una persona formada. Mucha gente siente alivio al hablar con otros que entienden. Puedes solo escuchar el tiempo que quieras antes de hablar.',
    },
    { type: 'h2', text: 'Cómo es una primera sesión' },
    {
      type: 'p',
      text: 'Una primera sesión sirve sobre todo para conocerse. Te preguntarán qué te trae, cómo es tu vida y qué te gustaría cambiar. Te preguntarán si estás a salvo, y quizá hagan contigo un plan de seguridad. Te dirán qué queda en privado, y cuándo tendrían que contar algo para protegerte.',
    },
    {
      type: 'p',
      text: 'Puedes decir si aún no quieres hablar de algo. También puedes preguntar, por ejemplo, cuánto dura el tratamiento. Si la primera persona no te convence, puedes pedir ver a otra.',
    },
    { type: 'h2', text: 'Cómo pedir ayuda' },
    {
      type: 'list',
      items: [
        'Pide cita con tu médico de familia. Puedes decir: «Me he estado haciendo daño, y quiero ayuda».',
        'En la escuela o la universidad, habla con un orientador, una enfermera o un profesor de confianza.',
        'Contacta un centro de salud mental cerca de ti. En algunos puedes pedir ayuda tú, sin una carta del médico.',
        'Si ya ves a alguien, pregúntale por la DBT, la TCC o un grupo de apoyo.',
      ],
    },
    {
      type: 'p',
      text: 'Si quieres, puedes mostrarles tu plan de seguridad, o un informe que hagas en Onward. Puede ser más fácil que explicarlo todo en voz alta.',
    },
    {
      type: 'note',
      text: 'Si te dicen que hay que esperar, pregunta qué apoyo puedes tener mientras tanto. Las líneas de crisis están ahí para ti a cualquier hora mientras esperas.',
    },
    { type: 'link', text: 'Ver las opciones de ayuda', to: { kind: 'route', path: '/help' } },
    {
      type: 'link',
      text: 'Recursos que puedes usar hoy',
      to: { kind: 'guide', id: 'coping-and-alternatives' },
    },
  ],
  nextStep: {
    text: 'Agrega a tu médico o a tu terapeuta a tu plan de seguridad',
    to: { kind: 'route', path: '/plan' },
  },
};
