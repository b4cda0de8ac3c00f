// The urge and episode log: one quick entry per urge. By design it records only whether the
// person acted on the urge (yes or no) and never what, how or how much: there is no field for it,
// and the note is free text the person owns. Emotions and triggers are stable codes so exports
// and insights do not depend on display labels.
import { isLocalDate, isValidOffset, type LocalDate, type LocalStamp } from './calendar-day.ts';
import { fail, ok, type Result } from './result.ts';
import { isTriggerCode, type TriggerCode } from './triggers.ts';

/** Feelings offered as chips in the log, by stable code. */
export const LOG_EMOTIONS = [
  'sad',
  'anxious',
  'angry',
  'ashamed',
  'lonely',
  'numb',
  'empty',
  'overwhelmed',
  'frustrated',
  'hurt',
  'guilty',
  'scared',
] as const;

export type LogEmotion = (typeof LOG_EMOTIONS)[number];

export const URGE_MIN = 0;
export const URGE_MAX = 10;
/** Longest own trigger, "what else helped" and note, in characters. */
export const OWN_TRIGGER_MAX = 60;
export const TEXT_MAX = 2000;

export interface UrgeEntry extends LocalStamp {
  v: 1;
  /** Urge strength, 0 (none) to 10 (the strongest). */
  urge: number;
  emotions: LogEmotion[];
  triggers: TriggerCode[];
  /** Triggers in the person's own words. */
  ownTriggers: string[];
  /** Whether the person acted on the urge. Yes or no only, by design. */
  acted: boolean;
  /** Toolkit tool ids that helped. */
  helped: string[];
  /** Anything else that helped, in the person's words. */
  helpedOther: string;
  note: string;
}

/** What the form holds before saving: the stamp is chosen ("now" or earlier), the rest picked. */
export interface UrgeDraft {
  stamp: LocalStamp | null;
  urge: number | null;
  emotions: readonly string[];
  triggers: readonly string[];
  ownTriggers: readonly string[];
  acted: boolean | null;
  helped: readonly string[];
  helpedOther: string;
  note: string;
}

export type UrgeField = 'when' | 'urge' | 'acted';
export type UrgeProblem = 'missing' | 'out-of-range' | 'in-future';

export const emptyUrgeDraft = (): UrgeDraft => ({
  stamp: null,
  urge: null,
  emotions: [],
  triggers: [],
  ownTriggers: [],
  acted: null,
  helped: [],
  helpedOther: '',
  note: '',
});

/** A saved entry back into a draft, for editing. */
export function draftFromEntry(entry: UrgeEntry): UrgeDraft {
  const { v: _v, at, day, offsetMinutes, ...rest } = entry;
  return { ...rest, stamp: { at, day, offsetMinutes } };
}

const isEmotion = (v: string): v is LogEmotion => (LOG_EMOTIONS as readonly string[]).includes(v);

const uniqueTrimmed = (items: readonly string[], max: number): string[] => {
  const out: string[] = [];
  for (const item of items) {
    const text = item.trim().slice(0, max);
    if (text !== '' && !out.some((o) => o.toLowerCase() === text.toLowerCase())) out.push(text);
  }
  return out;
};

/**
 * The problems with a draft, by field (empty when it can be saved). `nowMs` is injected so the
 * check is pure: an entry may be dated now or earlier, never later (a minute's grace for clocks).
 */
export function urgeDraftProblems(
  draft: UrgeDraft,
  nowMs: number,
): Partial<Record<UrgeField, UrgeProblem>> {
  const problems: Partial<Record<UrgeField, UrgeProblem>> = {};
  if (!draft.stamp) problems.when = 'missing';
  else if (Date.parse(draft.stamp.at) > nowMs + 60_000) problems.when = 'in-future';
  if (draft.urge === null) problems.urge = 'missing';
  else if (!Number.isInteger(draft.urge) || draft.urge < URGE_MIN || draft.urge > URGE_MAX) {
    problems.urge = 'out-of-range';
  }
  if (draft.acted === null) problems.acted = 'missing';
  return problems;
}

/** Builds the entry to store, or says which fields need attention. */
export function entryFromDraft(draft: UrgeDraft, nowMs: number): Result<UrgeEntry, 'incomplete'> {
  const problems = urgeDraftProblems(draft, nowMs);
  const fields = Object.keys(problems);
  if (fields.length > 0 || !draft.stamp || draft.urge === null || draft.acted === null) {
    return fail('incomplete', fields.join(','));
  }
  return ok({
    v: 1,
    at: draft.stamp.at,
    day: draft.stamp.day,
    offsetMinutes: draft.stamp.offsetMinutes,
    urge: draft.urge,
    emotions: [...new Set(draft.emotions)].filter(isEmotion),
    triggers: [...new Set(draft.triggers)].filter(isTriggerCode),
    ownTriggers: uniqueTrimmed(draft.ownTriggers, OWN_TRIGGER_MAX),
    acted: draft.acted,
    helped: [...new Set(draft.helped)],
    helpedOther: draft.helpedOther.trim().slice(0, TEXT_MAX),
    note: draft.note.trim().slice(0, TEXT_MAX),
  });
}

/**
 * Reads a stored entry defensively. Records come back from storage, a backup or another device,
 * possibly written by an older version: anything malformed is dropped rather than allowed to
 * skew the person's figures or crash a screen.
 */
export function readUrgeEntry(value: unknown): UrgeEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Partial<UrgeEntry>;
  if (
    e.v !== 1 ||
    typeof e.at !== 'string' ||
    Number.isNaN(Date.parse(e.at)) ||
    !isLocalDate(e.day) ||
    !isValidOffset(e.offsetMinutes) ||
    typeof e.urge !== 'number' ||
    !Number.isInteger(e.urge) ||
    e.urge < URGE_MIN ||
    e.urge > URGE_MAX ||
    typeof e.acted !== 'boolean'
  ) {
    return undefined;
  }
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  return {
    v: 1,
    at: e.at,
    day: e.day,
    offsetMinutes: e.offsetMinutes,
    urge: e.urge,
    emotions: strings(e.emotions).filter(isEmotion),
    triggers: strings(e.triggers).filter(isTriggerCode),
    ownTriggers: strings(e.ownTriggers),
    acted: e.acted,
    helped: strings(e.helped),
    helpedOther: typeof e.helpedOther === 'string' ? e.helpedOther : '',
    note: typeof e.note === 'string' ? e.note : '',
  };
}

export interface DayGroup<T> {
  day: LocalDate;
  entries: T[];
}

/** Entries grouped by their local day, newest day first, newest entry first within a day. */
export function groupByDay<T extends { day: LocalDate; at: string }>(
  entries: readonly T[],
): DayGroup<T>[] {
  const byDay = new Map<LocalDate, T[]>();
  for (const entry of entries) {
    const list = byDay.get(entry.day) ?? [];
    list.push(entry);
    byDay.set(entry.day, list);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([day, list]) => ({
      day,
      entries: list.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)),
    }));
}
