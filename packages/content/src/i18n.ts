// Message catalogues and the translator. English (messages/en.ts) is the source of truth for
// the keys and their placeholders; every other language is one more file with the same keys,
// added to `catalogues` below. The compiler checks the keys, and i18n.test.ts checks that each
// translation keeps exactly the placeholders of the English text.
import { en } from './messages/en.ts';

export type MessageKey = keyof typeof en;

/** A complete catalogue for one language: every key, as a string. */
export type Catalogue = { readonly [K in MessageKey]: string };

/** The `{name}` placeholders inside a string literal type, as a union of names. */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

export type MessageParams<K extends MessageKey> = Record<
  PlaceholdersOf<(typeof en)[K]>,
  string | number
>;

/** A key with no placeholders takes no params; a key with placeholders must fill them all. */
type ParamArgs<K extends MessageKey> = [PlaceholdersOf<(typeof en)[K]>] extends [never]
  ? [params?: undefined]
  : [params: MessageParams<K>];

/** Keys whose message takes no parameters (usable as titles and labels in data). */
export type PlainMessageKey = {
  [K in MessageKey]: [PlaceholdersOf<(typeof en)[K]>] extends [never] ? K : never;
}[MessageKey];

export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

/** Every language the app ships, as BCP 47 language tags. English is the source of truth. */
export const LANGUAGES = ['en', 'es'] as const;

export type Language = (typeof LANGUAGES)[number];

/**
 * The catalogues bundled wherever this module goes: English only, the source of truth and the
 * fallback. Every other language is a module of its own (messages/es.ts, reached as
 * `@onward/content/messages/es`), which the app loads only when it is the active language.
 */
export const catalogues = { en } satisfies Record<string, Catalogue>;

export const DEFAULT_LANGUAGE: Language = 'en';

const placeholderPattern = /\{(\w+)\}/g;

/** The placeholder names in a message, in order of appearance (duplicates kept once). */
export function placeholders(message: string): string[] {
  return [...new Set(Array.from(message.matchAll(placeholderPattern), (m) => m[1] ?? ''))];
}

/**
 * Builds t(key, params?) over one catalogue. A key missing from a partial catalogue falls back
 * to English rather than showing a key to a person in distress; a placeholder without a value
 * stays visible as `{name}` (the types make that a compile error at every call site).
 */
export function createTranslator(catalogue: Catalogue): Translate {
  return ((key: MessageKey, params?: Record<string, string | number>) => {
    const message = catalogue[key] ?? en[key];
    if (params === undefined) return message;
    return message.replace(placeholderPattern, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  }) as Translate;
}

/** The first supported language in the person's preference list, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return DEFAULT_LANGUAGE;
}
