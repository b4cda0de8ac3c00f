// Phone numbers on the safety plan. People type numbers in every local style ("07700 900123",
// "+1 (555) 010-0199", "111"), so the check is forgiving: it only catches what would make a
// call button dial nothing or the wrong thing, and says why in a way the UI turns into kind copy.
import { dialString } from './crisis-links.ts';
import { fail, ok, type Result } from './result.ts';

export type PhoneProblem =
  /** Nothing typed (only a problem where a number is needed). */
  | 'empty'
  /** Letters or symbols a phone cannot dial. */
  | 'not-a-number'
  /** Fewer than 3 digits: even short codes (111, 988) have three. */
  | 'too-short'
  /** More than 15 digits: longer than any phone number (E.164). */
  | 'too-long';

const MIN_DIGITS = 3;
const MAX_DIGITS = 15;
/** What people put between digits: spaces, dashes, dots, slashes, brackets, one leading +. */
const ALLOWED = /^\+?[\d\s\-./()]+$/;

/**
 * Checks a typed phone number and returns it tidied for display (spaces collapsed, trimmed). A
 * "(0)" after an international prefix ("+44 (0)7700…") is dropped, since it must not be dialled.
 */
export function checkPhone(input: string): Result<string, PhoneProblem> {
  let text = input.replace(/\s+/g, ' ').trim();
  if (text === '') return fail('empty');
  if (text.startsWith('+')) text = text.replace(/\(0\)\s?/, '').trim();
  if (!ALLOWED.test(text)) return fail('not-a-number');
  const digits = dialString(text).replace('+', '');
  if (digits.length < MIN_DIGITS) return fail('too-short');
  if (digits.length > MAX_DIGITS) return fail('too-long');
  return ok(text);
}

/** Same, for a field that may be left blank (a place in step 3 has no phone). */
export function checkOptionalPhone(input: string): Result<string, Exclude<PhoneProblem, 'empty'>> {
  if (input.trim() === '') return ok('');
  const checked = checkPhone(input);
  if (checked.ok) return checked;
  return fail(checked.reason === 'empty' ? 'not-a-number' : checked.reason);
}

/**
 * A number from the device's contacts (Contact Picker API) as we store it: the first one that
 * passes the check, or '' when none does.
 */
export function firstDialable(numbers: readonly string[]): string {
  for (const n of numbers) {
    const checked = checkPhone(n);
    if (checked.ok) return checked.value;
  }
  return '';
}
