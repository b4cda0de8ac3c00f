import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';

describe('createRateLimiter', () => {
  it('allows a minute’s allowance, then says how long to wait, and refills evenly', () => {
    let t = 1_000_000;
    const limiter = createRateLimiter(2, () => t);
    expect([limiter.take('a'), limiter.take('a')]).toEqual([0, 0]);
    expect(limiter.take('a')).toBeCloseTo(30, 5);
    expect(limiter.take('b')).toBe(0);
    t += 30_000;
    expect(limiter.take('a')).toBe(0);
    limiter.close();
  });

  it('is not drained when the clock steps back (NTP, or a test moving time)', () => {
    let t = 10_000_000;
    const limiter = createRateLimiter(2, () => t);
    limiter.take('a');
    t -= 2 * 60 * 60 * 1000;
    expect(limiter.take('a')).toBe(0);
    t += 2 * 60 * 60 * 1000 + 60_000;
    expect(limiter.take('a')).toBe(0);
    limiter.close();
  });
});
