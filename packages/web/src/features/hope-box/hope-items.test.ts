import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, checkLink, fitWithin, readHopeItem } from './hope-items.ts';

describe('fitWithin', () => {
  it('shrinks the longer side to the limit, keeping the shape', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1280, height: 960 });
    expect(fitWithin(3024, 4032)).toEqual({ width: 960, height: 1280 });
    expect(fitWithin(2000, 500, 1000)).toEqual({ width: 1000, height: 250 });
  });

  it('never enlarges, and survives odd input', () => {
    expect(fitWithin(640, 480)).toEqual({ width: 640, height: 480 });
    expect(fitWithin(0, 480)).toEqual({ width: 0, height: 0 });
    expect(fitWithin(Number.NaN, 1)).toEqual({ width: 0, height: 0 });
    expect(fitWithin(100_000, 1)).toEqual({ width: 1280, height: 1 });
  });

  it('always fits and is at least one pixel', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 1, max: 20_000 }),
        (w, h) => {
          const out = fitWithin(w, h);
          expect(Math.max(out.width, out.height)).toBeLessThanOrEqual(1280);
          expect(Math.min(out.width, out.height)).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });
});

describe('checkLink', () => {
  it('accepts web links and adds https:// when it was left off', () => {
    expect(checkLink('https://example.org/song')).toEqual({
      ok: true,
      value: 'https://example.org/song',
    });
    expect(checkLink(' example.org/a?b=1 ')).toEqual({
      ok: true,
      value: 'https://example.org/a?b=1',
    });
    expect(checkLink('http://example.org')).toEqual({ ok: true, value: 'http://example.org/' });
  });

  it('refuses anything that is not a link', () => {
    for (const bad of ['', 'not a link', 'hello', '/plan', '\\plan']) {
      expect(checkLink(bad), bad).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('refuses other kinds of address', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,hi',
      'file:///etc/passwd',
      'mailto:a@example.org',
      'ftp://example.org/song',
    ]) {
      expect(checkLink(bad), bad).toEqual({ ok: false, reason: 'not-web' });
    }
  });

  it('refuses a link with a name or password inside it', () => {
    for (const bad of [
      'https://user:pw@example.org/song',
      'http://user:pw@example.org',
      'https://example.org@other.example/',
      'me@example.org/song',
      'https://:pw@example.org',
      ' HTTPS://ME@example.org ',
    ]) {
      expect(checkLink(bad), bad).toEqual({ ok: false, reason: 'has-login' });
    }
  });

  it('refuses scheme-relative links', () => {
    for (const bad of [
      '//example.org/song',
      ' //example.org',
      '\\\\example.org',
      '/\\example.org',
    ]) {
      expect(checkLink(bad), bad).toEqual({ ok: false, reason: 'scheme-relative' });
    }
  });

  it('never lets a stored link with a login or another scheme into an item', () => {
    for (const url of ['https://user:pw@example.org/', '//example.org/', 'javascript:alert(1)']) {
      expect(readHopeItem({ kind: 'link', text: 'Song', url })?.url, url).toBeUndefined();
    }
  });
});

describe('base64', () => {
  it('round-trips any bytes, including large ones', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
    );
    const big = new Uint8Array(200_000).map((_, i) => i % 251);
    expect(base64ToBytes(bytesToBase64(big))).toEqual(big);
  });
});

describe('readHopeItem', () => {
  it('keeps what is valid and drops unsafe links', () => {
    expect(readHopeItem({ kind: 'link', text: 'Song', url: 'javascript:alert(1)' })).toEqual({
      kind: 'link',
      text: 'Song',
    });
    expect(readHopeItem({ kind: 'message', text: 'You matter', from: 'Gran' })).toEqual({
      kind: 'message',
      text: 'You matter',
      from: 'Gran',
    });
    expect(readHopeItem({ kind: 'spaceship', text: 'x' })).toBeUndefined();
    expect(readHopeItem(null)).toBeUndefined();
  });
});
