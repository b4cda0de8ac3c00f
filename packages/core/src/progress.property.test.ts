// Property tests for the promises the product makes about progress: a relapse adds information
// and takes nothing away; the figures do not depend on the order entries were made in; and a day
// is the day the person lived, whatever time zone they are in later.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, stampIn } from './calendar-day.ts';
import { computeProgress, type ProgressCard, type ProgressEntry } from './progress.ts';

const TODAY = '2026-06-15';
const dayArb = fc.integer({ min: -120, max: 0 }).map((n) => addDays(TODAY, n));

const entryArb: fc.Arbitrary<ProgressEntry> = fc.record({
  day: dayArb,
  urge: fc.integer({ min: 0, max: 10 }),
  acted: fc.boolean(),
  helped: fc.array(fc.constantFrom('breathing', 'urge-surfing', 'grounding', 'tipp'), {
    maxLength: 3,
  }),
  helpedOther: fc.constantFrom('', 'a walk', '  '),
});

const cardsArb: fc.Arbitrary<ProgressCard[]> = fc
  .uniqueArray(
    fc.record({
      day: dayArb,
      targets: fc.record({
        selfHarm: fc.record({
          urge: fc.option(fc.integer({ min: 0, max: 5 })),
          acted: fc.option(fc.boolean()),
        }),
      }),
      skills: fc.option(fc.integer({ min: 0, max: 7 })),
    }),
    { selector: (c) => c.day, maxLength: 20 },
  )
  .map((cards) => cards as ProgressCard[]);

const toolUsesArb = fc.array(
  fc.record({ day: dayArb, toolId: fc.constantFrom('breathing', 'grounding') }),
  { maxLength: 10 },
);

const historyArb = fc.record({
  entries: fc.array(entryArb, { maxLength: 40 }),
  cards: cardsArb,
  toolUses: toolUsesArb,
});

/** A relapse as the app logs it: dated now (today), or after travel on a later local date. */
const relapseNowArb = fc.record({
  day: fc.integer({ min: 0, max: 1 }).map((n) => addDays(TODAY, n)),
  urge: fc.integer({ min: 0, max: 10 }),
  acted: fc.constant(true),
  helped: fc.array(fc.constantFrom('breathing', 'grounding'), { maxLength: 2 }),
  helpedOther: fc.constantFrom('', 'talked to someone'),
});

const relapseAnyDayArb = entryArb.map((e) => ({ ...e, acted: true }));

