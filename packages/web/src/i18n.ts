// The app's translator: the person's preferred language if Onward has it, else English.
import { catalogues, createTranslator, type Language, pickLanguage } from '@onward/content';

function preferredLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export const language: Language = pickLanguage(preferredLanguages());
export const t = createTranslator(catalogues[language]);
