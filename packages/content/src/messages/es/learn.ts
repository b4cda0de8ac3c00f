// Spanish copy for the Learn screens: the keys of ../en/learn.ts. The guides themselves are data
// in ../../learn/guides-es/.
import type { learn as en } from '../en/learn.ts';

export const learn: { readonly [K in keyof typeof en]: string } = {
  'learn.title': 'Aprender',
  'learn.intro':
    'Guías cortas en palabras sencillas: qué son las autolesiones, por qué ocurren las recaídas y qué ayuda. Léelas en el orden que quieras, a tu ritmo.',
  'learn.minutes': 'Unos {minutes} minutos de lectura',
  'learn.oneMinute': 'Un minuto de lectura, más o menos',
  'learn.contentNote': 'Aviso sobre el contenido',
  'learn.nextStep': 'Tu siguiente paso',
  'learn.allGuides': 'Todas las guías',

  'learn.link.what-is-self-harm': 'Leer: qué son las autolesiones',
  'learn.link.why-people-self-harm': 'Leer: por qué las personas se autolesionan',
  'learn.link.relapse-is-not-failure': 'Leer: por qué una recaída no es un fracaso',
  'learn.link.coping-and-alternatives': 'Leer: formas de afrontar y cosas que probar en su lugar',
  'learn.link.treatments-explained': 'Leer: tratamientos que pueden ayudar',
  'learn.link.for-friends-and-family': 'Leer: una guía para familiares y amistades',
  'learn.link.getting-urgent-help': 'Leer: cuándo y cómo pedir ayuda urgente',
};
