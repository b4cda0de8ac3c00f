// Where the copy lives and how it travels: one loader per part and language.
//
// The first load carries only the `shell` part (the app shell, the help screens and the features'
// small sections on them, the navigation). Every other part is a lazy chunk of its own, loaded
// together with the screens that use it (features/feature.ts: a feature's `copy`), so a feature's
// words never weigh on "Get help now", and only the active language is ever downloaded.
//
// Adding a feature's copy: write messages/en/<feature>.ts (export const <feature> = {...} as
// const) and add ONE line to `loaders` below, e.g.
//     insights: { en: () => import('./en/insights.ts').then((m) => m.insights) },
// then name the part in the feature's `copy` (packages/web/src/features/<feature>/feature.ts).
// (messages/en.ts, the whole English catalogue for tests and build tools, lists the file too, as
// it always has: en.test.ts fails until both lists name the same parts.)
// Adding a language (Spanish, say): add 'es' to LANGUAGES, then one more loader in every part,
//     tools: { en: ..., es: () => import('./es/tools.ts').then((m) => m.tools) },
// where es/tools.ts is `export const tools = {...} satisfies PartCatalogue<'tools'>`. The
// compiler then refuses a part without a Spanish loader, and a Spanish file missing a key.
import { shell } from './en/shell.ts';

/** Every language the app ships, as BCP 47 language tags. English is the source of truth. */
export const LANGUAGES = ['en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** The part that is in the first load, whatever else the app grows. */
export const SHELL_PART = 'shell';

export const loaders = {
  // English shell copy is bundled with the entry (it is also the fallback for every language);
  // another language's shell is loaded before the app first renders.
  shell: { en: () => Promise.resolve(shell) },
  clinic: { en: () => import('./en/clinic.ts').then((m) => m.clinic) },
  journal: { en: () => import('./en/journal.ts').then((m) => m.journal) },
  learn: { en: () => import('./en/learn.ts').then((m) => m.learn) },
  plan: { en: () => import('./en/plan.ts').then((m) => m.plan) },
  privacy: { en: () => import('./en/privacy.ts').then((m) => m.privacy) },
  progress: { en: () => import('./en/progress.ts').then((m) => m.progress) },
  tools: { en: () => import('./en/tools.ts').then((m) => m.tools) },
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

/** The English shell copy, in the first load: the fallback for a key another language lacks. */
export const shellEnglish = shell;
