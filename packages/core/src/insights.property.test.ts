// The promises insights keep whatever the records: acting on an urge adds information and never
// lowers any count; the order records come in never changes a figure; empty and single-record
// inputs work.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckIn } from './assessments.ts';
import { addDays } from './calendar-day.ts';
import { computeInsights, type Insights } from './insights.ts';
import type { InsightsInput, Period } from './insights-input.ts';
import { checkIn, diaryCard, toolUse, urgeEntry } from './insights-test-data.ts';
import type { TriggerCode } from './triggers.ts';
import type { UrgeEntry } from './urge-log.ts';

const TODAY = '2026-06-15';
const instantArb = fc
  .integer({ min: -400 * 24 * 60, max: 0 })
  .map((m) => new Date(Date.parse(`${TODAY}T12:00:00.000Z`) + m * 60_000).toISOString());
const offsetArb = fc.constantFrom(-300, 0, 60, 330);
const triggerArb = fc.constantFrom<TriggerCode>('shame', 'loneliness', 'boredom', 'loss');

const entryArb: fc.Arbitrary<UrgeEntry> = fc
  .record({
    at: instantArb,
    urge: fc.integer({ min: 0, max: 10 }),
    acted: fc.boolean(),
    offsetMinutes: offsetArb,
    triggers: fc.uniqueArray(triggerArb, { maxLength: 3 }),
    ownTriggers: fc.array(fc.constantFrom('Exams', 'exams', 'work'), { maxLength: 2 }),
  })
  .map(({ at, urge, acted, ...more }) => urgeEntry(at, urge, acted, more));

const cardsArb = fc
  .uniqueArray(
    fc.record({
      day: fc.integer({ min: -400, max: 0 }).map((n) => addDays(TODAY, n)),
      urge: fc.option(fc.integer({ min: 0, max: 5 })),
      acted: fc.option(fc.boolean()),
      skills: fc.option(fc.integer({ min: 0, max: 7 })),
      sadness: fc.option(fc.integer({ min: 0, max: 5 })),
    }),
    { selector: (c) => c.day, maxLength: 25 },
  )
  .map((cards) =>
    cards.map((c) =>
      diaryCard(c.day, { urge: c.urge, acted: c.acted }, { skills: c.skills, sadness: c.sadness }),
    ),
  );

const checkInArb: fc.Arbitrary<CheckIn> = fc.oneof(
  fc
    .tuple(instantArb, fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }))
    .map(([at, a]) => checkIn('phq9', at, a)),
  fc
    .tuple(instantArb, fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 7, maxLength: 7 }))
    .map(([at, a]) => checkIn('gad7', at, a)),
);

const toolUseArb = fc
  .record({
    tool: fc.constantFrom('breathing', 'grounding', 'tipp'),
    at: instantArb,
    before: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    after: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  })
  .map((u) => toolUse(u.tool, u.at, u.before, u.after));

const periodArb = fc.constantFrom<Period>('4w', '3m', '1y', 'all');

const inputArb: fc.Arbitrary<InsightsInput> = fc.record({
  today: fc.constant(TODAY),
  period: periodArb,
  entries: fc.array(entryArb, { maxLength: 30 }),
  cards: cardsArb,
  checkIns: fc.array(checkInArb, { maxLength: 6 }),
  toolUses: fc.array(toolUseArb, { maxLength: 15 }),
  offsetAt: fc.constant(() => 60),
});

/** Every count the insights show, by a name, so two results can be compared figure by figure. */
function counts(i: Insights): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of Object.entries(i.urges.totals)) out.set(`urges.${k}`, v);
  for (const w of i.urges.weeks) {
    out.set(`week.${w.start}.ridden`, w.riddenOut);
    out.set(`week.${w.start}.acted`, w.actedDays);
    out.set(`week.${w.start}.logged`, w.logged);
  }
  for (const t of i.triggers.counts) {
    out.set(`trigger.${t.code}`, t.count);
    out.set(`trigger.${t.code}.acted`, t.beforeActing);
  }
  out.set('triggers.entries', i.triggers.entriesWithTriggers);
  i.when.hours.forEach((h, n) => {
    out.set(`hour.${n}`, h.urges);
    out.set(`hour.${n}.acted`, h.acted);
  });
  i.when.weekdays.forEach((h, n) => {
    out.set(`weekday.${n}`, h.urges);
    out.set(`weekday.${n}.acted`, h.acted);
  });
  for (const tool of i.whatHelps.tools) out.set(`tool.${tool.tool}`, tool.uses);
  out.set('skills.used', i.skillsUrges.used.days);
  out.set('skills.other', i.skillsUrges.notUsed.days);
  out.set('phq9', i.checkIns.phq9.points.length);
  out.set('gad7', i.checkIns.gad7.points.length);
  out.set('diary.weeks', i.diaryWeeks.weeks.length);
  out.set('days', i.daysWithData);
  return out;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// 200 runs each: under a second on an idle machine, many seconds on a busy one.
describe('insights properties', () => {
  it('adding an act never lowers any count', () => {
    fc.assert(
      fc.property(inputArb, entryArb, (input, extra) => {
        const before = counts(computeInsights(input));
        const act = { ...extra, acted: true };
        const after = counts(computeInsights({ ...input, entries: [...input.entries, act] }));
        for (const [name, value] of before) {
          expect(after.get(name) ?? 0, name).toBeGreaterThanOrEqual(value);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('the order of the records does not matter', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 1e6 }), (input, seed) => {
        const reordered = {
          ...input,
          entries: shuffled(input.entries, seed),
          cards: shuffled(input.cards, seed + 1),
          checkIns: shuffled(input.checkIns, seed + 2),
          toolUses: shuffled(input.toolUses, seed + 3),
        };
        expect(computeInsights(reordered)).toEqual(computeInsights(input));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('empty input and any one record work, for every period', () => {
    const empty = { today: TODAY, entries: [], cards: [], checkIns: [], toolUses: [] };
    fc.assert(
      fc.property(
        periodArb,
        fc.oneof(
          entryArb.map((e) => ({ entries: [e] })),
          cardsArb.map((c) => ({ cards: c.slice(0, 1) })),
          checkInArb.map((c) => ({ checkIns: [c] })),
          toolUseArb.map((u) => ({ toolUses: [u] })),
        ),
        (period, one) => {
          const none = computeInsights({ ...empty, period, offsetAt: () => 0 });
          expect(none.daysWithData).toBe(0);
          expect(none.early).toBe(true);
          const single = computeInsights({ ...empty, period, offsetAt: () => 0, ...one });
          expect(single.daysWithData).toBeLessThanOrEqual(1);
          expect(single.early).toBe(true);
        },
      ),
    );
  });
});
