// Where the copy lives and how it travels: one loader per part and language.
//
// The first load carries only the `shell` part (the app shell, the help screens and the features'
// small sections on them, the navigation). Every other part is a lazy chunk of its own, loaded
// together with the screens that use it (features/feature.ts: a feature's `copy`), so a feature's
// words never weigh on "Get help now", and only the active language is ever downloaded.
//
// Adding a feature's copy: write messages/en/<feature>.ts (export const <feature> = {...} as
// const) and its Spanish twin messages/es/<feature>.ts (typed against the English file), add ONE
// entry to `loaders` below, e.g.
//     insights: {
//       en: () => import('./en/insights.ts').then((m) => m.insights),
//       es: () => import('./es/insights.ts').then((m) => m.insights),
//     },
// then name the part in the feature's `copy` (packages/web/src/features/<feature>/feature.ts).
// (messages/en.ts and messages/es.ts, the whole catalogues for tests and build tools, list the
// file too: en.test.ts fails until those lists and the loaders name the same parts.)
// Adding a language: add it to LANGUAGES, then one more loader in every part; the compiler then
// refuses a part without a loader in that language.
import { shell } from './en/shell.ts';

/** Every language the app ships, as BCP 47 language tags. English is the source of truth. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** The part that is in the first load, whatever else the app grows. */
export const SHELL_PART = 'shell';

export const loaders = {
  // The shell is a small chunk per language too, loaded before the app first renders
  // (packages/web/src/boot.tsx): the first load carries the active language's words only.
  shell: {
    en: () => import('./en/shell.ts').then((m) => m.shell),
    es: () => import('./es/shell.ts').then((m) => m.shell),
  },
  clinic: {
    en: () => import('./en/clinic.ts').then((m) => m.clinic),
    es: () => import('./es/clinic.ts').then((m) => m.clinic),
  },
  insights: {
    en: () => import('./en/insights.ts').then((m) => m.insights),
    es: () => import('./es/insights.ts').then((m) => m.insights),
  },
  journal: {
    en: () => import('./en/journal.ts').then((m) => m.journal),
    es: () => import('./es/journal.ts').then((m) => m.journal),
  },
  language: {
    en: () => import('./en/language.ts').then((m) => m.language),
    es: () => import('./es/language.ts').then((m) => m.language),
  },
  learn: {
    en: () => import('./en/learn.ts').then((m) => m.learn),
    es: () => import('./es/learn.ts').then((m) => m.learn),
  },
  plan: {
    en: () => import('./en/plan.ts').then((m) => m.plan),
    es: () => import('./es/plan.ts').then((m) => m.plan),
  },
  privacy: {
    en: () => import('./en/privacy.ts').then((m) => m.privacy),
    es: () => import('./es/privacy.ts').then((m) => m.privacy),
  },
  progress: {
    en: () => import('./en/progress.ts').then((m) => m.progress),
    es: () => import('./es/progress.ts').then((m) => m.progress),
  },
  report: {
    en: () => import('./en/report.ts').then((m) => m.report),
    es: () => import('./es/report.ts').then((m) => m.report),
  },
  share: {
    en: () => import('./en/share.ts').then((m) => m.share),
    es: () => import('./es/share.ts').then((m) => m.share),
  },
  sync: {
    en: () => import('./en/sync.ts').then((m) => m.sync),
    es: () => import('./es/sync.ts').then((m) => m.sync),
  },
  tools: {
    en: () => import('./en/tools.ts').then((m) => m.tools),
    es: () => import('./es/tools.ts').then((m) => m.tools),
  },
} as const;

type LoaderMap = Record<string, Record<Language, () => Promise<Readonly<Record<string, string>>>>>;
// Checked here rather than with `satisfies` on the object, which would widen each part's type.
loaders satisfies LoaderMap;

export type Part = keyof typeof loaders;

/** The English messages of one part, with their literal texts (for placeholder checking). */
export type PartMessages<P extends Part> = Awaited<ReturnType<(typeof loaders)[P]['en']>>;

/** What a translation of one part must be: exactly its keys, each a string. */
export type PartCatalogue<P extends Part> = { readonly [K in keyof PartMessages<P>]: string };

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  u: infer I,
) => void
  ? I
  : never;

/** Every English message, by key: the type the translator checks keys and placeholders against. */
export type EnglishMessages = UnionToIntersection<{ [P in Part]: PartMessages<P> }[Part]>;

/**
 * The English shell copy, for code that cannot wait for a chunk (the build's prerender, unit
 * tests). The app's browser build never uses it: it loads the shell through `loaders`.
 */
export const shellEnglish = shell;
