import { describe, expect, it } from 'vitest';
import {
  CONTEXT_OTHER_WEIGHT,
  PRIOR_MEAN,
  PRIOR_SPREAD,
  PRIOR_WEIGHT,
  priorMean,
  rankTools,
  seededRandom,
  suggestTool,
  type ToolUse,
} from './what-helps.ts';
import { standardNormal } from './what-helps-random.ts';

const TOOLS = ['urge-surfing', 'breathing', 'grounding', 'tipp'];

let minute = 0;
/** A use with both ratings, a minute after the previous one. */
function use(tool: string, before?: number, after?: number, context?: string[]): ToolUse {
  minute++;
  const startedAt = new Date(Date.UTC(2026, 0, 1, 12, minute)).toISOString();
  return {
    v: 1,
    tool,
    startedAt,
    ...(before === undefined ? {} : { urgeBefore: before }),
    ...(after === undefined ? {} : { urgeAfter: after }),
    ...(context ? { context } : {}),
  };
}

const order = (ranking: { tool: string }[]) => ranking.map((s) => s.tool);

describe('rankTools', () => {
  it('keeps the prior order when there is no data, and says nothing has been tried', () => {
    const ranking = rankTools([], TOOLS);
    expect(order(ranking)).toEqual(TOOLS);
    expect(ranking.map((s) => s.rank)).toEqual([1, 2, 3, 4]);
    expect(ranking.every((s) => s.why.kind === 'untried')).toBe(true);
    expect(ranking[0]?.expectedDrop).toBe(PRIOR_MEAN);
    expect(ranking[3]?.expectedDrop).toBeCloseTo(PRIOR_MEAN - PRIOR_SPREAD);
  });

  it('puts a tool that helped a lot above one that helped a little', () => {
    const uses = [
      use('breathing', 8, 2),
      use('breathing', 7, 2),
      use('breathing', 8, 3),
      use('urge-surfing', 6, 5),
      use('urge-surfing', 6, 5),
      use('urge-surfing', 7, 6),
    ];
    const ranking = rankTools(uses, TOOLS);
    expect(order(ranking).indexOf('breathing')).toBeLessThan(
      order(ranking).indexOf('urge-surfing'),
    );
    expect(ranking[0]?.tool).toBe('breathing');
  });

  it('shrinks a single use towards the prior, and trusts more uses more', () => {
    const one = rankTools([use('tipp', 9, 1)], ['tipp']);
    const five = rankTools(
      [1, 2, 3, 4, 5].map(() => use('tipp', 9, 1)),
      ['tipp'],
    );
    // One use of an 8-point drop: (2·2 + 8) / 3 = 4.
    expect(one[0]?.expectedDrop).toBeCloseTo((PRIOR_WEIGHT * PRIOR_MEAN + 8) / (PRIOR_WEIGHT + 1));
    expect(five[0]?.expectedDrop).toBeGreaterThan(one[0]?.expectedDrop ?? Infinity);
    expect(five[0]?.expectedDrop).toBeLessThan(8);
    expect(five[0]?.uncertainty).toBeLessThan(one[0]?.uncertainty ?? 0);
  });

  it('explains with the last five rated uses: "helped 4 of the last 5 times"', () => {
    const uses = [
      use('breathing', 5, 5), // oldest: outside the last five
      use('breathing', 7, 3),
      use('breathing', 6, 6),
      use('breathing', 8, 4),
      use('breathing', 5, 1),
      use('breathing', 9, 2),
      use('breathing'), // unrated: counted as a use, not in the explanation
    ];
    const [standing] = rankTools(uses, ['breathing']);
    expect(standing?.uses).toBe(7);
    expect(standing?.rated).toBe(6);
    expect(standing?.why).toEqual({
      kind: 'rated',
      helped: 4,
      of: 5,
      averageDrop: (4 + 0 + 4 + 4 + 7) / 5,
      inContext: false,
    });
  });

  it('says when a tool was used but never rated', () => {
    const [standing] = rankTools([use('grounding'), use('grounding', 6)], ['grounding']);
    expect(standing?.why).toEqual({ kind: 'unrated', uses: 2 });
    expect(standing?.expectedDrop).toBe(PRIOR_MEAN);
  });

  it('ignores ratings outside 0–10 and uses of tools that are not candidates', () => {
    const uses = [
      use('breathing', 12, 0),
      use('breathing', Number.NaN, 1),
      use('breathing', 4, -3),
      use('something-else', 10, 0),
    ];
    const ranking = rankTools(uses, ['grounding', 'breathing']);
    expect(order(ranking)).toEqual(['grounding', 'breathing']);
    expect(ranking[1]?.why).toEqual({ kind: 'unrated', uses: 3 });
  });

  it('counts a rise in the urge against a tool, without shame in the data', () => {
    const ranking = rankTools([use('urge-surfing', 3, 6)], TOOLS);
    expect(ranking.at(-1)?.tool).toBe('urge-surfing');
    expect(ranking.at(-1)?.why).toEqual({
      kind: 'rated',
      helped: 0,
      of: 1,
      averageDrop: -3,
      inContext: false,
    });
  });

  it('lists each candidate once even if named twice', () => {
    expect(order(rankTools([], ['tipp', 'tipp', 'breathing']))).toEqual(['tipp', 'breathing']);
  });
});

