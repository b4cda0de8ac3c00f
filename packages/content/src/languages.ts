// The languages Onward ships, as data that is the same whatever language the app is showing:
// each language's own name ("Español") and the words of the one-tap switch into it ("Ver en
// español"). These are always shown in their own language (with a matching `lang` attribute), so
// a person who cannot read the current language can still find theirs.
import type { Language } from './i18n.ts';

/** Each language's name, in that language. */
export const LANGUAGE_NAMES: { readonly [L in Language]: string } = {
  en: 'English',
  es: 'Español',
};

/** The one-tap switch into each language, written in that language. */
export const SWITCH_TO_LANGUAGE: { readonly [L in Language]: string } = {
  en: 'View in English',
  es: 'Ver en español',
};
