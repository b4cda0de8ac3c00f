import { describe, expect, it } from 'vitest';
import {
  bandFor,
  type CheckIn,
  checkInTrend,
  readCheckIn,
  type SymptomBand,
  scoreAnswers,
  showsSafetyPlan,
} from './assessments.ts';

/** Answers (0–3 each) for `count` items adding up to `total`. */
function answersFor(count: number, total: number): number[] {
  const answers = Array.from({ length: count }, () => 0);
  let left = total;
  for (let i = 0; i < count && left > 0; i++) {
    answers[i] = Math.min(3, left);
    left -= answers[i] as number;
  }
  if (left > 0) throw new Error(`cannot make ${total} from ${count} items`);
  return answers;
}

describe('PHQ-9 scoring (published bands: 0–4, 5–9, 10–14, 15–19, 20–27)', () => {
  const boundaries: [number, SymptomBand][] = [
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [27, 'severe'],
  ];
  for (const [total, band] of boundaries) {
    it(`a total of ${total} is ${band}`, () => {
      expect(bandFor('phq9', total)).toBe(band);
      expect(scoreAnswers('phq9', answersFor(9, total))).toEqual({
        ok: true,
        value: { total, band },
      });
    });
  }

  it('every total from 0 to 27 falls in exactly the published band', () => {
    const expected = (t: number): SymptomBand =>
      t <= 4
        ? 'minimal'
        : t <= 9
          ? 'mild'
          : t <= 14
            ? 'moderate'
            : t <= 19
              ? 'moderately-severe'
              : 'severe';
    for (let t = 0; t <= 27; t++) expect(bandFor('phq9', t), String(t)).toBe(expected(t));
  });

  it('sums the answers as published', () => {
    expect(scoreAnswers('phq9', [1, 2, 0, 3, 1, 0, 2, 1, 0])).toEqual({
      ok: true,
      value: { total: 10, band: 'moderate' },
    });
  });
});

describe('GAD-7 scoring (published bands: 0–4, 5–9, 10–14, 15–21)', () => {
  const boundaries: [number, SymptomBand][] = [
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ];
  for (const [total, band] of boundaries) {
    it(`a total of ${total} is ${band}`, () => {
      expect(bandFor('gad7', total)).toBe(band);
      expect(scoreAnswers('gad7', answersFor(7, total))).toEqual({
        ok: true,
        value: { total, band },
      });
    });
  }

  it('has no "moderately severe" band', () => {
    for (let t = 0; t <= 21; t++) expect(bandFor('gad7', t)).not.toBe('moderately-severe');
  });
});

describe('answers that cannot be scored', () => {
  it('need one answer per item', () => {
    expect(scoreAnswers('phq9', [0, 0, 0])).toMatchObject({ ok: false, reason: 'wrong-count' });
    expect(scoreAnswers('gad7', answersFor(9, 0))).toMatchObject({
      ok: false,
      reason: 'wrong-count',
    });
  });

  it('need each answer to be 0, 1, 2 or 3', () => {
    expect(scoreAnswers('gad7', [0, 0, 0, 0, 0, 0, 4])).toMatchObject({
      ok: false,
      reason: 'invalid-answer',
    });
    expect(scoreAnswers('gad7', [0, 0, 0, 0, 0, 0, 1.5])).toMatchObject({ ok: false });
    expect(scoreAnswers('gad7', [0, 0, 0, 0, 0, 0, -1])).toMatchObject({ ok: false });
  });

  it('totals out of range are a programming error', () => {
    expect(() => bandFor('phq9', 28)).toThrow(RangeError);
    expect(() => bandFor('gad7', 22)).toThrow(RangeError);
  });
});

describe('PHQ-9 item 9', () => {
  it('shows the safety plan for any answer above "not at all", and only on the PHQ-9', () => {
    const base = [0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(showsSafetyPlan('phq9', base)).toBe(false);
    for (const a of [1, 2, 3]) expect(showsSafetyPlan('phq9', [...base.slice(0, 8), a])).toBe(true);
    // High answers elsewhere do not change it: it is about item 9 only.
    expect(showsSafetyPlan('phq9', [3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
    expect(showsSafetyPlan('gad7', [3, 3, 3, 3, 3, 3, 3])).toBe(false);
  });

  it('does not change the score or the band', () => {
    expect(scoreAnswers('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 1])).toEqual({
      ok: true,
      value: { total: 1, band: 'minimal' },
    });
  });
});

describe('check-in records and the trend', () => {
  const checkIn = (instrument: 'phq9' | 'gad7', at: string, answers: number[]): CheckIn => ({
    v: 1,
    instrument,
    answers,
    difficulty: null,
    at,
    day: at.slice(0, 10),
    offsetMinutes: 0,
  });

  it('orders one instrument’s totals by time', () => {
    const records = [
      checkIn('phq9', '2026-03-10T10:00:00Z', answersFor(9, 12)),
      checkIn('gad7', '2026-03-05T10:00:00Z', answersFor(7, 6)),
      checkIn('phq9', '2026-03-01T10:00:00Z', answersFor(9, 16)),
    ];
    expect(checkInTrend(records, 'phq9').map((p) => [p.day, p.total, p.band])).toEqual([
      ['2026-03-01', 16, 'moderately-severe'],
      ['2026-03-10', 12, 'moderate'],
    ]);
    expect(checkInTrend(records, 'gad7')).toHaveLength(1);
  });

  it('reads stored check-ins defensively', () => {
    const good = checkIn('gad7', '2026-03-05T10:00:00Z', answersFor(7, 6));
    expect(readCheckIn(good)).toEqual(good);
    expect(readCheckIn({ ...good, answers: [9, 9] })).toBeUndefined();
    expect(readCheckIn({ ...good, instrument: 'other' })).toBeUndefined();
    expect(readCheckIn(null)).toBeUndefined();
  });
});
