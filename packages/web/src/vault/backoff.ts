// The growing delay after wrong passcodes. It slows down someone guessing at the lock screen of a
// phone they picked up; it is not what protects the data from an attacker who copies the storage
// (Argon2id is: see @onward/crypto's kdf.ts). The counter is stored beside the wrapped key, so a
// reload or a second tab does not clear it.

export interface Attempts {
  /** Wrong passcodes in a row. */
  failures: number;
  /** Epoch ms before which the next passcode is not tried. */
  notBefore: number;
}

export const NO_ATTEMPTS: Readonly<Attempts> = Object.freeze({ failures: 0, notBefore: 0 });

/** The longest wait, so a person is never shut out of their own data for long. */
export const MAX_DELAY_MS = 15 * 60 * 1000;

/** 1 s after the first wrong passcode, then doubling: 2 s, 4 s, 8 s, ... up to 15 minutes. */
export function delayAfter(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.min(failures - 1, 30));
}

export function afterWrongPasscode(previous: Attempts, nowMs: number): Attempts {
  const failures = previous.failures + 1;
  return { failures, notBefore: nowMs + delayAfter(failures) };
}

/** Reads the stored counter defensively (storage can be edited or damaged). */
export function parseAttempts(x: unknown): Attempts {
  if (typeof x !== 'object' || x === null) return NO_ATTEMPTS;
  const { failures, notBefore } = x as Record<string, unknown>;
  const f = typeof failures === 'number' && Number.isInteger(failures) && failures > 0;
  const n = typeof notBefore === 'number' && Number.isFinite(notBefore) && notBefore > 0;
  return { failures: f ? (failures as number) : 0, notBefore: n ? (notBefore as number) : 0 };
}

/**
 * Milliseconds still to wait before trying a passcode. A stored time further ahead than the
 * longest delay means the clock went back or the value was edited: wait at most MAX_DELAY_MS.
 */
export function waitFor(attempts: Attempts, nowMs: number): number {
  return Math.min(Math.max(0, attempts.notBefore - nowMs), MAX_DELAY_MS);
}

/**
 * The stored counter as it may be used now: a `notBefore` further ahead than the delay its
 * failures earn (the clock was moved back, or the value edited) is brought back to now plus that
 * delay (at most MAX_DELAY_MS). Done where the counter is read, and written back in the same
 * transaction, so a clock set back a year costs at most one ordinary wait, never the year.
 */
export function clampAttempts(attempts: Attempts, nowMs: number): Attempts {
  const cap = nowMs + delayAfter(attempts.failures);
  if (attempts.notBefore <= cap) return attempts;
  return { failures: attempts.failures, notBefore: cap };
}
