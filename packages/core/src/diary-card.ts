// The DBT diary card: one card per local day, the same rows as the paper card a DBT therapist
// hands out. Every value may be left blank: a blank is "not filled in", never a zero and never a
// mark against the person. The weekly grid keeps blanks blank.
import { isLocalDate, type LocalDate, weekDates } from './calendar-day.ts';

export const STANDARD_TARGETS = ['selfHarm', 'suicidalThoughts', 'substances'] as const;
export type StandardTarget = (typeof STANDARD_TARGETS)[number];

export const STANDARD_EMOTIONS = ['anger', 'fear', 'joy', 'sadness', 'shame'] as const;
export type StandardEmotion = (typeof STANDARD_EMOTIONS)[number];

export const MEDICATION_ANSWERS = ['yes', 'no', 'not-prescribed'] as const;
export type MedicationAnswer = (typeof MEDICATION_ANSWERS)[number];

/** Urges and emotions are rated 0–5 on the card; skills 0–7; distress 0–10. */
export const CARD_URGE_MAX = 5;
export const CARD_EMOTION_MAX = 5;
export const SKILLS_MAX = 7;
export const DISTRESS_MAX = 10;

/**
 * The DBT skills-use scale (0–7), as on the standard diary card. Labels are copy, by anchor,
 * in @onward/content; 3 and above mean the person tried or used skills that day.
 */
export const SKILLS_ANCHORS = [0, 1, 2, 3, 4, 5, 6, 7] as const;
export const SKILLS_PRACTISED_FROM = 3;

export interface TargetRating {
  /** 0–5, or null when not filled in. */
  urge: number | null;
  /** Whether the person acted on it that day, or null when not filled in. */
  acted: boolean | null;
}

/** A target or emotion the person added to their own card. */
export interface CustomItem {
  /** Stable id, so renaming keeps the history together. */
  id: string;
  label: string;
}

export interface DiaryCard {
  v: 1;
  day: LocalDate;
  targets: Record<StandardTarget, TargetRating>;
  /** Ratings for the person's own targets, by CustomItem id. */
  customTargets: Record<string, TargetRating>;
  emotions: Record<StandardEmotion, number | null>;
  /** Ratings for the person's own emotions, by CustomItem id. */
  customEmotions: Record<string, number | null>;
  medication: MedicationAnswer | null;
  skills: number | null;
  distress: number | null;
  note: string;
}

const blankTarget = (): TargetRating => ({ urge: null, acted: null });

export function emptyDiaryCard(day: LocalDate): DiaryCard {
  return {
    v: 1,
    day,
    targets: {
      selfHarm: blankTarget(),
      suicidalThoughts: blankTarget(),
      substances: blankTarget(),
    },
    customTargets: {},
    emotions: { anger: null, fear: null, joy: null, sadness: null, shame: null },
    customEmotions: {},
    medication: null,
    skills: null,
    distress: null,
    note: '',
  };
}

const rating = (v: unknown, max: number): number | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max ? v : null;

const readTarget = (v: unknown): TargetRating => {
  const t = (typeof v === 'object' && v !== null ? v : {}) as Partial<TargetRating>;
  return {
    urge: rating(t.urge, CARD_URGE_MAX),
    acted: typeof t.acted === 'boolean' ? t.acted : null,
  };
};

/**
 * Reads a stored card defensively (storage, backups and other devices are outside this code's
 * control): out-of-range values become blanks rather than invented numbers.
 */
export function readDiaryCard(value: unknown): DiaryCard | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const c = value as Partial<DiaryCard>;
  if (c.v !== 1 || !isLocalDate(c.day)) return undefined;
  const card = emptyDiaryCard(c.day);
  for (const t of STANDARD_TARGETS) card.targets[t] = readTarget(c.targets?.[t]);
  for (const e of STANDARD_EMOTIONS) card.emotions[e] = rating(c.emotions?.[e], CARD_EMOTION_MAX);
  for (const [id, t] of Object.entries(c.customTargets ?? {}))
    card.customTargets[id] = readTarget(t);
  for (const [id, e] of Object.entries(c.customEmotions ?? {})) {
    card.customEmotions[id] = rating(e, CARD_EMOTION_MAX);
  }
  card.medication = (MEDICATION_ANSWERS as readonly unknown[]).includes(c.medication)
    ? (c.medication as MedicationAnswer)
    : null;
  card.skills = rating(c.skills, SKILLS_MAX);
  card.distress = rating(c.distress, DISTRESS_MAX);
  card.note = typeof c.note === 'string' ? c.note : '';
  return card;
}

