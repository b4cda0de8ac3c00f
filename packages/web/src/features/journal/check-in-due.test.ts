import type { CheckIn, Instrument } from '@onward/core';
import { describe, expect, it } from 'vitest';
import { dueCheckIn } from './check-in-due.ts';

const filled = (instrument: Instrument, day: string): CheckIn => ({
  v: 1,
  instrument,
  answers: [],
  difficulty: null,
  day,
  at: `${day}T09:00:00.000Z`,
  offsetMinutes: 0,
});

describe('the next check-in', () => {
  it('is never suggested to someone who has not chosen the questionnaires', () => {
    expect(dueCheckIn([], '2026-12-02')).toBeNull();
  });

  it('is due two weeks after the last one of that questionnaire, not before', () => {
    expect(dueCheckIn([filled('phq9', '2026-11-19')], '2026-12-02')).toBeNull();
    expect(dueCheckIn([filled('phq9', '2026-11-18')], '2026-12-02')).toEqual({
      instrument: 'phq9',
      daysSince: 14,
    });
  });

  it('counts from the latest of each, and names the most overdue', () => {
    const checkIns = [
      filled('phq9', '2026-10-01'),
      filled('phq9', '2026-11-30'),
      filled('gad7', '2026-11-01'),
    ];
    expect(dueCheckIn(checkIns, '2026-12-02')).toEqual({ instrument: 'gad7', daysSince: 31 });
  });

  it('counts calendar days across a month and a year end', () => {
    expect(dueCheckIn([filled('gad7', '2026-12-20')], '2027-01-03')?.daysSince).toBe(14);
  });
});
