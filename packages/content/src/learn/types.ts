// The shape of a Learn guide. Guides are reviewed data: plain blocks of text and links into
// the app, with no markup, so the web app decides how they look and the content lint and
// readability tests can read every word a person will see.

/** Stable codes for the guides, kebab-case; links and saved bookmarks use them. */
export const GUIDE_IDS = [
  'what-is-self-harm',
  'why-people-self-harm',
  'relapse-is-not-failure',
  'coping-and-alternatives',
  'treatments-explained',
  'for-friends-and-family',
  'getting-urgent-help',
] as const;

export type GuideId = (typeof GUIDE_IDS)[number];

/**
 * Screens a guide may link to. /tools, /plan and /log do not exist yet; until they do, the web
 * app maps a link to a missing route to /help/safe, so the data can name them already.
 */
export type AppRoutePath = '/help' | '/help/safe' | '/help/danger' | '/tools' | '/plan' | '/log';

export type AppLink = { kind: 'guide'; id: GuideId } | { kind: 'route'; path: AppRoutePath };

export type Block =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'list'; items: string[] }
  /** A gentle callout. */
  | { type: 'note'; text: string }
  /** A link into the app. */
  | { type: 'link'; text: string; to: AppLink }
  /**
   * The first-aid facts (when to call, when to go to an emergency department, when to get
   * advice), from first-aid.ts: the one source shared with the after-relapse flow, so the guide
   * and the flow can never disagree. Linted there, under its own allow-list.
   */
  | { type: 'first-aid' };

export interface Guide {
  id: GuideId;
  title: string;
  /** One or two sentences for the list of guides. */
  summary: string;
  /** Reading time in whole minutes, at about 200 words a minute. */
  minutes: number;
  /** Shown before the guide on heavier topics. */
  contentNote?: string;
  blocks: Block[];
  /** One concrete thing to do after reading. */
  nextStep: { text: string; to: AppLink };
}
