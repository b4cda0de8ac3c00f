import { describe, expect, it } from 'vitest';
import {
  canExtend,
  checkInMinute,
  clampMinutes,
  extendSurf,
  formatClock,
  minutesSpent,
  startSurf,
  surfStatus,
} from './surf-timer.ts';

const MIN = 60_000;
const T0 = Date.UTC(2026, 4, 1, 12);

describe('urge-surfing timer', () => {
  it('runs for the chosen minutes, clamped to 1–30, defaulting to 5', () => {
    expect(startSurf(T0, 5).totalMs).toBe(5 * MIN);
    expect(clampMinutes(0)).toBe(1);
    expect(clampMinutes(45)).toBe(30);
    expect(clampMinutes(2.4)).toBe(2);
    expect(clampMinutes(Number.NaN)).toBe(5);
  });

  it('derives time left and the end from the clock, however late the tick', () => {
    const timer = startSurf(T0, 5);
    expect(surfStatus(timer, T0)).toEqual({
      elapsedMs: 0,
      remainingMs: 5 * MIN,
      minutesGone: 0,
      done: false,
    });
    expect(surfStatus(timer, T0 + 2.5 * MIN).remainingMs).toBe(2.5 * MIN);
    expect(surfStatus(timer, T0 + 2.5 * MIN).minutesGone).toBe(2);
    // A single tick long after the end (a background tab, or a clock jumped forward).
    const late = surfStatus(timer, T0 + 90 * MIN);
    expect(late).toEqual({ elapsedMs: 5 * MIN, remainingMs: 0, minutesGone: 5, done: true });
    // A clock that went backwards never shows negative time.
    expect(surfStatus(timer, T0 - 1000).elapsedMs).toBe(0);
  });

  it('extends by 5 minutes, up to an hour in all', () => {
    let timer = startSurf(T0, 30);
    for (let i = 0; i < 6; i++) timer = extendSurf(timer);
    expect(timer.totalMs).toBe(60 * MIN);
    expect(canExtend(timer)).toBe(false);
    expect(extendSurf(startSurf(T0, 5)).totalMs).toBe(10 * MIN);
    // Extending after the end reopens the timer.
    const ended = startSurf(T0, 1);
    expect(surfStatus(extendSurf(ended), T0 + 2 * MIN).done).toBe(false);
  });

  it('checks in once per whole minute, never at the start or the end', () => {
    const timer = startSurf(T0, 3);
    const at = (ms: number) => surfStatus(timer, T0 + ms);
    expect(checkInMinute(at(30_000), 0)).toBeNull();
    expect(checkInMinute(at(MIN), 0)).toBe(1);
    expect(checkInMinute(at(MIN + 30_000), 1)).toBeNull();
    expect(checkInMinute(at(2 * MIN), 1)).toBe(2);
    // Unanswered check-ins do not pile up: the latest minute is asked about.
    expect(checkInMinute(at(2 * MIN + 1), 0)).toBe(2);
    expect(checkInMinute(at(3 * MIN), 2)).toBeNull();
  });

  it('formats time left as m:ss, rounding up', () => {
    expect(formatClock(5 * MIN)).toBe('5:00');
    expect(formatClock(4 * MIN + 59_001)).toBe('5:00');
    expect(formatClock(61_000)).toBe('1:01');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
    expect(minutesSpent(5 * MIN - 1)).toBe(4);
  });
});
