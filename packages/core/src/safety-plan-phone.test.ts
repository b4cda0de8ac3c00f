import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { telHref } from './crisis-links.ts';
import { checkOptionalPhone, checkPhone, firstDialable } from './safety-plan-phone.ts';

describe('checkPhone', () => {
  it('accepts numbers written in everyday local styles, tidied', () => {
    expect(checkPhone(' 07700  900123 ')).toEqual({ ok: true, value: '07700 900123' });
    expect(checkPhone('+1 (555) 010-0199')).toEqual({ ok: true, value: '+1 (555) 010-0199' });
    expect(checkPhone('111')).toEqual({ ok: true, value: '111' });
    expect(checkPhone('06.12.34.56.78')).toEqual({ ok: true, value: '06.12.34.56.78' });
  });

  it('drops a "(0)" after an international prefix, so the call button dials correctly', () => {
    const checked = checkPhone('+44 (0)7700 900123');
    expect(checked).toEqual({ ok: true, value: '+44 7700 900123' });
    if (checked.ok) expect(telHref(checked.value)).toBe('tel:+447700900123');
  });

  it('explains what is wrong', () => {
    expect(checkPhone('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkPhone('Sam')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(checkPhone('0770 ext 12')).toEqual({ ok: false, reason: 'not-a-number' });
    expect(checkPhone('12')).toEqual({ ok: false, reason: 'too-short' });
    expect(checkPhone('1234567890123456')).toEqual({ ok: false, reason: 'too-long' });
    expect(checkPhone('++44 1234')).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it('whatever it accepts dials to 3–15 digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (input) => {
        const checked = checkPhone(input);
        if (!checked.ok) return;
        const digits = telHref(checked.value).replace(/^tel:\+?/, '');
        expect(digits).toMatch(/^\d{3,15}$/);
      }),
    );
  });
});

describe('checkOptionalPhone', () => {
  it('lets a blank field through, and checks anything typed', () => {
    expect(checkOptionalPhone(' ')).toEqual({ ok: true, value: '' });
    expect(checkOptionalPhone('99')).toEqual({ ok: false, reason: 'too-short' });
    expect(checkOptionalPhone('0161 496 0000')).toEqual({ ok: true, value: '0161 496 0000' });
  });
});

describe('firstDialable', () => {
  it('picks the first usable number from a contact', () => {
    expect(firstDialable(['', 'home', '0161 496 0000', '0770'])).toBe('0161 496 0000');
    expect(firstDialable([])).toBe('');
  });
});
