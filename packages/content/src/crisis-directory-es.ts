// The crisis directory's wording in Spanish: every human-readable string of crisis-directory.ts
// (who a line is for, its notes, the instructions on a number, the emergency labels, regions and
// hours), keyed by the English text. Names of services stay as each service writes them. Numbers,
// keywords, links, sources and dates are never translated: they come from the one reviewed file.
// crisis-directory-es.test.ts checks that every string of the directory has its Spanish here.
import type { CountryDirectory, CrisisLine } from '@onward/core';
import type { Language } from './i18n.ts';

export const crisisDirectoryWordingEs: Readonly<Record<string, string>> = {
  // Who a line is for.
  'Anyone going through a mental health crisis, or worried about someone':
    'Cualquier persona en una crisis de salud mental, o preocupada por alguien',
  'Anyone in England who needs urgent mental health help':
    'Cualquier persona en Inglaterra que necesite ayuda urgente de salud mental',
  'Anyone thinking about suicide or self-harm':
    'Cualquier persona que esté pensando en el suicidio o en autolesionarse',
  'Anyone thinking about suicide, or worried about someone':
    'Cualquier persona que esté pensando en el suicidio, o preocupada por alguien',
  'Anyone who is having a hard time': 'Cualquier persona que lo esté pasando mal',
  'Anyone who is struggling, or worried about someone':
    'Cualquier persona que lo esté pasando mal, o preocupada por alguien',
  'Anyone who is struggling, with anything':
    'Cualquier persona que lo esté pasando mal, por lo que sea',
  'Anyone who needs mental health support': 'Cualquier persona que necesite apoyo de salud mental',
  'Anyone who needs to talk': 'Cualquier persona que necesite hablar',
  'Anyone who needs to talk, anonymously':
    'Cualquier persona que necesite hablar, de forma anónima',
  'Anyone who would rather talk or text in Spanish':
    'Cualquier persona que prefiera hablar o escribir en español',
  'Anyone who would rather text': 'Cualquier persona que prefiera escribir mensajes',
  'Children and young people': 'Niñas, niños y jóvenes',
  'Men who want to talk something through': 'Hombres que quieren hablar de algo que les pesa',
  'Veterans, service members and the people who care about them':
    'Veteranos, militares en servicio y las personas que los quieren',
  // Notes on a line.
  'Answers in more than 20 languages': 'Atiende en más de 20 idiomas',
  'Run by CONASAMA, Secretaría de Salud': 'A cargo de la CONASAMA, Secretaría de Salud',
  'Run by the Ministerio de Salud': 'A cargo del Ministerio de Salud',
  'Run by the Ministerio de Salud (MINSAL)': 'A cargo del Ministerio de Salud (MINSAL)',
  // Instructions on a number or a chat.
  'Chat or email from the website': 'Chat o correo desde el sitio web',
  'Start a chat from the website': 'Empieza un chat desde el sitio web',
  'choose option 2': 'elige la opción 2',
  'from a mobile phone': 'desde un celular o móvil',
  'then press 1': 'luego marca el 1',
  'then press 2 for Spanish': 'luego marca el 2 para hablar en español',
  // Emergency numbers and the medical advice line.
  'Emergency services': 'Servicios de emergencia',
  'Also reaches emergency services': 'También comunica con emergencias',
  'SAMU, for a medical emergency': 'SAMU, para una emergencia médica',
  'Medical emergencies': 'Emergencias médicas',
  Police: 'Policía',
  Ambulance: 'Ambulancia',
  'NHS 111, for urgent medical advice (England)':
    'NHS 111, para consejo médico urgente (Inglaterra)',
  // Regions and hours.
  England: 'Inglaterra',
  '24/7': '24 horas, todos los días',
};

const WORDING: { readonly [L in Language]: Readonly<Record<string, string>> | null } = {
  en: null,
  es: crisisDirectoryWordingEs,
};

/** One directory string in `language`; the English when there is no translation (never blank). */
export function directoryText(text: string, language: Language): string {
  const table = WORDING[language];
  return (table && Object.hasOwn(table, text) ? table[text] : undefined) ?? text;
}

function localizeLine(line: CrisisLine, language: Language): CrisisLine {
  const tr = (s: string) => directoryText(s, language);
  return {
    ...line,
    audience: tr(line.audience),
    ...(line.note === undefined ? {} : { note: tr(line.note) }),
    ...(line.region === undefined ? {} : { region: tr(line.region) }),
    methods: line.methods.map((m) => (m.note === undefined ? m : { ...m, note: tr(m.note) })),
  };
}

/**
 * A country's entry with its wording in `language`. Only words change: every number, keyword,
 * link, hour code, source and date is the reviewed data itself (hours stay "24/7" so screens can
 * still tell which lines never close; show them with directoryText).
 */
export function localizeCountry(country: CountryDirectory, language: Language): CountryDirectory {
  if (WORDING[language] === null) return country;
  const tr = (s: string) => directoryText(s, language);
  return {
    ...country,
    emergency: country.emergency.map((e) => ({ ...e, label: tr(e.label) })),
    ...(country.medicalAdvice === undefined
      ? {}
      : { medicalAdvice: { ...country.medicalAdvice, label: tr(country.medicalAdvice.label) } }),
    lines: country.lines.map((l) => localizeLine(l, language)),
  };
}
