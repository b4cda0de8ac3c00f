// What passcode Onward accepts, and how it describes one in words (issue 10, finding 3).
//
// The passcode protects against two different people, and says so (content privacy.strength.*):
// - Someone who picks up the phone and guesses at the lock screen. Every wrong guess makes them
//   wait longer (1 s, doubling, up to 15 minutes a guess), so even a 6-digit PIN holds: trying a
//   million PINs at 15 minutes each takes decades.
// - Someone who copies the device's storage and guesses on their own computers. No waiting
//   applies; only Argon2id's cost does (measured at about 0.77 s per guess per thread on a
//   2-thread laptop, issue 10). All 4-digit PINs fall in about an hour there. All 6-digit PINs
//   take about 4.5 days on that laptop, less with more hardware: a PIN slows this person down,
//   it does not stop them. 8+ characters that are not a common word or pattern, and better a
//   phrase of several words, are what hold against them.
// So the minimum is 6 digits for a PIN (keeps the lock-screen guesser out, and is what phones
// themselves ask for) and 8 characters otherwise (a password shorter than that is usually a
// word, found in minutes from a word list). Both refuse the commonest choices and patterns.
import { COMMON_PASSCODES } from './common-passcodes.ts';
import { fail, ok, type Result } from './result.ts';

export const MIN_PIN_DIGITS = 6;
export const MIN_PASSWORD_CHARS = 8;
/** From this length a passcode is described as a phrase. */
export const PHRASE_CHARS = 16;

/** What kind of passcode it is, in words (never a score). */
export type PasscodeKind = 'pin' | 'long-pin' | 'password' | 'phrase';
export type PasscodeProblem = 'short-pin' | 'short' | 'common' | 'pattern';

const common = new Set(COMMON_PASSCODES);

/** How passcodes are compared with the list: NFC, lowercase, no spaces. */
export const normalisePasscode = (p: string): string =>
  p.normalize('NFC').toLowerCase().replace(/\s+/gu, '');

const isDigits = (p: string) => /^[0-9]+$/.test(p);

/** One character repeated, a short unit repeated (121212, abcabc), or a run (345678, hgfedcba). */
function isPattern(p: string): boolean {
  const chars = [...p];
  if (chars.length < 2) return true;
  for (let unit = 1; unit <= 3; unit++) {
    if (chars.length < unit * 2) break;
    if (chars.every((c, i) => c === chars[i % unit])) return true;
  }
  const codes = chars.map((c) => c.codePointAt(0) as number);
  const step = (codes[1] as number) - (codes[0] as number);
  if (
    Math.abs(step) === 1 &&
    codes.every((c, i) => i === 0 || c - (codes[i - 1] as number) === step)
  ) {
    return true;
  }
  return false;
}

/** The kind of an accepted passcode. */
export function passcodeKind(passcode: string): PasscodeKind {
  const p = passcode.normalize('NFC');
  if (isDigits(p)) return p.length >= 8 ? 'long-pin' : 'pin';
  return [...p].length >= PHRASE_CHARS ? 'phrase' : 'password';
}

/**
 * Checks a NEW passcode (setting or changing it; never the unlock screen, where any passcode
 * that was accepted before must still be typed as it is).
 */
export function checkNewPasscode(passcode: string): Result<PasscodeKind, PasscodeProblem> {
  const p = passcode.normalize('NFC');
  const length = [...p].length;
  if (isDigits(p)) {
    if (length < MIN_PIN_DIGITS) return fail('short-pin');
  } else if (length < MIN_PASSWORD_CHARS) return fail('short');
  const n = normalisePasscode(p);
  if (common.has(n)) return fail('common');
  if (isPattern(n)) return fail('pattern');
  return ok(passcodeKind(p));
}
