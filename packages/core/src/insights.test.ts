// Every figure against a fixture computed by hand (the working is in the comments).
import { describe, expect, it } from 'vitest';
import { computeInsights } from './insights.ts';
import type { InsightsInput } from './insights-input.ts';
import { checkIn, diaryCard, toolUse, urgeEntry, utc } from './insights-test-data.ts';
import { localHour } from './insights-when.ts';

// 2026-03-02 is a Monday; today is Sunday 2026-03-15.
const input: InsightsInput = {
  today: '2026-03-15',
  period: '4w',
  offsetAt: utc,
  entries: [
    urgeEntry('2026-03-02T08:00:00.000Z', 6, false, { triggers: ['shame', 'loneliness'] }),
    urgeEntry('2026-03-02T21:00:00.000Z', 8, true, { triggers: ['shame'] }),
    urgeEntry('2026-03-04T14:00:00.000Z', 3, false, {
      triggers: ['boredom'],
      ownTriggers: ['Exams'],
    }),
    // 23:30 UTC at UTC+1 is 00:30 on Wednesday the 11th, local.
    urgeEntry('2026-03-10T23:30:00.000Z', 5, false, {
      offsetMinutes: 60,
      triggers: ['loneliness', 'shame'],
    }),
    urgeEntry('2026-03-14T19:00:00.000Z', 0, false),
  ],
  cards: [
    diaryCard('2026-03-02', { urge: 4, acted: true }, { skills: 2, sadness: 3 }),
    diaryCard('2026-03-03', { urge: 2, acted: false }, { skills: 5, sadness: 1 }),
    diaryCard('2026-03-09', { urge: 1, acted: false }, { skills: 4 }),
    diaryCard('2026-03-11', { urge: 3, acted: null }, { skills: 1 }),
  ],
  checkIns: [
    checkIn('phq9', '2026-03-03T09:00:00.000Z', [1, 1, 1, 1, 1, 1, 1, 1, 0]),
    checkIn('phq9', '2026-03-13T09:00:00.000Z', [2, 2, 2, 2, 2, 1, 1, 1, 0]),
    checkIn('gad7', '2026-03-05T09:00:00.000Z', [1, 1, 1, 1, 1, 1, 1]),
  ],
  toolUses: [
    toolUse('breathing', '2026-03-02T08:10:00.000Z', 7, 4),
    toolUse('breathing', '2026-03-09T10:00:00.000Z', 6, 5),
    toolUse('grounding', '2026-03-10T10:00:00.000Z', 5, 5),
    toolUse('tipp', '2026-03-12T10:00:00.000Z'),
  ],
};

