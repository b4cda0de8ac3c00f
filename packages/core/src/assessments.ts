// Optional check-ins: the PHQ-9 (depression symptoms) and GAD-7 (anxiety symptoms), both in the
// public domain, scored exactly as published: each item 0–3 ("not at all" … "nearly every day"),
// the total is the sum, and the total falls in a published severity band.
//
// The bands describe how much the person has been bothered by symptoms over two weeks. They are
// NOT a risk level: Onward shows no risk score or level anywhere (NICE NG225). The only special
// handling is PHQ-9 item 9: any answer above "not at all" gently shows the safety plan and the
// crisis lines, on the person's own screen, and nothing else happens (no alert, no flag).
import type { LocalStamp } from './calendar-day.ts';
import { careParts, careResponseFor } from './care-response.ts';
import { fail, ok, type Result } from './result.ts';

export const INSTRUMENTS = ['phq9', 'gad7'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const ITEM_COUNT: Record<Instrument, number> = { phq9: 9, gad7: 7 };
export const ANSWER_MAX = 3;
export const MAX_TOTAL: Record<Instrument, number> = { phq9: 27, gad7: 21 };

export type SymptomBand = 'minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';

/** The published bands, as [lowest total, band]. PHQ-9: Kroenke et al. 2001; GAD-7: Spitzer 2006. */
export const BANDS: Record<Instrument, readonly (readonly [number, SymptomBand])[]> = {
  phq9: [
    [0, 'minimal'],
    [5, 'mild'],
    [10, 'moderate'],
    [15, 'moderately-severe'],
    [20, 'severe'],
  ],
  gad7: [
    [0, 'minimal'],
    [5, 'mild'],
    [10, 'moderate'],
    [15, 'severe'],
  ],
};

export function isInstrument(value: unknown): value is Instrument {
  return typeof value === 'string' && (INSTRUMENTS as readonly string[]).includes(value);
}

/** The symptom band for a total. Totals outside 0..max are a programming error. */
export function bandFor(instrument: Instrument, total: number): SymptomBand {
  if (!Number.isInteger(total) || total < 0 || total > MAX_TOTAL[instrument]) {
    throw new RangeError(`${instrument} total out of range: ${total}`);
  }
  let band: SymptomBand = 'minimal';
  for (const [from, b] of BANDS[instrument]) if (total >= from) band = b;
  return band;
}

export interface Score {
  total: number;
  band: SymptomBand;
}

export type ScoreProblem = 'wrong-count' | 'invalid-answer';

/** Scores a complete set of answers (each 0–3, one per item). */
export function scoreAnswers(
  instrument: Instrument,
  answers: readonly number[],
): Result<Score, ScoreProblem> {
  if (answers.length !== ITEM_COUNT[instrument]) return fail('wrong-count');
  if (!answers.every((a) => Number.isInteger(a) && a >= 0 && a <= ANSWER_MAX)) {
    return fail('invalid-answer');
  }
  const total = answers.reduce((sum, a) => sum + a, 0);
  return ok({ total, band: bandFor(instrument, total) });
}

/**
 * PHQ-9 item 9 (index 8) answered above "not at all". Never used for anything but showing help.
 * The rule itself lives in care-response.ts, shared with the urge log and the diary card.
 */
export function showsSafetyPlan(instrument: Instrument, answers: readonly number[]): boolean {
  return careParts(careResponseFor({ kind: 'check-in', instrument, answers })).planAndLines;
}

export interface CheckIn extends LocalStamp {
  v: 1;
  instrument: Instrument;
  /** One answer per item, 0–3. */
  answers: number[];
  /** The optional last question (how difficult the problems made things), 0–3, or null. */
  difficulty: number | null;
}

/** Reads a stored check-in defensively; anything malformed is left out of the trend. */
export function readCheckIn(value: unknown): CheckIn | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const c = value as Partial<CheckIn>;
  if (c.v !== 1 || !isInstrument(c.instrument) || !Array.isArray(c.answers)) return undefined;
  if (typeof c.at !== 'string' || typeof c.day !== 'string') return undefined;
  if (!scoreAnswers(c.instrument, c.answers).ok) return undefined;
  const difficulty =
    typeof c.difficulty === 'number' && Number.isInteger(c.difficulty) && c.difficulty >= 0
      ? Math.min(c.difficulty, ANSWER_MAX)
      : null;
  return {
    v: 1,
    instrument: c.instrument,
    answers: [...c.answers],
    difficulty,
    at: c.at,
    day: c.day,
    offsetMinutes: typeof c.offsetMinutes === 'number' ? c.offsetMinutes : 0,
  };
}

export interface TrendPoint extends Score {
  at: string;
  day: string;
}

/** Totals over time for one instrument, oldest first. */
export function checkInTrend(checkIns: readonly CheckIn[], instrument: Instrument): TrendPoint[] {
  return checkIns
    .filter((c) => c.instrument === instrument)
    .flatMap((c) => {
      const score = scoreAnswers(instrument, c.answers);
      return score.ok ? [{ ...score.value, at: c.at, day: c.day }] : [];
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