describe('progress properties', () => {
  it('logging a relapse now never lowers free days, stretches, urges ridden out or skills', () => {
    fc.assert(
      fc.property(historyArb, relapseNowArb, (history, relapse) => {
        const before = computeProgress({ today: TODAY, ...history });
        const after = computeProgress({
          today: TODAY,
          ...history,
          entries: [...history.entries, relapse],
        });
        expect(after.freeDaysTotal).toBeGreaterThanOrEqual(before.freeDaysTotal);
        expect(after.freeDaysThisMonth).toBeGreaterThanOrEqual(before.freeDaysThisMonth);
        expect(after.longestStretch).toBeGreaterThanOrEqual(before.longestStretch);
        expect(after.urgesRiddenOut).toBeGreaterThanOrEqual(before.urgesRiddenOut);
        expect(after.skillsPractised).toBeGreaterThanOrEqual(before.skillsPractised);
      }),
      { numRuns: 400 },
    );
  });

  it('a relapse logged for an earlier day changes only that day: at most one free day less', () => {
    fc.assert(
      fc.property(historyArb, relapseAnyDayArb, (history, relapse) => {
        const before = computeProgress({ today: TODAY, ...history });
        const after = computeProgress({
          today: TODAY,
          ...history,
          entries: [...history.entries, relapse],
        });
        expect(after.freeDaysTotal).toBeGreaterThanOrEqual(before.freeDaysTotal - 1);
        expect(after.urgesRiddenOut).toBeGreaterThanOrEqual(before.urgesRiddenOut);
        expect(after.skillsPractised).toBeGreaterThanOrEqual(before.skillsPractised);
      }),
      { numRuns: 400 },
    );
  });

  it('a diary card recording a relapse today never lowers the figures either', () => {
    fc.assert(
      fc.property(historyArb, fc.option(fc.integer({ min: 0, max: 7 })), (history, skills) => {
        const cards = history.cards.filter((c) => c.day !== TODAY);
        const before = computeProgress({ today: TODAY, ...history, cards });
        const relapseCard: ProgressCard = {
          day: TODAY,
          targets: { selfHarm: { urge: 4, acted: true } },
          skills,
        };
        const after = computeProgress({ today: TODAY, ...history, cards: [...cards, relapseCard] });
        expect(after.freeDaysTotal).toBeGreaterThanOrEqual(before.freeDaysTotal);
        expect(after.urgesRiddenOut).toBeGreaterThanOrEqual(before.urgesRiddenOut);
        expect(after.skillsPractised).toBeGreaterThanOrEqual(before.skillsPractised);
      }),
      { numRuns: 200 },
    );
  });

  it('the figures do not depend on the order entries were made in', () => {
    fc.assert(
      fc.property(
        historyArb.chain((h) =>
          fc.record({
            history: fc.constant(h),
            entries: fc.shuffledSubarray(h.entries, {
              minLength: h.entries.length,
              maxLength: h.entries.length,
            }),
            cards: fc.shuffledSubarray(h.cards, {
              minLength: h.cards.length,
              maxLength: h.cards.length,
            }),
            toolUses: fc.shuffledSubarray(h.toolUses, {
              minLength: h.toolUses.length,
              maxLength: h.toolUses.length,
            }),
          }),
        ),
        ({ history, entries, cards, toolUses }) => {
          expect(computeProgress({ today: TODAY, entries, cards, toolUses })).toEqual(
            computeProgress({ today: TODAY, ...history }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('free days and days with an episode add up to the days counted', () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const p = computeProgress({ today: TODAY, ...history });
        const episodeDays = new Set([
          ...history.entries.filter((e) => e.acted).map((e) => e.day),
          ...history.cards.filter((c) => c.targets.selfHarm.acted === true).map((c) => c.day),
        ]);
        const counted = [...episodeDays].filter((d) => d < TODAY).length;
        expect(p.freeDaysTotal + counted).toBe(p.countedDays);
        expect(p.longestStretch).toBeLessThanOrEqual(p.freeDaysTotal);
        expect(p.currentStretch).toBeLessThanOrEqual(p.longestStretch);
        expect(p.freeDaysThisMonth).toBeLessThanOrEqual(p.freeDaysTotal);
      }),
      { numRuns: 300 },
    );
  });

  it('total free days never go down as days pass with nothing new logged', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 1, max: 60 }), (history, later) => {
        const now = computeProgress({ today: TODAY, ...history });
        const then = computeProgress({ today: addDays(TODAY, later), ...history });
        expect(then.freeDaysTotal).toBeGreaterThanOrEqual(now.freeDaysTotal);
        expect(then.longestStretch).toBeGreaterThanOrEqual(now.longestStretch);
        expect(then.urgesRiddenOut).toBe(now.urgesRiddenOut);
      }),
      { numRuns: 200 },
    );
  });

  it('time-zone travel and DST changes do not move a day', () => {
    // The same moments, lived by a person who flies between zones (and through DST changes):
    // each entry is stamped in the zone the person was in when they made it. Viewing the figures
    // later, from any zone, uses those stored days, so they are the same wherever the person is.
    const zones = [
      'Europe/London',
      'America/New_York',
      'Australia/Sydney',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ];
    const start = Date.parse('2026-03-01T00:00:00Z');
    const end = Date.parse('2026-04-10T00:00:00Z');
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            ms: fc.integer({ min: start, max: end }),
            zone: fc.constantFrom(...zones),
            acted: fc.boolean(),
          }),
          { minLength: 1, maxLength: 25 },
        ),
        fc.constantFrom(...zones),
        (moments, viewerZone) => {
          const entries = moments.map((m) => ({
            ...stampIn(m.zone, m.ms),
            urge: 5,
            acted: m.acted,
            helped: [],
            helpedOther: '',
          }));
          const today = stampIn(viewerZone, Date.parse('2026-04-20T12:00:00Z')).day;
          const figures = computeProgress({ today, entries, cards: [] });
          // Re-stamping every entry in the viewer's zone would move some of them to another
          // day; the stored stamps must not be re-derived, and these are the days they hold.
          for (const [i, m] of moments.entries()) {
            expect(entries[i]?.day).toBe(stampIn(m.zone, m.ms).day);
          }
          // And the figures are the same whichever offset each stamp carries, given its day.
          const shifted = entries.map((e) => ({ ...e, offsetMinutes: 0, at: '1970-01-01' }));
          expect(computeProgress({ today, entries: shifted, cards: [] })).toEqual(figures);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('an entry made just after midnight local time counts on its local day, across DST', () => {
    // 00:30 in London on the day the clocks go forward (still GMT then): 29 March, not the 28th.
    const london = stampIn('Europe/London', Date.parse('2026-03-29T00:30:00Z'));
    // 00:30 in New York the day after clocks go back (EST, UTC-5): 2 November.
    const newYork = stampIn('America/New_York', Date.parse('2026-11-02T05:30:00Z'));
    const p = computeProgress({
      today: '2026-11-10',
      entries: [
        { ...london, urge: 3, acted: false, helped: [], helpedOther: '' },
        { ...newYork, urge: 3, acted: true, helped: [], helpedOther: '' },
      ],
      cards: [],
    });
    expect(london.day).toBe('2026-03-29');
    expect(newYork.day).toBe('2026-11-02');
    expect(p.firstDay).toBe('2026-03-29');
    // 29 March .. 9 November inclusive, less the one episode day.
    expect(p.countedDays).toBe(226);
    expect(p.freeDaysTotal).toBe(225);
  });
});
