import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, decodeEnvelopeV1, encodeEnvelope } from './envelope.ts';

const iv = new Uint8Array(12).fill(7);

describe('record envelope layout', () => {
  it('round-trips v1 and lays out v | alg | iv | ct', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 64 }), (ct) => {
        const bytes = encodeEnvelope({ v: 1, alg: 'A256GCM', iv, ct: new Uint8Array(ct) });
        expect(bytes.length).toBe(14 + ct.length);
        expect([bytes[0], bytes[1]]).toEqual([1, 1]);
        expect(bytes.subarray(2, 14)).toEqual(iv);
        const decoded = decodeEnvelope(bytes);
        expect(decoded).toEqual({ ok: true, value: { v: 1, alg: 'A256GCM', iv, ct } });
      }),
    );
  });

  it('dispatches on the version byte: any other version is unsupported', () => {
    const good = encodeEnvelope({ v: 1, alg: 'A256GCM', iv, ct: new Uint8Array(16) });
    for (let v = 0; v < 256; v++) {
      if (v === 1) continue;
      const other = new Uint8Array(good);
      other[0] = v;
      expect(decodeEnvelope(other)).toEqual({ ok: false, reason: 'unsupported-version' });
    }
  });

  it('rejects empty, short and unknown-algorithm input as malformed', () => {
    expect(decodeEnvelope(new Uint8Array(0))).toEqual({ ok: false, reason: 'malformed' });
    const good = encodeEnvelope({ v: 1, alg: 'A256GCM', iv, ct: new Uint8Array(16) });
    for (let n = 1; n < good.length; n++) {
      expect(decodeEnvelope(good.subarray(0, n)).ok).toBe(false);
    }
    const otherAlg = new Uint8Array(good);
    otherAlg[1] = 2;
    expect(decodeEnvelopeV1(otherAlg)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('refuses to encode a wrong-sized iv or a ct shorter than a tag', () => {
    expect(() =>
      encodeEnvelope({ v: 1, alg: 'A256GCM', iv: new Uint8Array(8), ct: new Uint8Array(16) }),
    ).toThrow(TypeError);
    expect(() => encodeEnvelope({ v: 1, alg: 'A256GCM', iv, ct: new Uint8Array(15) })).toThrow(
      TypeError,
    );
  });
});
