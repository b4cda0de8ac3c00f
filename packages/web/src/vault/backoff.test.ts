import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterWrongPasscode,
  delayAfter,
  MAX_DELAY_MS,
  NO_ATTEMPTS,
  parseAttempts,
  waitFor,
} from './backoff.ts';

describe('wrong-passcode delay', () => {
  it('starts at one second and doubles', () => {
    expect([0, 1, 2, 3, 4].map(delayAfter)).toEqual([0, 1000, 2000, 4000, 8000]);
  });

  it('grows with every wrong passcode and never passes the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (n) => {
        expect(delayAfter(n + 1)).toBeGreaterThanOrEqual(delayAfter(n));
        expect(delayAfter(n)).toBeLessThanOrEqual(MAX_DELAY_MS);
      }),
    );
  });

  it('counts failures and sets the next allowed time', () => {
    const one = afterWrongPasscode(NO_ATTEMPTS, 10_000);
    const two = afterWrongPasscode(one, 11_000);
    expect(one).toEqual({ failures: 1, notBefore: 11_000 });
    expect(two).toEqual({ failures: 2, notBefore: 13_000 });
    expect(waitFor(two, 12_000)).toBe(1000);
    expect(waitFor(two, 20_000)).toBe(0);
  });

  it('reads damaged or edited storage safely', () => {
    expect(parseAttempts(undefined)).toEqual(NO_ATTEMPTS);
    expect(parseAttempts({ failures: -3, notBefore: 'x' })).toEqual(NO_ATTEMPTS);
    expect(parseAttempts({ failures: 2, notBefore: 5 })).toEqual({ failures: 2, notBefore: 5 });
    // A clock set back (or an edited value) never means waiting longer than the cap.
    expect(waitFor({ failures: 1, notBefore: 1e15 }, 0)).toBe(MAX_DELAY_MS);
  });
});
