// Time for the timers, behind a seam. The screens derive everything from "how long since the
// start" rather than counting ticks, so a tick that comes late (a throttled background tab, or
// a test that jumps the clock forward) still shows the right state.
import { useEffect, useState } from 'preact/hooks';

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `fn` every `ms` until the returned function is called. */
  every(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  every: (ms, fn) => {
    const id = setInterval(fn, ms);
    return () => clearInterval(id);
  },
};

/** The clock's time, refreshed every `ms` while `active`. */
export function useNow(clock: Clock, ms: number, active: boolean): number {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    if (!active) return;
    setNow(clock.now());
    return clock.every(ms, () => setNow(clock.now()));
  }, [clock, ms, active]);
  return now;
}
