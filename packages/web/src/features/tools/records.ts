// The toolkit's record kinds in the vault. Everything here is private to the person: which tools
// they used, how strong the urge was, what was going on, their own ideas and grounding notes.
import type { AlternativeCategory } from '@onward/content';
import type { ToolUse } from '@onward/core';

/** The person's choices about one library idea (by the idea's id). */
export interface AlternativePref {
  favourite: boolean;
  hidden: boolean;
}

/** An idea the person added to the library, stored under an "own-…" id. */
export interface OwnAlternative {
  v: 1;
  title: string;
  howTo: string;
  category: AlternativeCategory;
  minutes?: number;
}

/** What the person wrote while grounding, kept only when they chose to keep it. */
export interface GroundingNote {
  v: 1;
  /** One entry per sense, in 5-4-3-2-1 order; empty strings for senses left blank. */
  answers: string[];
}

declare module '../../vault/types.ts' {
  interface RecordKinds {
    'tool-use': ToolUse;
    'tool-alternative-pref': AlternativePref;
    'tool-own-alternative': OwnAlternative;
    'tool-grounding-note': GroundingNote;
  }
}

/** A new random record id. */
export const newId = (): string => crypto.randomUUID();