describe('computeInsights on a hand-computed fixture', () => {
  const i = computeInsights(input);

  it('covers the last 28 days and counts days with records', () => {
    expect(i.range).toEqual({ from: '2026-02-16', to: '2026-03-15' });
    // 2, 3, 4, 5 (GAD-7), 9, 10 (grounding), 11, 12 (TIPP), 13 (PHQ-9), 14.
    expect(i.daysWithData).toBe(10);
    expect(i.early).toBe(false);
  });

  it('urges over time: daily highest, acted days, ridden out by day and week', () => {
    expect(i.urges.days).toEqual([
      // Acted in the log and on the card: one acted day; the 6 not acted on is ridden out.
      { day: '2026-03-02', highest: 8, acted: true, riddenOut: 1, logged: 2 },
      // A card only: no logged highest; urge 2, not acted on: one ridden out.
      { day: '2026-03-03', highest: null, acted: false, riddenOut: 1, logged: 0 },
      { day: '2026-03-04', highest: 3, acted: false, riddenOut: 1, logged: 1 },
      { day: '2026-03-09', highest: null, acted: false, riddenOut: 1, logged: 0 },
      // The log entry ridden out; the card's blank "acted" adds nothing.
      { day: '2026-03-11', highest: 5, acted: false, riddenOut: 1, logged: 1 },
      // Urge 0 is not an urge ridden out.
      { day: '2026-03-14', highest: 0, acted: false, riddenOut: 0, logged: 1 },
    ]);
    expect(i.urges.weeks).toEqual([
      { start: '2026-03-02', highest: 8, actedDays: 1, riddenOut: 3, logged: 3 },
      { start: '2026-03-09', highest: 5, actedDays: 0, riddenOut: 2, logged: 2 },
    ]);
    expect(i.urges.totals).toEqual({ logged: 5, riddenOut: 5, actedDays: 1, daysWithUrges: 3 });
    expect(i.urges.sentence).toEqual({
      key: 'insights.urges.sentence',
      params: { logged: 5, ridden: 5, acted: 1 },
    });
  });

  it('triggers: most frequent, and before acting (counts only)', () => {
    expect(i.triggers.counts).toEqual([
      { code: 'shame', own: false, count: 3, beforeActing: 1 },
      { code: 'loneliness', own: false, count: 2, beforeActing: 0 },
      { code: 'boredom', own: false, count: 1, beforeActing: 0 },
      { code: 'exams', own: true, count: 1, beforeActing: 0 },
    ]);
    expect(i.triggers.beforeActing.map((t) => [t.code, t.beforeActing])).toEqual([['shame', 1]]);
    expect(i.triggers.entriesWithTriggers).toBe(4);
    expect(i.triggers.sentence.params).toEqual({ trigger: 'shame', count: 3, entries: 4 });
    expect(i.triggers.actedSentence.params).toEqual({ trigger: 'shame', count: 1 });
  });

  it('when: local hour and weekday of each urge', () => {
    // 08 morning, 21 evening (acted), 14 afternoon, 00 night (UTC+1); urge 0 left out.
    expect(i.when.parts).toEqual({
      night: { urges: 1, acted: 0 },
      morning: { urges: 1, acted: 0 },
      afternoon: { urges: 1, acted: 0 },
      evening: { urges: 1, acted: 1 },
    });
    expect(i.when.hours[0]).toEqual({ urges: 1, acted: 0 });
    expect(i.when.hours[21]).toEqual({ urges: 1, acted: 1 });
    // Monday: two; Wednesday: the 4th and the 11th (local).
    expect(i.when.weekdays.map((w) => w.urges)).toEqual([2, 0, 2, 0, 0, 0, 0]);
    expect(i.when.sentence.params).toEqual({
      part: 'night',
      partCount: 1,
      weekday: 0,
      weekdayCount: 2,
    });
  });

  it('what helps: the ranking model per tool, with how sure', () => {
    // Candidates in id order: priors 2, 1.8, 1.6 (two uses' worth each).
    // breathing: (2×2 + 3 + 1) / 4 = 2, sd 2.5/√4; grounding (2×1.8 + 0) / 3 = 1.2.
    expect(i.whatHelps.tools).toEqual([
      {
        tool: 'breathing',
        uses: 2,
        rated: 2,
        expectedDrop: 2,
        uncertainty: 1.25,
        observedDrop: 2,
        sureness: 'early',
      },
      {
        tool: 'grounding',
        uses: 1,
        rated: 1,
        expectedDrop: expect.closeTo(1.2, 10),
        uncertainty: expect.closeTo(2.5 / Math.sqrt(3), 10),
        observedDrop: 0,
        sureness: 'early',
      },
      {
        tool: 'tipp',
        uses: 1,
        rated: 0,
        expectedDrop: expect.closeTo(1.6, 10),
        uncertainty: expect.closeTo(2.5 / Math.sqrt(2), 10),
        observedDrop: null,
        sureness: 'early',
      },
    ]);
    expect(i.whatHelps.sentence).toEqual({
      key: 'insights.helps.sentence.early',
      params: { tool: 'breathing', drop: 2, rated: 2 },
    });
  });

  it('skills and urges on diary days: what went together', () => {
    // Skills 3+: the 3rd (urge 2) and the 9th (urge 1); others: the 2nd (4) and the 11th (3).
    expect(i.skillsUrges.used).toEqual({ days: 2, averageUrge: 1.5 });
    expect(i.skillsUrges.notUsed).toEqual({ days: 2, averageUrge: 3.5 });
    expect(i.skillsUrges.levels[2]).toEqual({ skills: 2, days: 1, averageUrge: 4 });
    expect(i.skillsUrges.levels[7]).toEqual({ skills: 7, days: 0, averageUrge: null });
    expect(i.skillsUrges.sentence).toEqual({
      key: 'insights.skills.sentence',
      params: { usedDays: 2, usedUrge: 1.5, otherDays: 2, otherUrge: 3.5 },
    });
  });

  it('PHQ-9 and GAD-7 with their published bands', () => {
    expect(i.checkIns.phq9.points.map((p) => [p.day, p.total, p.band])).toEqual([
      ['2026-03-03', 8, 'mild'],
      ['2026-03-13', 13, 'moderate'],
    ]);
    expect(i.checkIns.phq9.sentence.params).toEqual({
      instrument: 'phq9',
      count: 2,
      first: 8,
      last: 13,
      max: 27,
      band: 'moderate',
    });
    expect(i.checkIns.gad7.points.map((p) => [p.total, p.band])).toEqual([[7, 'mild']]);
    expect(i.checkIns.gad7.sentence.key).toBe('insights.checkIns.sentence.one');
  });

  it('diary card rows over weeks, blanks left out of averages', () => {
    const [w1, w2] = i.diaryWeeks.weeks;
    expect(w1).toMatchObject({
      start: '2026-03-02',
      cards: 2,
      skills: 3.5,
      skillsDays: 1,
    });
    expect(w1?.targetUrge.selfHarm).toBe(3);
    expect(w1?.targetActed.selfHarm).toBe(1);
    expect(w1?.emotions.sadness).toBe(2);
    expect(w1?.emotions.joy).toBeNull();
    expect(w2).toMatchObject({ start: '2026-03-09', cards: 2, skills: 2.5, skillsDays: 1 });
    expect(w2?.targetUrge.selfHarm).toBe(2);
    expect(w2?.emotions.sadness).toBeNull();
    expect(i.diaryWeeks.sentence.params).toEqual({ weeks: 2, cards: 4 });
  });

  it('the period leaves out older records; "all" starts at the first record', () => {
    const older = urgeEntry('2025-12-01T10:00:00.000Z', 9, true, { triggers: ['loss'] });
    const withOld = { ...input, entries: [...input.entries, older] };
    expect(computeInsights(withOld).urges.totals.logged).toBe(5);
    const all = computeInsights({ ...withOld, period: 'all' });
    expect(all.range.from).toBe('2025-12-01');
    expect(all.urges.totals).toMatchObject({ logged: 6, actedDays: 2 });
    expect(computeInsights({ ...input, period: '3m' }).range.from).toBe('2025-12-15');
    expect(computeInsights({ ...input, period: '1y' }).range.from).toBe('2025-03-16');
  });

  it('a chosen range keeps exactly its days', () => {
    const r = computeInsights({ ...input, today: '2026-03-09', period: { from: '2026-03-04' } });
    expect(r.range).toEqual({ from: '2026-03-04', to: '2026-03-09' });
    expect(r.urges.days.map((d) => d.day)).toEqual(['2026-03-04', '2026-03-09']);
    expect(r.checkIns.gad7.points).toHaveLength(1);
    expect(r.checkIns.phq9.points).toHaveLength(0);
  });

  it('dates a tool use by the injected time zone', () => {
    const late = toolUse('breathing', '2026-03-14T23:30:00.000Z', 5, 2);
    const plusTwo = computeInsights({
      ...input,
      toolUses: [late],
      entries: [],
      cards: [],
      checkIns: [],
      offsetAt: () => 120,
      period: 'all',
    });
    expect(plusTwo.range.from).toBe('2026-03-15');
  });
});

