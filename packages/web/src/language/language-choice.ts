// Which language to show: the person's explicit choice (kept on this device), else the first of
// the browser's languages that Onward has, else English. Pure, so it is tested without a browser;
// i18n.ts reads it once at start-up, before anything renders, so it applies before unlock and
// offline (localStorage needs neither the vault nor the network).
import { LANGUAGES, type Language, pickLanguage } from '@onward/content';
import { fail, ok, type Result } from '@onward/core';

/** localStorage key for the explicit choice. It holds a language tag and nothing else. */
export const LANGUAGE_STORAGE_KEY = 'onward.language';

/** A stored value we ship, or undefined: storage is outside our control, so anything else is ignored. */
export function parseStoredLanguage(raw: string | null | undefined): Language | undefined {
  if (typeof raw !== 'string') return undefined;
  return (LANGUAGES as readonly string[]).includes(raw) ? (raw as Language) : undefined;
}

export function resolveLanguage(
  stored: Language | undefined,
  preferred: readonly string[],
): Language {
  return stored ?? pickLanguage(preferred);
}

/**
 * The locale for Intl (dates, numbers, lists): the person's own regional tag when it is in the
 * chosen language ("es-MX" dates for a person in Mexico, "es-ES" in Spain), else the language.
 */
export function localeFor(language: Language, preferred: readonly string[]): string {
  for (const tag of preferred) {
    if (typeof tag !== 'string') continue;
    if ((tag.toLowerCase().split(/[-_]/)[0] ?? '') !== language) continue;
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? language;
    } catch {
      // A malformed tag from the browser: skip it.
    }
  }
  return language;
}

export function readLanguage(storage: Pick<Storage, 'getItem'> | undefined): Language | undefined {
  try {
    return parseStoredLanguage(storage?.getItem(LANGUAGE_STORAGE_KEY));
  } catch {
    // Storage can throw when blocked (some private modes, strict cookie settings).
    return undefined;
  }
}

export function writeLanguage(
  storage: Pick<Storage, 'setItem'> | undefined,
  language: Language,
): Result<void, 'storage-unavailable'> {
  if (!storage) return fail('storage-unavailable');
  try {
    storage.setItem(LANGUAGE_STORAGE_KEY, language);
    return ok(undefined);
  } catch (error) {
    return fail('storage-unavailable', String(error));
  }
}
