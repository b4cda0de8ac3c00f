// First-aid guidance in Spanish: the same facts and sections as first-aid.ts, in our own words.
// As in English, this is the one place where medical words ("sangrado", "herida", "sobredosis")
// are allowed (content-lint-terms-es.ts allows them under `**.firstAid*.**` only): here they tell
// a person plainly when to get help. No tool, amount, place or method; it never asks what happened.
import { type FirstAidSection, firstAid } from './first-aid.ts';
import type { Language } from './i18n.ts';

/** The shape of the first-aid copy in any language (the English is the same shape, as const). */
export interface FirstAidCopy {
  heading: string;
  intro: string;
  callNow: FirstAidSection;
  emergencyDepartment: FirstAidSection;
  adviceSoon: FirstAidSection;
  adviceWhere: string;
  adviceLineLead: string;
  emergencyLead: string;
  goingIn: string;
  notSure: string;
}

export const firstAidEs: FirstAidCopy = {
  heading: '¿Una lesión necesita atención?',
  intro: 'Si te lastimaste, cuidar tu cuerpo es lo primero. Mereces atención, pase lo que pase.',
  callNow: {
    heading: 'Llama ahora al número de emergencias si hay',
    items: [
      'Cualquier sobredosis o intoxicación, aunque ahora te sientas bien',
      'Mucho sueño, o pérdida del conocimiento',
      'Dificultad para respirar',
      'Un sangrado abundante, o señales de choque: mareo, frío, piel húmeda o confusión',
      'Un dolor muy fuerte',
    ],
  },
  emergencyDepartment: {
    heading: 'Ve a urgencias si hay',
    items: [
      'Un sangrado que no ha parado tras 10 minutos de presión firme, con la parte lastimada en alto',
      'Un sangrado a borbotones',
      'Una herida profunda o muy abierta',
      'Adormecimiento, o no puedes mover una parte del cuerpo como siempre',
      'Algo metido en la herida',
      'Una lesión grave en la cara',
      'Una quemadura grande, en la cara, las manos o las articulaciones, causada por un producto químico, o que rodea todo un brazo o una pierna',
    ],
  },
  adviceSoon: {
    heading: 'Pide consejo médico pronto si hay',
    items: [
      'Señales de infección: hinchazón, enrojecimiento, un dolor que va a más, o pus',
      'Cualquier duda sobre si tus vacunas del tétanos están al día',
      'Cualquier duda sobre si necesita atención',
    ],
  },
  adviceWhere:
    'En la farmacia, con un médico o una enfermera, o en una línea de consejo médico te pueden ayudar. Puedes preguntar sin contar más de lo que quieras.',
  adviceLineLead: 'Consejo médico, no una emergencia:',
  emergencyLead: 'Número de emergencias',
  goingIn:
    'Si puedes, pide a alguien que te acompañe. En urgencias atienden cada día a personas que se han autolesionado, y tienes todo el derecho a recibir atención.',
  notSure: 'Si no estás seguro, siempre está bien llamar o ir.',
};

/** First-aid guidance in `language`. */
export function firstAidIn(language: Language): FirstAidCopy {
  return language === 'es' ? firstAidEs : firstAid;
}
