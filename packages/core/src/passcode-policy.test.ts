import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_PASSCODES } from './common-passcodes.ts';
import {
  checkNewPasscode,
  MIN_PASSWORD_CHARS,
  MIN_PIN_DIGITS,
  normalisePasscode,
  passcodeKind,
} from './passcode-policy.ts';

describe('new passcode policy (issue 10, finding 3)', () => {
  it('refuses PINs under 6 digits and other passcodes under 8 characters', () => {
    for (const p of ['1', '1234', '2580', '97531', '0000']) {
      expect(checkNewPasscode(p)).toMatchObject({ ok: false, reason: 'short-pin' });
    }
    for (const p of ['a', 'abcd', 'tulip9', 'mo0nl1t']) {
      expect(checkNewPasscode(p)).toMatchObject({ ok: false, reason: 'short' });
    }
    expect(MIN_PIN_DIGITS).toBe(6);
    expect(MIN_PASSWORD_CHARS).toBe(8);
  });

  it('refuses the most common PINs and phrases, however they are typed', () => {
    for (const p of [
      '123456',
      '000000',
      '111111',
      '121212',
      '654321',
      '147258',
      'password',
      'Password1',
      'QWERTY123',
      'i love you',
      'onward123',
      'Onward App',
      'letmein',
    ]) {
      const r = checkNewPasscode(p);
      expect(r.ok, p).toBe(false);
    }
    expect(checkNewPasscode('password')).toMatchObject({ reason: 'common' });
    expect(checkNewPasscode('qwertyuiop')).toMatchObject({ reason: 'common' });
  });

  it('refuses repeats, short repeated units and runs it has no list entry for', () => {
    for (const p of [
      '343434',
      '898989',
      '567567',
      '23456789',
      '876543',
      'zzzzzzzz',
      'cdefghij',
      'xyzxyzxy',
    ]) {
      expect(checkNewPasscode(p), p).toMatchObject({ ok: false, reason: 'pattern' });
    }
  });

  it('accepts other passcodes and names their kind in words', () => {
    expect(checkNewPasscode('730194')).toEqual({ ok: true, value: 'pin' });
    expect(checkNewPasscode('73019482')).toEqual({ ok: true, value: 'long-pin' });
    expect(checkNewPasscode('tulip-river9')).toEqual({ ok: true, value: 'password' });
    expect(checkNewPasscode('quiet lanterns by the sea')).toEqual({ ok: true, value: 'phrase' });
    expect(passcodeKind('quiet lanterns by the sea')).toBe('phrase');
  });

  it('the shipped list is normalised, has no duplicates, and holds the issue’s examples', () => {
    expect(new Set(COMMON_PASSCODES).size).toBe(COMMON_PASSCODES.length);
    for (const p of COMMON_PASSCODES) expect(normalisePasscode(p)).toBe(p);
    for (const p of ['123456', '000000', '111111', '121212', 'password', 'qwerty', 'onward']) {
      expect(COMMON_PASSCODES).toContain(p);
    }
    expect(COMMON_PASSCODES.length).toBeGreaterThanOrEqual(200);
  });

  it('every list entry at or above the minimum length is refused', () => {
    for (const p of COMMON_PASSCODES) {
      const long = /^[0-9]+$/.test(p) ? p.length >= MIN_PIN_DIGITS : p.length >= MIN_PASSWORD_CHARS;
      if (long) expect(checkNewPasscode(p).ok, p).toBe(false);
    }
  });

  it('never throws, and an accepted passcode always meets the length rule', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (p) => {
        const r = checkNewPasscode(p);
        if (r.ok) {
          const n = [...p.normalize('NFC')].length;
          expect(n).toBeGreaterThanOrEqual(
            /^[0-9]+$/.test(p) ? MIN_PIN_DIGITS : MIN_PASSWORD_CHARS,
          );
        }
      }),
    );
  });
});
