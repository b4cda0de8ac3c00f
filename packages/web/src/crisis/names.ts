// The directory's own words in each language the app speaks, written out: month names for
// "checked in", the names of the languages its lines answer in, its countries' names and how two
// names are joined. With them a help screen takes over without making a single Intl object: the
// first one a page makes (a date format, a collator, display names) costs ~100 ms of a slow
// phone's CPU while ICU loads its data, in one task that holds up a tap on the page. Anything
// not written here (a new country, a new language, a list of three) falls back to Intl, so
// nothing is ever left unformatted; names.test.ts checks every entry against Intl.
import type { Language } from '@onward/content';

interface DirectoryNames {
  readonly months: readonly string[];
  readonly monthYear: (month: string, year: number) => string;
  readonly languages: Readonly<Record<string, string>>;
  /** Country names by ISO code; none for English (the directory's own names are English). */
  readonly countries: Readonly<Record<string, string>>;
  readonly pair: (first: string, second: string) => string;
}

const NAMES: Readonly<Record<Language, DirectoryNames>> = {
  en: {
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    monthYear: (month, year) => `${month} ${year}`,
    languages: {
      en: 'English',
      es: 'Spanish',
      fr: 'French',
      de: 'German',
      nl: 'Dutch',
      hi: 'Hindi',
    },
    countries: {},
    pair: (first, second) => `${first} and ${second}`,
  },
  es: {
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    monthYear: (month, year) => `${month} de ${year}`,
    languages: {
      en: 'inglés',
      es: 'español',
      fr: 'francés',
      de: 'alemán',
      nl: 'neerlandés',
      hi: 'hindi',
    },
    countries: {
      US: 'Estados Unidos',
      GB: 'Reino Unido',
      CA: 'Canadá',
      IE: 'Irlanda',
      AU: 'Australia',
      NZ: 'Nueva Zelanda',
      DE: 'Alemania',
      FR: 'Francia',
      NL: 'Países Bajos',
      ES: 'España',
      MX: 'México',
      AR: 'Argentina',
      CL: 'Chile',
      IN: 'India',
    },
    // "y" becomes "e" before a word that starts with the sound "i" ("español e inglés"), as
    // Intl.ListFormat does it: "i…", or "hi…" but not "hia…" / "hie…".
    pair: (first, second) => `${first} ${/^(?:i|hi(?![ae]))/i.test(second) ? 'e' : 'y'} ${second}`,
  },
};

/** The written-out names for a locale ("es-MX" → Spanish), or none for a language not listed. */
export function namesFor(locale: string): DirectoryNames | undefined {
  const lang = locale.split('-')[0]?.toLowerCase();
  return lang === 'en' || lang === 'es' ? NAMES[lang] : undefined;
}

/**
 * Orders names as a person reading them expects, without a collator: letters compared without
 * their accents and case ("España" between "Chile" and "Francia"), then as written. For the
 * directory's countries this is the order Intl.Collator gives in English and Spanish
 * (names.test.ts), and the country picker is sorted with it.
 */
export function compareNames(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