describe('rankTools in a context', () => {
  const uses = [
    // Breathing helps when angry; grounding helps when lonely.
    use('breathing', 8, 2, ['anger']),
    use('breathing', 8, 3, ['anger']),
    use('breathing', 7, 7, ['loneliness']),
    use('grounding', 8, 2, ['loneliness']),
    use('grounding', 8, 2, ['loneliness']),
    use('grounding', 7, 6, ['anger']),
  ];

  it('leads with what helped in this kind of moment', () => {
    expect(rankTools(uses, TOOLS, { context: ['anger'] })[0]?.tool).toBe('breathing');
    expect(rankTools(uses, TOOLS, { context: ['loneliness'] })[0]?.tool).toBe('grounding');
  });

  it('explains with the uses from this context when there are some', () => {
    const breathing = rankTools(uses, TOOLS, { context: ['anger'] }).find(
      (s) => s.tool === 'breathing',
    );
    expect(breathing?.why).toEqual({
      kind: 'rated',
      helped: 2,
      of: 2,
      averageDrop: 5.5,
      inContext: true,
    });
    const tipp = rankTools([use('tipp', 6, 2, ['boredom'])], TOOLS, { context: ['anger'] }).find(
      (s) => s.tool === 'tipp',
    );
    expect(tipp?.why).toEqual({
      kind: 'rated',
      helped: 1,
      of: 1,
      averageDrop: 4,
      inContext: false,
    });
  });

  it('weighs uses from other contexts less, but keeps them', () => {
    const elsewhere = [use('tipp', 9, 1, ['boredom'])];
    const [standing] = rankTools(elsewhere, ['tipp'], { context: ['anger'] });
    const w = CONTEXT_OTHER_WEIGHT;
    expect(standing?.expectedDrop).toBeCloseTo((PRIOR_WEIGHT * PRIOR_MEAN + w * 8) / (2 + w));
    expect(standing?.expectedDrop).toBeGreaterThan(PRIOR_MEAN);
  });

  it('matches a use on any shared code', () => {
    const [standing] = rankTools([use('tipp', 9, 1, ['shame', 'anger'])], ['tipp'], {
      context: ['anger', 'boredom'],
    });
    expect(standing?.expectedDrop).toBeCloseTo((PRIOR_WEIGHT * PRIOR_MEAN + 8) / 3);
  });
});

describe('suggestTool', () => {
  it('is undefined only with no candidates', () => {
    expect(suggestTool([], [], seededRandom(1))).toBeUndefined();
    expect(suggestTool([], ['tipp'], seededRandom(1))?.tool).toBe('tipp');
  });

  it('with no ratings yet, suggests the first tool in prior order, whatever the seed', () => {
    const unrated = [use('tipp'), use('grounding', 5)];
    for (let seed = 0; seed < 200; seed++) {
      expect(suggestTool([], TOOLS, seededRandom(seed))).toEqual({
        tool: 'urge-surfing',
        why: { kind: 'untried' },
        exploring: false,
      });
      expect(suggestTool(unrated, TOOLS, seededRandom(seed))?.tool).toBe('urge-surfing');
    }
  });

  it('usually suggests the clear favourite, and an untried tool now and then', () => {
    const uses = [1, 2, 3, 4, 5].map(() => use('breathing', 8, 4));
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++) {
      const s = suggestTool(uses, ['breathing', 'grounding'], seededRandom(seed));
      counts.set(s?.tool ?? '', (counts.get(s?.tool ?? '') ?? 0) + 1);
      if (s?.tool === 'grounding') {
        expect(s.exploring).toBe(true);
        expect(s.why).toEqual({ kind: 'untried' });
      }
    }
    const untried = counts.get('grounding') ?? 0;
    expect(untried).toBeGreaterThan(50);
    expect(untried).toBeLessThan(800);
  });

  it('explores less as the evidence for the favourite grows', () => {
    const explored = (n: number) => {
      const uses = Array.from({ length: n }, () => use('breathing', 9, 3));
      let count = 0;
      for (let seed = 0; seed < 1000; seed++) {
        if (suggestTool(uses, ['breathing', 'tipp'], seededRandom(seed))?.exploring) count++;
      }
      return count;
    };
    expect(explored(12)).toBeLessThan(explored(2));
  });
});

describe('the prior and the random source', () => {
  it('spreads prior means evenly from PRIOR_MEAN down by PRIOR_SPREAD', () => {
    expect(priorMean(0, 1)).toBe(PRIOR_MEAN);
    expect(priorMean(0, 5)).toBe(PRIOR_MEAN);
    expect(priorMean(4, 5)).toBeCloseTo(PRIOR_MEAN - PRIOR_SPREAD);
    expect(priorMean(2, 5)).toBeCloseTo(PRIOR_MEAN - PRIOR_SPREAD / 2);
  });

  it('gives the same sequence for the same seed and numbers in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });

  it('draws normals with mean about 0 and spread about 1', () => {
    const random = seededRandom(7);
    const zs = Array.from({ length: 20000 }, () => standardNormal(random));
    const mean = zs.reduce((s, z) => s + z, 0) / zs.length;
    const variance = zs.reduce((s, z) => s + (z - mean) ** 2, 0) / zs.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
    expect(zs.every(Number.isFinite)).toBe(true);
  });
});
