import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, createHlc, decodeHlc, encodeHlc, type Hlc, MAX_DRIFT_MS } from './hlc.ts';

const clockAt = (start: number) => {
  let t = start;
  return { now: () => t, set: (v: number) => (t = v) };
};

describe('hybrid logical clock', () => {
  it('follows the wall clock and counts events within one millisecond', () => {
    const wall = clockAt(1_000);
    const hlc = createHlc({ device: 'devA', now: wall.now });
    expect(hlc.tick()).toEqual({ wall: 1_000, counter: 0, device: 'devA' });
    expect(hlc.tick()).toEqual({ wall: 1_000, counter: 1, device: 'devA' });
    wall.set(1_005);
    expect(hlc.tick()).toEqual({ wall: 1_005, counter: 0, device: 'devA' });
  });

  it('never goes backwards when the wall clock does', () => {
    const wall = clockAt(5_000);
    const hlc = createHlc({ device: 'devA', now: wall.now });
    const a = hlc.tick();
    wall.set(1_000);
    const b = hlc.tick();
    expect(compareHlc(b, a)).toBeGreaterThan(0);
    expect(b).toEqual({ wall: 5_000, counter: 1, device: 'devA' });
  });

  it('moves past a received stamp so the next local write is later', () => {
    const wall = clockAt(1_000);
    const hlc = createHlc({ device: 'devA', now: wall.now });
    hlc.tick();
    const remote: Hlc = { wall: 9_000, counter: 4, device: 'devB' };
    hlc.receive(remote);
    const next = hlc.tick();
    expect(compareHlc(next, remote)).toBeGreaterThan(0);
    expect(next.wall).toBe(9_000);
  });

  it('does not adopt a stamp from a device whose clock is a day ahead', () => {
    const wall = clockAt(1_000);
    const hlc = createHlc({ device: 'devA', now: wall.now });
    hlc.receive({ wall: 1_000 + MAX_DRIFT_MS + 1, counter: 0, device: 'devB' });
    expect(hlc.tick().wall).toBe(1_000);
  });

  it('restarts from a saved stamp', () => {
    const wall = clockAt(10);
    const hlc = createHlc({
      device: 'devA',
      now: wall.now,
      last: { wall: 99, counter: 3, device: 'devA' },
    });
    expect(hlc.tick()).toEqual({ wall: 99, counter: 4, device: 'devA' });
  });

  it('breaks a tie between devices by device id', () => {
    const a = { wall: 1, counter: 0, device: 'A' };
    const b = { wall: 1, counter: 0, device: 'B' };
    expect(compareHlc(a, b)).toBeLessThan(0);
    expect(compareHlc(b, a)).toBeGreaterThan(0);
    expect(compareHlc(a, { ...a })).toBe(0);
  });

  it('refuses an invalid device id', () => {
    expect(() => createHlc({ device: 'has space', now: () => 0 })).toThrow(TypeError);
    expect(() => createHlc({ device: '', now: () => 0 })).toThrow(TypeError);
  });

  it('encodes to fixed-width text whose string order is clock order, and decodes back', () => {
    expect(encodeHlc({ wall: 1_767_225_600_000, counter: 7, device: 'dev-1' })).toBe(
      `${(1_767_225_600_000).toString(36).padStart(10, '0')}00007dev-1`,
    );
    const stamp = fc.record({
      wall: fc.integer({ min: 0, max: 2 ** 47 }),
      counter: fc.integer({ min: 0, max: 60_000_000 }),
      device: fc.constantFrom('A', 'B', 'dev-1', 'Zz_9'),
    });
    fc.assert(
      fc.property(stamp, stamp, (a, b) => {
        expect(decodeHlc(encodeHlc(a))).toEqual(a);
        const byText = encodeHlc(a) < encodeHlc(b) ? -1 : encodeHlc(a) > encodeHlc(b) ? 1 : 0;
        expect(byText).toBe(Math.sign(compareHlc(a, b)));
      }),
    );
  });

  it('decodes only what it encodes', () => {
    for (const bad of [
      '',
      '0000000000',
      '00000000000000',
      'ZZZZZZZZZZ00000a',
      '000000000000000a b',
    ]) {
      expect(decodeHlc(bad)).toBeUndefined();
    }
    // Any text at all: what decodes is exactly what encodeHlc gives back for it.
    const near = fc.stringMatching(/^[0-9a-zA-Z+_ -]{14,20}$/);
    const edits = fc.oneof(
      fc.string(),
      near,
      fc
        .tuple(fc.integer({ min: 0, max: 36 ** 10 - 1 }), fc.string())
        .map(([w, tail]) => w.toString(36).padStart(10, '0') + tail),
    );
    fc.assert(
      fc.property(edits, (text) => {
        const h = decodeHlc(text);
        if (h) expect(encodeHlc(h)).toBe(text);
      }),
    );
    expect(decodeHlc(`${'z'.repeat(15)}${'a'.repeat(64)}`)).toEqual({
      wall: 36 ** 10 - 1,
      counter: 36 ** 5 - 1,
      device: 'a'.repeat(64),
    });
    expect(decodeHlc(`${'0'.repeat(15)}${'a'.repeat(65)}`)).toBeUndefined();
  });

  it('is monotonic under any mix of wall-clock jumps and received stamps', () => {
    const step = fc.oneof(
      fc.record({ t: fc.constant('tick' as const), wall: fc.integer({ min: 0, max: 10_000 }) }),
      fc.record({
        t: fc.constant('recv' as const),
        wall: fc.integer({ min: 0, max: 10_000 }),
        remote: fc.integer({ min: 0, max: 12_000 }),
        counter: fc.integer({ min: 0, max: 5 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const wall = clockAt(0);
        const hlc = createHlc({ device: 'me', now: wall.now });
        let last: Hlc | undefined;
        for (const s of steps) {
          wall.set(s.wall);
          if (s.t === 'recv') {
            const remote = { wall: s.remote, counter: s.counter, device: 'other' };
            hlc.receive(remote);
            const next = hlc.tick();
            expect(compareHlc(next, remote)).toBeGreaterThan(0);
            if (last) expect(compareHlc(next, last)).toBeGreaterThan(0);
            last = next;
          } else {
            const next = hlc.tick();
            if (last) expect(compareHlc(next, last)).toBeGreaterThan(0);
            expect(next.wall).toBeGreaterThanOrEqual(s.wall);
            last = next;
          }
        }
      }),
    );
  });
});