/** True when nothing on the card has been filled in. */
export function isBlankCard(card: DiaryCard): boolean {
  const targets = [...Object.values(card.targets), ...Object.values(card.customTargets)];
  return (
    targets.every((t) => t.urge === null && t.acted === null) &&
    [...Object.values(card.emotions), ...Object.values(card.customEmotions)].every(
      (e) => e === null,
    ) &&
    card.medication === null &&
    card.skills === null &&
    card.distress === null &&
    card.note.trim() === ''
  );
}

/** One row of the weekly grid: what it measures and the seven cells (null = blank). */
export type GridRow =
  | { kind: 'target-urge'; target: StandardTarget; cells: (number | null)[] }
  | { kind: 'target-acted'; target: StandardTarget; cells: (boolean | null)[] }
  | { kind: 'custom-urge'; item: CustomItem; cells: (number | null)[] }
  | { kind: 'custom-acted'; item: CustomItem; cells: (boolean | null)[] }
  | { kind: 'emotion'; emotion: StandardEmotion; cells: (number | null)[] }
  | { kind: 'custom-emotion'; item: CustomItem; cells: (number | null)[] }
  | { kind: 'medication'; cells: (MedicationAnswer | null)[] }
  | { kind: 'skills'; cells: (number | null)[] }
  | { kind: 'distress'; cells: (number | null)[] }
  | { kind: 'note'; cells: (string | null)[] };

export interface DiaryWeek {
  /** The seven days, Monday first: the grid's columns. */
  days: LocalDate[];
  /** Which days have a card at all. */
  filled: boolean[];
  rows: GridRow[];
}

/**
 * The weekly grid, like the paper card: days as columns, targets, emotions, medication, skills,
 * distress and note as rows. Days without a card are blank cells.
 */
export function diaryWeek(
  cards: readonly DiaryCard[],
  monday: LocalDate,
  custom: { targets: readonly CustomItem[]; emotions: readonly CustomItem[] } = {
    targets: [],
    emotions: [],
  },
): DiaryWeek {
  const days = weekDates(monday);
  const byDay = new Map(cards.map((c) => [c.day, c]));
  const col = <T>(pick: (card: DiaryCard) => T | null | undefined): (T | null)[] =>
    days.map((d) => {
      const card = byDay.get(d);
      return card ? (pick(card) ?? null) : null;
    });
  const rows: GridRow[] = [];
  for (const target of STANDARD_TARGETS) {
    rows.push({ kind: 'target-urge', target, cells: col((c) => c.targets[target].urge) });
    rows.push({ kind: 'target-acted', target, cells: col((c) => c.targets[target].acted) });
  }
  for (const item of custom.targets) {
    rows.push({ kind: 'custom-urge', item, cells: col((c) => c.customTargets[item.id]?.urge) });
    rows.push({ kind: 'custom-acted', item, cells: col((c) => c.customTargets[item.id]?.acted) });
  }
  for (const emotion of STANDARD_EMOTIONS) {
    rows.push({ kind: 'emotion', emotion, cells: col((c) => c.emotions[emotion]) });
  }
  for (const item of custom.emotions) {
    rows.push({ kind: 'custom-emotion', item, cells: col((c) => c.customEmotions[item.id]) });
  }
  rows.push({ kind: 'medication', cells: col((c) => c.medication) });
  rows.push({ kind: 'skills', cells: col((c) => c.skills) });
  rows.push({ kind: 'distress', cells: col((c) => c.distress) });
  rows.push({ kind: 'note', cells: col((c) => (c.note.trim() === '' ? null : c.note.trim())) });
  return { days, filled: days.map((d) => byDay.has(d)), rows };
}
