import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, fromHex, toBase64Url, toHex } from './bytes.ts';

describe('base64url', () => {
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => {
        expect(fromBase64Url(toBase64Url(b))).toEqual(new Uint8Array(b));
      }),
    );
  });

  it('matches RFC 4648 test vectors, unpadded, with the URL alphabet', () => {
    const enc = (s: string) => toBase64Url(new TextEncoder().encode(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual([
      '',
      'Zg',
      'Zm8',
      'Zm9v',
      'Zm9vYg',
      'Zm9vYmE',
      'Zm9vYmFy',
    ]);
    expect(toBase64Url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
  });

  it('rejects padding, the standard alphabet, impossible lengths and non-zero spare bits', () => {
    for (const bad of ['Zg==', 'Zm+v', 'Zm/v', 'Z', 'Zh']) {
      expect(fromBase64Url(bad)).toBeUndefined();
    }
  });
});

describe('hex', () => {
  it('round-trips and rejects non-hex', () => {
    expect(toHex(fromHex('00ff10'))).toBe('00ff10');
    expect(() => fromHex('0g')).toThrow(TypeError);
    expect(() => fromHex('abc')).toThrow(TypeError);
  });
});