describe('localHour', () => {
  it('reads canonical instants from the text and others through Date.parse, alike', () => {
    expect(localHour('2026-03-10T23:30:00.000Z', 60)).toBe(0);
    expect(localHour('2026-03-10T23:30:00Z', 60)).toBe(0);
    expect(localHour('2026-03-10T02:30:00.000Z', -300)).toBe(21);
    expect(localHour('2026-03-10T02:30:00+00:00', -300)).toBe(21);
    expect(localHour('2026-03-10T10:15:00.000Z', 330)).toBe(15);
  });
});

describe('little or no data', () => {
  it('with nothing, every insight says so', () => {
    const i = computeInsights({ ...input, entries: [], cards: [], checkIns: [], toolUses: [] });
    expect(i.early).toBe(true);
    expect(i.daysWithData).toBe(0);
    expect(i.urges.sentence.key).toBe('insights.urges.sentence.none');
    expect(i.triggers.sentence.key).toBe('insights.triggers.sentence.none');
    expect(i.when.sentence.key).toBe('insights.when.sentence.none');
    expect(i.whatHelps.sentence.key).toBe('insights.helps.sentence.none');
    expect(i.skillsUrges.sentence.key).toBe('insights.skills.sentence.none');
    expect(i.checkIns.phq9.sentence.key).toBe('insights.checkIns.sentence.none');
    expect(i.diaryWeeks.sentence.key).toBe('insights.diary.sentence.none');
  });

  it('with one record, shows it and says it is early days', () => {
    const i = computeInsights({
      ...input,
      entries: [urgeEntry('2026-03-15T10:00:00.000Z', 4, false)],
      cards: [],
      checkIns: [],
      toolUses: [],
    });
    expect(i.early).toBe(true);
    expect(i.urges.totals).toEqual({ logged: 1, riddenOut: 1, actedDays: 0, daysWithUrges: 1 });
    expect(i.when.parts.morning.urges).toBe(1);
  });
});
