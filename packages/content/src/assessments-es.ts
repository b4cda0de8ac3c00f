// PHQ-9 and GAD-7 in their published Spanish wording: the Spanish versions for the United States
// and Mexico made with Pfizer's educational grant and distributed with the English originals
// (phqscreeners.com; "No se requiere permiso para reproducir, traducir, presentar o distribuir").
// They speak as "usted", as published; the rest of the app says "tú". Scored exactly as the
// English (the same 0–3 option order; scoring lives in @onward/core). The PHQ-9 item 6 wording
// ("que es un fracaso") is allowed for this path only (content-lint-terms-es.ts).
import type { Questionnaire } from './assessments.ts';
import { gad7, phq9 } from './assessments.ts';
import type { Language } from './i18n.ts';

const DIFFICULTY_ES = {
  question:
    'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
  options: ['No ha sido difícil', 'Un poco difícil', 'Muy difícil', 'Extremadamente difícil'],
};

export const phq9Es: Questionnaire = {
  name: 'PHQ-9',
  about: 'Ánimo',
  stem: 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
  items: [
    'Poco interés o placer en hacer cosas',
    'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
    'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
    'Se ha sentido cansado(a) o con poca energía',
    'Sin apetito o ha comido en exceso',
    'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
    'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
    '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
    'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
  ],
  options: ['Ningún día', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'],
  difficulty: DIFFICULTY_ES,
  source: 'https://www.phqscreeners.com',
};

export const gad7Es: Questionnaire = {
  name: 'GAD-7',
  about: 'Ansiedad',
  stem: 'Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los siguientes problemas?',
  items: [
    'Sentirse nervioso(a), ansioso(a) o con los nervios de punta',
    'No poder dejar de preocuparse o no poder controlar la preocupación',
    'Preocuparse demasiado por diferentes cosas',
    'Dificultad para relajarse',
    'Estar tan inquieto(a) que es difícil permanecer quieto(a)',
    'Molestarse o ponerse irritable fácilmente',
    'Sentir miedo como si algo terrible pudiera pasar',
  ],
  options: ['Nunca', 'Varios días', 'Más de la mitad de los días', 'Casi todos los días'],
  difficulty: DIFFICULTY_ES,
  source: 'https://www.phqscreeners.com',
};

/** The two questionnaires in `language`. */
export function questionnairesIn(language: Language): { phq9: Questionnaire; gad7: Questionnaire } {
  return language === 'es' ? { phq9: phq9Es, gad7: gad7Es } : { phq9, gad7 };
}
