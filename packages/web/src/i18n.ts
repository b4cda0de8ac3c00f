// The app's translator, over a catalogue that fills up as the app needs it.
//
// The language: the person's choice on this device, else the first of the browser's languages
// that Onward has, else English. Read once, synchronously, as the app starts (before unlock, with
// or without a network); changing it saves the choice and reloads the page (from the service
// worker's cache when offline), so every screen, title and chunk starts in the new language and
// no string is ever half in one language and half in another.
//
// The copy: the first load carries only the shell's copy (@onward/content messages/parts.ts: the
// shell, the help screens, the navigation and the features' small sections on the help screens),
// and only in the active language: each language's shell is a small chunk of its own that
// boot.tsx loads before the first render. Each feature's copy is its own lazy chunk per language: the router loads it together
// with the feature's screen (a feature names its parts in `copy`, features/feature.ts), so t(key)
// always finds the key by the time a screen renders. A person reading English never downloads a
// word of Spanish, and the other way round (src/help-budget.test.ts checks the first load).
import {
  createTranslator,
  type Language,
  loaders,
  type MessageKey,
  type Part,
  type PartialCatalogue,
  SHELL_PART,
  shellEnglish,
} from '@onward/content';
import { useEffect, useState } from 'preact/hooks';
import {
  localeFor,
  readLanguage,
  resolveLanguage,
  writeLanguage,
} from './language/language-choice.ts';

// The language a build-time prerender renders in (build/prerender-plugin.ts builds it once per
// language); undefined everywhere else.
declare const __ONWARD_PRERENDER_LANGUAGE__: string | undefined;

function preferredLanguages(): readonly string[] {
  // The build-time prerender (Node, import.meta.env.SSR) renders in the language it is built for,
  // whatever the build machine's locale; unit tests (SSR too) in the default language. Which
  // language's prerendered text shows is decided in the page (country/early.ts).
  if (import.meta.env.SSR || typeof navigator === 'undefined') {
    return typeof __ONWARD_PRERENDER_LANGUAGE__ === 'string' ? [__ONWARD_PRERENDER_LANGUAGE__] : [];
  }
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

// Where no chunk can be awaited before rendering (unit tests; the build's English prerender), the
// English shell is there from the start. The browser build folds this away (MODE and SSR are
// constants there), so its first load holds no copy: boot.tsx loads the active language's shell.
const bundledShell =
  (import.meta.env.SSR || import.meta.env.MODE === 'test') && language === 'en'
    ? shellEnglish
    : undefined;

/** The messages of the active language loaded so far. */
const catalogue: Record<string, string> = { ...bundledShell };
const loadedParts = new Map<Part, Promise<void>>();
if (bundledShell) loadedParts.set(SHELL_PART, Promise.resolve());
const ready = new Set<Part>(bundledShell ? [SHELL_PART] : []);

// A key whose part has not been loaded is a bug (a screen rendered before its copy, or a feature
// that forgot to name a part in `copy`): say so where the tests look (the e2e tests fail on any
// console error), and show nothing rather than a key. No other language stands in: every
// catalogue has every key (content's i18n.test.ts), and a sentence half in one language and half
// in another would be worse than the app's own "loading".
const reportMissing = (key: MessageKey) => {
  console.error(
    `Onward: the copy for "${key}" is not loaded (name its part in the feature's copy)`,
  );
};

export const t = createTranslator(catalogue as PartialCatalogue, {}, reportMissing);

const listeners = new Set<() => void>();

/**
 * Loads parts of the catalogue in the active language (once each; already loaded parts resolve
 * at once). Rejects if a part cannot be fetched (offline before the service worker has it).
 */
export function loadCopy(parts: readonly Part[]): Promise<void> {
  return Promise.all(
    parts.map((part) => {
      let loading = loadedParts.get(part);
      if (!loading) {
        loading = loaders[part][language]().then((messages) => {
          Object.assign(catalogue, messages);
          ready.add(part);
          for (const listener of [...listeners]) listener();
        });
        // A failed load can be tried again (the next navigation to the screen).
        loading.catch(() => loadedParts.delete(part));
        loadedParts.set(part, loading);
      }
      return loading;
    }),
  ).then(() => undefined);
}

/** Whether every one of `parts` is loaded, so t() finds their keys now. */
export function copyReady(parts: readonly Part[]): boolean {
  return parts.every((part) => ready.has(part));
}

/** Re-renders the caller whenever another part of the catalogue arrives. */
export function useCopyLoads(): number {
  const [loads, setLoads] = useState(ready.size);
  useEffect(() => {
    const update = () => setLoads(ready.size);
    listeners.add(update);
    update();
    return () => {
      listeners.delete(update);
    };
  }, []);
  return loads;
}

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
