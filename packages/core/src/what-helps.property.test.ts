// Property tests for "what helps me": the promises the ranking makes, checked over many
// generated histories rather than a few hand-picked ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priorMean, rankTools, seededRandom, suggestTool, type ToolUse } from './what-helps.ts';

const CODES = ['shame', 'anger', 'loneliness', 'boredom', 'sadness'] as const;

/** 2–8 distinct tool ids, in a random prior order. */
const candidatesArb: fc.Arbitrary<string[]> = fc.uniqueArray(
  fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
  { minLength: 2, maxLength: 8 },
);

/** A valid (before, after) pair whose drop is exactly `drop` (which may be negative). */
const ratingWithDrop = (drop: number) =>
  fc
    .integer({ min: Math.max(0, drop), max: Math.min(10, 10 + drop) })
    .map((before) => ({ urgeBefore: before, urgeAfter: before - drop }));

/** Any use of one of `tools`: rated or not, with or without a context. */
const useArb = (tools: readonly string[]) =>
  fc.record(
    {
      tool: fc.constantFrom(...tools),
      minute: fc.integer({ min: 0, max: 100_000 }),
      urgeBefore: fc.integer({ min: 0, max: 10 }),
      urgeAfter: fc.integer({ min: 0, max: 10 }),
      context: fc.uniqueArray(fc.constantFrom(...CODES), { maxLength: 2 }),
    },
    { requiredKeys: ['tool', 'minute'] },
  );

function toUse(u: {
  tool: string;
  minute: number;
  urgeBefore?: number;
  urgeAfter?: number;
  context?: string[];
}): ToolUse {
  const { minute, ...rest } = u;
  return {
    v: 1,
    startedAt: new Date(Date.UTC(2026, 0, 1) + minute * 60_000).toISOString(),
    ...rest,
  };
}

/** Candidates plus a history over them (and over a tool that is not a candidate). */
const historyArb = candidatesArb.chain((candidates) =>
  fc.record({
    candidates: fc.constant(candidates),
    uses: fc.array(useArb([...candidates, 'not-a-candidate']), { maxLength: 40 }).map((us) =>
      // Distinct start times, so "the last five" is well defined whatever the input order.
      us.filter((u, i) => us.findIndex((v) => v.minute === u.minute) === i).map(toUse),
    ),
    context: fc.uniqueArray(fc.constantFrom(...CODES), { maxLength: 2 }),
    seed: fc.integer(),
  }),
);

const tools = (ranking: { tool: string }[]) => ranking.map((s) => s.tool);

