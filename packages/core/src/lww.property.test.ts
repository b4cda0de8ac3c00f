// The merge's promise: whatever order, duplication, delay or retry the same changes arrive in,
// every device ends with the same records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHlc, encodeHlc } from './hlc.ts';
import {
  applyChange,
  type Change,
  changeKey,
  type LwwState,
  liveRecords,
  mergeStates,
  wins,
} from './lww.ts';

const KINDS = ['urge-log', 'safety-plan'];
const IDS = ['a', 'b', 'c'];

/** Devices writing over time, each with its own clock, sometimes hearing from the others. */
const changeSet = fc
  .array(
    fc.record({
      device: fc.constantFrom('A', 'B', 'C'),
      advance: fc.integer({ min: 0, max: 3 }),
      kind: fc.constantFrom(...KINDS),
      id: fc.constantFrom(...IDS),
      del: fc.boolean(),
      value: fc.integer({ min: 0, max: 5 }),
      hear: fc.option(fc.nat(), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((steps) => {
    let t = 1_000;
    const clocks = new Map(['A', 'B', 'C'].map((d) => [d, createHlc({ device: d, now: () => t })]));
    const out: Change<number>[] = [];
    for (const s of steps) {
      t += s.advance;
      const clock = clocks.get(s.device);
      if (!clock) throw new Error('no clock');
      if (s.hear !== undefined && out.length > 0) {
        const heard = out[s.hear % out.length] as Change<number>;
        const [wall, counter] = [heard.hlc.slice(0, 10), heard.hlc.slice(10, 15)];
        clock.receive({
          wall: Number.parseInt(wall, 36),
          counter: Number.parseInt(counter, 36),
          device: heard.hlc.slice(15),
        });
      }
      const hlc = encodeHlc(clock.tick());
      out.push(
        s.del
          ? { op: 'del', kind: s.kind, id: s.id, hlc }
          : { op: 'put', kind: s.kind, id: s.id, hlc, value: s.value },
      );
    }
    return out;
  });

/** A delivery: the changes shuffled, some duplicated, some dropped and retried at the end. */
function deliver(changes: Change<number>[]) {
  return fc
    .tuple(
      fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length }),
      fc.array(fc.nat(), { maxLength: 10 }),
      fc.array(fc.boolean(), { minLength: changes.length, maxLength: changes.length }),
    )
    .map(([order, dups, drops]) => {
      const first = order.filter((_, i) => !drops[i]);
      const retried = order.filter((_, i) => drops[i]);
      const extra = dups.map((n) => order[n % order.length] as Change<number>);
      return [...first, ...extra, ...retried, ...extra.slice(0, 2)];
    });
}

const replay = (changes: readonly Change<number>[]): LwwState<number> => {
  const state: LwwState<number> = new Map();
  for (const c of changes) applyChange(state, c);
  return state;
};

/** The reference answer: per record, the change with the largest stamp. */
function reference(changes: readonly Change<number>[]) {
  const best = new Map<string, Change<number>>();
  for (const c of changes) {
    const key = changeKey(c.kind, c.id);
    const held = best.get(key);
    if (!held || c.hlc > held.hlc) best.set(key, c);
  }
  return best;
}

describe('last-writer-wins merge', () => {
  it('converges on every replica whatever the order, duplicates and drops-then-retries', () => {
    fc.assert(
      fc.property(
        changeSet.chain((cs) => fc.tuple(fc.constant(cs), deliver(cs), deliver(cs), deliver(cs))),
        ([changes, r1, r2, r3]) => {
          const expected = reference(changes);
          for (const delivery of [r1, r2, r3]) expect(replay(delivery)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(changeSet, fc.nat(), fc.nat(), (changes, i, j) => {
        const cut1 = i % (changes.length + 1);
        const cut2 = cut1 + (j % (changes.length - cut1 + 1));
        const a = replay(changes.slice(0, cut1));
        const b = replay(changes.slice(cut1, cut2));
        const c = replay(changes.slice(cut2));
        expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
        expect(mergeStates(mergeStates(a, b), c)).toEqual(mergeStates(a, mergeStates(b, c)));
        expect(mergeStates(a, a)).toEqual(a);
        expect(mergeStates(mergeStates(a, b), b)).toEqual(mergeStates(a, b));
      }),
      { numRuns: 300 },
    );
  });

  it('a tombstone beats older writes and loses to newer ones', () => {
    const put = (hlc: string, value: number): Change<number> => ({
      op: 'put',
      kind: 'urge-log',
      id: 'x',
      hlc,
      value,
    });
    const del: Change<number> = { op: 'del', kind: 'urge-log', id: 'x', hlc: 't5' };
    for (const order of [
      [put('t1', 1), del],
      [del, put('t1', 1)],
    ]) {
      expect(liveRecords(replay(order)).size).toBe(0);
    }
    for (const order of [
      [put('t9', 2), del],
      [del, put('t9', 2)],
    ]) {
      expect([...liveRecords(replay(order)).values()]).toEqual([2]);
    }
    expect(wins(del, put('t1', 1))).toBe(true);
    expect(wins(del, put('t9', 1))).toBe(false);
    expect(wins(del, del)).toBe(false);
  });

  it('orders two changes with one stamp the same way everywhere (a forged or buggy duplicate)', () => {
    const a: Change<number> = { op: 'put', kind: 'k', id: 'x', hlc: 't1', value: 1 };
    const b: Change<number> = { op: 'put', kind: 'k', id: 'x', hlc: 't1', value: 2 };
    expect(replay([a, b])).toEqual(replay([b, a]));
  });
});
