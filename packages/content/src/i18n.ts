// Message catalogues and the translator. English (messages/en/*.ts) is the source of truth for
// the keys and their placeholders; the catalogue is split into parts that load on demand
// (messages/parts.ts: the loader map, one loader per part and language). The compiler checks the
// keys, and i18n.test.ts checks that each translation keeps exactly the placeholders of the
// English text. This file imports the English copy for its types only, so using the translator
// never pulls every feature's words into a bundle.
import {
  DEFAULT_LANGUAGE,
  type EnglishMessages,
  LANGUAGES,
  type Language,
  loaders,
  type Part,
  type PartMessages,
} from './messages/parts.ts';

export {
  type EnglishMessages,
  loaders,
  type PartCatalogue,
  type PartMessages,
  SHELL_PART,
  shellEnglish,
} from './messages/parts.ts';
export { DEFAULT_LANGUAGE, LANGUAGES, type Language, type Part };

type en = EnglishMessages;

export type MessageKey = keyof en;

/** A complete catalogue for one language: every key, as a string. */
export type Catalogue = { readonly [K in MessageKey]: string };

/** The `{name}` placeholders inside a string literal type, as a union of names. */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

export type MessageParams<K extends MessageKey> = Record<PlaceholdersOf<en[K]>, string | number>;

/** A key with no placeholders takes no params; a key with placeholders must fill them all. */
type ParamArgs<K extends MessageKey> = [PlaceholdersOf<en[K]>] extends [never]
  ? [params?: undefined]
  : [params: MessageParams<K>];

/** Keys whose message takes no parameters (usable as titles and labels in data). */
export type PlainMessageKey = {
  [K in MessageKey]: [PlaceholdersOf<en[K]>] extends [never] ? K : never;
}[MessageKey];

/**
 * Keys of the shell part, which is in the first load: the only copy that can be shown before a
 * feature's own copy has arrived (the navigation, say). Plain: no placeholders.
 */
export type ShellKey = keyof PartMessages<'shell'> & PlainMessageKey;

export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

const placeholderPattern = /\{(\w+)\}/g;

/** The placeholder names in a message, in order of appearance (duplicates kept once). */
export function placeholders(message: string): string[] {
  return [...new Set(Array.from(message.matchAll(placeholderPattern), (m) => m[1] ?? ''))];
}

/** Some of the messages of one language, by key (the parts loaded so far). */
export type PartialCatalogue = { readonly [K in MessageKey]?: string };

/**
 * Builds t(key, params?) over a catalogue that may still be filling up (parts load on demand; the
 * translator reads it at each call). A key the catalogue lacks falls back to `fallback` (English)
 * rather than showing a key to a person in distress; a key neither holds (its part not loaded:
 * a bug, which the tests look for) is reported to `onMissing` and shows as nothing. A
 * placeholder without a value stays visible as `{name}` (the types make that a compile error at
 * every call site).
 */
export function createTranslator(
  catalogue: PartialCatalogue,
  fallback: PartialCatalogue = {},
  onMissing: (key: MessageKey) => void = () => {},
): Translate {
  return ((key: MessageKey, params?: Record<string, string | number>) => {
    const message = catalogue[key] ?? fallback[key];
    if (message === undefined) {
      onMissing(key);
      return '';
    }
    if (params === undefined) return message;
    return message.replace(placeholderPattern, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  }) as Translate;
}

/** Loads every part of one language: a complete catalogue (for tests and build-time tools). */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  const parts = await Promise.all(
    Object.values(loaders).map((byLanguage) => byLanguage[language]()),
  );
  return Object.assign({}, ...parts) as Catalogue;
}

/** The first supported language in the person's preference list, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if ((LANGUAGES as readonly string[]).includes(base)) return base as Language;
  }
  return DEFAULT_LANGUAGE;
}