describe('what helps me: properties', () => {
  it('with no data, the ranking is the prior order', () => {
    fc.assert(
      fc.property(candidatesArb, fc.uniqueArray(fc.constantFrom(...CODES)), (candidates, ctx) => {
        expect(tools(rankTools([], candidates))).toEqual(candidates);
        expect(tools(rankTools([], candidates, { context: ctx }))).toEqual(candidates);
      }),
    );
  });

  it('a tool with consistently larger drops ranks above one with smaller drops', () => {
    // Every drop for tool a is at least one point larger than every drop for tool b, over the
    // same number of uses; other tools may have any history at all.
    const caseArb = fc
      .record({
        h: historyArb,
        k: fc.integer({ min: 1, max: 6 }),
        floor: fc.integer({ min: -3, max: 9 }),
        pick: fc.nat(),
      })
      .chain(({ h, k, floor, pick }) =>
        fc.record({
          h: fc.constant(h),
          pick: fc.constant(pick),
          big: fc.array(fc.integer({ min: floor + 1, max: 10 }).chain(ratingWithDrop), {
            minLength: k,
            maxLength: k,
          }),
          small: fc.array(fc.integer({ min: -10, max: floor }).chain(ratingWithDrop), {
            minLength: k,
            maxLength: k,
          }),
        }),
      );
    fc.assert(
      fc.property(caseArb, ({ h, pick, big, small }) => {
        const a = h.candidates[pick % h.candidates.length] as string;
        const b = h.candidates[(pick + 1) % h.candidates.length] as string;
        const uses = [
          ...h.uses.filter((u) => u.tool !== a && u.tool !== b),
          ...big.map((r, i) => toUse({ tool: a, minute: 200_000 + i, ...r })),
          ...small.map((r, i) => toUse({ tool: b, minute: 300_000 + i, ...r })),
        ];
        const order = tools(rankTools(uses, h.candidates));
        expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
      }),
    );
  });

  it('suggestions are deterministic for a fixed seed, and always a candidate', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const first = suggestTool(h.uses, h.candidates, seededRandom(h.seed), {
          context: h.context,
        });
        const again = suggestTool(h.uses, h.candidates, seededRandom(h.seed), {
          context: h.context,
        });
        expect(again).toEqual(first);
        expect(h.candidates).toContain(first?.tool);
      }),
    );
  });

  it('does not depend on the order the uses are listed in', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const reversed = [...h.uses].reverse();
        const opts = { context: h.context };
        expect(rankTools(reversed, h.candidates, opts)).toEqual(
          rankTools(h.uses, h.candidates, opts),
        );
      }),
    );
  });

  it('a context never removes a tool from the ranking', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const ranked = tools(rankTools(h.uses, h.candidates, { context: h.context }));
        expect([...ranked].sort()).toEqual([...h.candidates].sort());
      }),
    );
  });

  it('context narrows without starving: evidence from other moments is weighed less, not lost', () => {
    fc.assert(
      fc.property(
        candidatesArb,
        fc.nat(),
        fc.array(fc.integer({ min: -5, max: 10 }).chain(ratingWithDrop), {
          minLength: 1,
          maxLength: 6,
        }),
        (candidates, pick, ratings) => {
          const tool = candidates[pick % candidates.length] as string;
          const uses = ratings.map((r, i) =>
            toUse({ tool, minute: i, context: ['boredom'], ...r }),
          );
          const find = (ctx?: string[]) =>
            rankTools(uses, candidates, ctx ? { context: ctx } : {}).find((s) => s.tool === tool);
          const prior = priorMean(candidates.indexOf(tool), candidates.length);
          const all = find()?.expectedDrop ?? Number.NaN;
          const elsewhere = find(['anger'])?.expectedDrop ?? Number.NaN;
          const here = find(['boredom'])?.expectedDrop ?? Number.NaN;
          // Matching context: the same as using every use.
          expect(here).toBeCloseTo(all, 10);
          // A different context: between the prior and the full estimate (shrunk, not reset).
          const lo = Math.min(prior, all);
          const hi = Math.max(prior, all);
          expect(elsewhere).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(elsewhere).toBeLessThanOrEqual(hi + 1e-9);
          if (Math.abs(all - prior) > 1e-9) expect(elsewhere).not.toBeCloseTo(prior, 10);
        },
      ),
    );
  });

  it('a context moves the ranking towards tools that helped in that context', () => {
    fc.assert(
      fc.property(
        candidatesArb,
        fc.nat(),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 3, max: 10 }),
        (candidates, pick, k, drop) => {
          const a = candidates[pick % candidates.length] as string;
          const b = candidates[(pick + 1) % candidates.length] as string;
          // The same drops for both tools; a's came when angry, b's when bored.
          const uses = Array.from({ length: k }, (_, i) => [
            toUse({
              tool: a,
              minute: 2 * i,
              urgeBefore: 10,
              urgeAfter: 10 - drop,
              context: ['anger'],
            }),
            toUse({
              tool: b,
              minute: 2 * i + 1,
              urgeBefore: 10,
              urgeAfter: 10 - drop,
              context: ['boredom'],
            }),
          ]).flat();
          const gap = (ctx?: string[]) => {
            const r = rankTools(uses, candidates, ctx ? { context: ctx } : {});
            const get = (t: string) => r.find((s) => s.tool === t)?.expectedDrop ?? Number.NaN;
            return get(a) - get(b);
          };
          expect(gap(['anger'])).toBeGreaterThan(gap());
          expect(gap(['boredom'])).toBeLessThan(gap());
        },
      ),
    );
  });
});
