// The app's translator: the language the person chose on this device, else the first of the
// browser's languages that Onward has, else English. Read once, synchronously, as the app starts
// (before unlock, with or without a network); changing it saves the choice and reloads the page
// (from the service worker's cache when offline), so every screen, title and chunk starts in the
// new language and no string is ever half in one language and half in another. Only the active
// language's catalogue is downloaded.
import { type Catalogue, createTranslator, en, type Language } from '@onward/content';
import {
  localeFor,
  readLanguage,
  resolveLanguage,
  writeLanguage,
} from './language/language-choice.ts';

function preferredLanguages(): readonly string[] {
  // The build-time prerender (Node, import.meta.env.SSR) renders in the default language, whatever
  // the build machine's locale; the app switches to the person's language on start.
  if (import.meta.env.SSR || typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

function storage(): Storage | undefined {
  if (import.meta.env.SSR || typeof window === 'undefined') return undefined;
  try {
    return window.localStorage;
  } catch {
    // Accessing localStorage itself throws when storage is blocked.
    return undefined;
  }
}

export const language: Language = resolveLanguage(readLanguage(storage()), preferredLanguages());

/** The locale for Intl (dates, numbers, lists, plurals): e.g. "es-MX" for Spanish in Mexico. */
export const locale: string = localeFor(language, preferredLanguages());

/**
 * Each language's catalogue. English is in the first load; every other language is its own chunk
 * (precached by the service worker, so it loads offline too), fetched only when it is the active
 * language: a person reading English never downloads the Spanish copy. The await below holds
 * every module that imports this one, so nothing renders before the copy is there.
 */
const loaders: { readonly [L in Language]: () => Promise<Catalogue> } = {
  en: () => Promise.resolve(en),
  es: () => import('@onward/content/messages/es').then((m) => m.es),
};

export const t = createTranslator(language === 'en' ? en : await loaders[language]());

const pluralRules = new Intl.PluralRules(locale);

/** Whether `count` takes the singular form in the current language (Intl.PluralRules "one"). */
export function isOne(count: number): boolean {
  return pluralRules.select(count) === 'one';
}

/**
 * Switch to `next`: keep the choice on this device, then reload so everything starts again in
 * that language. Returns false (and stays put) when the browser will not keep it: the person is
 * then told, rather than switched for one page only.
 */
export function chooseLanguage(next: Language): boolean {
  const saved = writeLanguage(storage(), next);
  if (!saved.ok) return false;
  if (next !== language) window.location.reload();
  return true;
}
