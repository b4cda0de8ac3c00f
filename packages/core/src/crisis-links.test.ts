import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dialString, displayNumber, methodHref, smsHref, telHref } from './crisis-links.ts';

describe('telHref', () => {
  it('strips spaces and dashes', () => {
    expect(telHref('116 123')).toBe('tel:116123');
    expect(telHref('1-800-668-6868')).toBe('tel:18006686868');
    expect(telHref(' 0800 111 0 111 ')).toBe('tel:08001110111');
  });

  it('keeps a leading plus and only that', () => {
    expect(telHref('+61 477 13 11 14')).toBe('tel:+61477131114');
    expect(telHref('0800+0113')).toBe('tel:08000113');
  });

  it('keeps short codes as they are', () => {
    expect(telHref('988')).toBe('tel:988');
    expect(telHref('000')).toBe('tel:000');
    expect(telHref('024')).toBe('tel:024');
  });

  it('keeps the leading star of a mobile short code (Chile *4141), and only a leading one', () => {
    expect(telHref('*4141')).toBe('tel:*4141');
    expect(telHref(' *41 41 ')).toBe('tel:*4141');
    expect(telHref('41*41')).toBe('tel:4141');
    expect(smsHref('*4141')).toBe('sms:*4141');
  });

  it('always yields tel: followed by an optional + or * and digits', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(telHref(s)).toMatch(/^tel:[+*]?\d*$/);
      }),
    );
  });
});

describe('smsHref', () => {
  it('without a keyword is just the number', () => {
    expect(smsHref('988')).toBe('sms:988');
    expect(smsHref('0477 13 11 14')).toBe('sms:0477131114');
    expect(smsHref('838255', '')).toBe('sms:838255');
  });

  it('prefills the keyword in the form iOS and Android both read', () => {
    expect(smsHref('85258', 'SHOUT')).toBe('sms:85258?&body=SHOUT');
    expect(smsHref('741 741', 'HOME')).toBe('sms:741741?&body=HOME');
  });

  it('URL-encodes the body', () => {
    expect(smsHref('123', 'hi there & more')).toBe('sms:123?&body=hi%20there%20%26%20more');
    expect(smsHref('123', 'ça')).toBe('sms:123?&body=%C3%A7a');
  });

  it('the body decodes back to the keyword', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((k) => k.trim() !== ''),
        (keyword) => {
          const href = smsHref('85258', keyword);
          const body = href.slice(href.indexOf('?&body=') + '?&body='.length);
          expect(body).not.toMatch(/[\s&?#]/);
          expect(decodeURIComponent(body)).toBe(keyword.trim());
        },
      ),
    );
  });
});

describe('methodHref', () => {
  it('maps each kind of method to its link', () => {
    expect(methodHref({ kind: 'call', number: '116 123', free: true })).toBe('tel:116123');
    expect(methodHref({ kind: 'call', number: '988', note: 'then press 1' })).toBe('tel:988');
    expect(methodHref({ kind: 'text', number: '50808', keyword: 'HELLO' })).toBe(
      'sms:50808?&body=HELLO',
    );
    expect(methodHref({ kind: 'text', number: '838255' })).toBe('sms:838255');
    expect(methodHref({ kind: 'chat', url: 'https://988lifeline.org' })).toBe(
      'https://988lifeline.org',
    );
  });
});

describe('dialString and displayNumber', () => {
  it('dialString keeps digits and a leading plus', () => {
    expect(dialString('+44 116 123')).toBe('+44116123');
    expect(dialString('(0)1 2')).toBe('012');
  });

  it('displayNumber keeps the grouping and never lets a number wrap', () => {
    expect(displayNumber('116 123')).toBe('116\u00a0123');
    expect(displayNumber('  1800  247 247 ')).toBe('1800\u00a0247\u00a0247');
    expect(displayNumber('988')).toBe('988');
  });

  it('displayNumber dials the same number as the stored one', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?\d{1,4}( \d{1,4}){0,4}$/), (n) => {
        expect(dialString(displayNumber(n))).toBe(dialString(n));
        expect(displayNumber(n)).not.toMatch(/ /);
      }),
    );
  });
});
