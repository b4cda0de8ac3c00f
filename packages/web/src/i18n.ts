// The app's translator: the person's preferred language if Onward has it, else English.
import { catalogues, createTranslator, type Language, pickLanguage } from '@onward/content';

function preferredLanguages(): readonly string[] {
  // The build-time prerender (Node, import.meta.env.SSR) renders in the default language, whatever
  // the build machine's locale; the app switches to the person's language on start.
  if (import.meta.env.SSR || typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export const language: Language = pickLanguage(preferredLanguages());
export const t = createTranslator(catalogues[language]);
