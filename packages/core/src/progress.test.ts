import { describe, expect, it } from 'vitest';
import { emptyDiaryCard } from './diary-card.ts';
import { computeProgress, type ProgressCard, type ProgressEntry } from './progress.ts';

const urge = (day: string, over: Partial<ProgressEntry> = {}): ProgressEntry => ({
  day,
  urge: 6,
  acted: false,
  helped: [],
  helpedOther: '',
  ...over,
});

const card = (
  day: string,
  acted: boolean | null,
  urgeLevel: number | null,
  skills: number | null,
) => {
  const c = emptyDiaryCard(day);
  c.targets.selfHarm = { urge: urgeLevel, acted };
  c.skills = skills;
  return c as ProgressCard;
};

describe('computeProgress', () => {
  it('has nothing to show before the first entry', () => {
    const p = computeProgress({ today: '2026-03-10', entries: [], cards: [] });
    expect(p).toMatchObject({
      firstDay: null,
      countedDays: 0,
      freeDaysTotal: 0,
      longestStretch: 0,
      currentStretch: 0,
      urgesRiddenOut: 0,
      trend: 'none',
      milestone: null,
    });
  });

  it('counts days from the first day of use to yesterday; today is not counted yet', () => {
    const p = computeProgress({
      today: '2026-03-10',
      entries: [urge('2026-03-01'), urge('2026-03-04'), urge('2026-03-10')],
      cards: [],
    });
    expect(p.firstDay).toBe('2026-03-01');
    expect(p.countedDays).toBe(9); // 1st..9th
    expect(p.freeDaysTotal).toBe(9);
    expect(p.longestStretch).toBe(9);
    expect(p.currentStretch).toBe(9);
    expect(p.urgesRiddenOut).toBe(3);
    expect(p.milestone).toBe(7);
  });

  it('a relapse today leaves total free days, urges ridden out and skills as they were', () => {
    const before = {
      today: '2026-03-10',
      entries: [urge('2026-03-01', { helped: ['breathing'] }), urge('2026-03-05')],
      cards: [],
    };
    const after = { ...before, entries: [...before.entries, urge('2026-03-10', { acted: true })] };
    const a = computeProgress(before);
    const b = computeProgress(after);
    expect(b.freeDaysTotal).toBe(a.freeDaysTotal);
    expect(b.urgesRiddenOut).toBe(a.urgesRiddenOut);
    expect(b.skillsPractised).toBe(a.skillsPractised);
    expect(b.longestStretch).toBe(a.longestStretch);
    expect(b.currentStretch).toBe(0);
    expect(b.episodesLast30).toBe(1);
  });

  it('finds the longest and current stretches between episodes', () => {
    const p = computeProgress({
      today: '2026-03-20',
      entries: [
        urge('2026-03-01'),
        urge('2026-03-03', { acted: true }),
        urge('2026-03-12', { acted: true }),
      ],
      cards: [],
    });
    // Free: 1–2 (2 days), 4–11 (8 days), 13–19 (7 days).
    expect(p.countedDays).toBe(19);
    expect(p.freeDaysTotal).toBe(17);
    expect(p.longestStretch).toBe(8);
    expect(p.currentStretch).toBe(7);
  });

  it('counts free days this month from the 1st (or the first day of use) to yesterday', () => {
    const p = computeProgress({
      today: '2026-03-05',
      entries: [urge('2026-02-20'), urge('2026-03-02', { acted: true })],
      cards: [],
    });
    expect(p.freeDaysThisMonth).toBe(3); // 1, 3, 4 March
    expect(p.freeDaysTotal).toBe(9 + 3); // 20–28 February and 3 of March
  });

  it('counts one episode when the log and the diary card both record the same day', () => {
    const p = computeProgress({
      today: '2026-03-10',
      entries: [urge('2026-03-02', { acted: true })],
      cards: [card('2026-03-02', true, 4, null), card('2026-03-03', true, 3, null)],
    });
    expect(p.episodesLast30).toBe(2);
    expect(p.freeDaysTotal).toBe(6); // 4th..9th
  });

  it('counts a diary card urge ridden out only when the log has none that day', () => {
    const p = computeProgress({
      today: '2026-03-10',
      entries: [urge('2026-03-02'), urge('2026-03-02')],
      cards: [card('2026-03-02', false, 3, null), card('2026-03-03', false, 2, null)],
    });
    expect(p.urgesRiddenOut).toBe(3);
  });

  it('does not count an urge of 0 as an urge ridden out', () => {
    const p = computeProgress({
      today: '2026-03-10',
      entries: [urge('2026-03-02', { urge: 0 })],
      cards: [],
    });
    expect(p.urgesRiddenOut).toBe(0);
  });

  it('counts skills once per day and tool, plus other help and diary skills of 3 or more', () => {
    const p = computeProgress({
      today: '2026-03-10',
      entries: [
        urge('2026-03-02', { helped: ['breathing', 'grounding'] }),
        urge('2026-03-02', { helped: ['breathing'], helpedOther: 'a walk' }),
      ],
      cards: [card('2026-03-02', null, null, 5), card('2026-03-03', null, null, 2)],
      toolUses: [
        { day: '2026-03-02', toolId: 'breathing' },
        { day: '2026-03-04', toolId: 'breathing' },
      ],
    });
    // breathing@2, grounding@2, breathing@4, "a walk", card of the 2nd (5) = 5
    expect(p.skillsPractised).toBe(5);
  });

  it('compares episodes in the last 30 days with the 30 before, in plain categories', () => {
    const base = { today: '2026-04-30', cards: [] };
    const early = urge('2026-02-01');
    const prev = [urge('2026-03-05', { acted: true }), urge('2026-03-20', { acted: true })];
    const last = [urge('2026-04-10', { acted: true })];
    const fewer = computeProgress({ ...base, entries: [early, ...prev, ...last] });
    expect(fewer).toMatchObject({ episodesLast30: 1, episodesPrevious30: 2, trend: 'fewer' });
    const more = computeProgress({ ...base, entries: [early, ...last, ...last, ...last] });
    expect(more.trend).toBe('more');
    const same = computeProgress({ ...base, entries: [early] });
    expect(same.trend).toBe('same');
    const recent = computeProgress({ ...base, entries: [urge('2026-04-20')] });
    expect(recent.trend).toBe('not-enough-time');
  });

  it('counts a later-dated entry (after travel) in the latest 30 days', () => {
    const p = computeProgress({
      today: '2026-03-10',
      entries: [urge('2026-03-01'), urge('2026-03-11', { acted: true })],
      cards: [],
    });
    expect(p.episodesLast30).toBe(1);
    expect(p.currentStretch).toBe(0);
    expect(p.freeDaysTotal).toBe(9);
  });

  it('summarises weeks, Monday first, ending with the current week', () => {
    const p = computeProgress({
      today: '2026-03-11', // a Wednesday
      entries: [urge('2026-03-04'), urge('2026-03-06', { acted: true }), urge('2026-03-10')],
      cards: [],
      weeks: 2,
    });
    expect(p.weeks).toEqual([
      { start: '2026-03-02', countedDays: 5, freeDays: 4, urgesRiddenOut: 1, skillsPractised: 0 },
      { start: '2026-03-09', countedDays: 2, freeDays: 2, urgesRiddenOut: 1, skillsPractised: 0 },
    ]);
  });
});
