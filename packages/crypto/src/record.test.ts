import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataKey, generateDeviceKey } from './data-key.ts';
import { decryptRecord, encryptRecord, type RecordRef, recordAadV1 } from './record.ts';
import { flipBit } from './test-helpers.ts';

const ref: RecordRef = { kind: 'urge', id: '01J9ZQ3K7T' };
const key = await generateDataKey();
const otherKey = await generateDataKey();

// JSON does not keep -0 or undefined-valued keys; compare with what JSON itself gives back.
const viaJson = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('encryptRecord / decryptRecord', () => {
  it('round-trips any JSON value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const env = await encryptRecord(key, ref, value);
        expect(await decryptRecord(key, ref, env)).toEqual({ ok: true, value: viaJson(value) });
      }),
    );
  });

  it('round-trips any bytes, including empty', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const env = await encryptRecord(key, ref, bytes);
        expect(env.length).toBe(bytes.length + 31);
        expect(await decryptRecord(key, ref, env)).toEqual({
          ok: true,
          value: new Uint8Array(bytes),
        });
      }),
    );
  });

  it('uses a fresh IV every time, so equal plaintexts give different envelopes', async () => {
    const ivs = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const env = await encryptRecord(key, ref, { same: true });
      ivs.add(Array.from(env.subarray(2, 14)).join(','));
    }
    expect(ivs.size).toBe(200);
  });

  it('rejects every single-bit change anywhere in an envelope', async () => {
    for (const plaintext of [{ intensity: 4 }, new Uint8Array(0)]) {
      const env = await encryptRecord(key, ref, plaintext);
      for (let bit = 0; bit < env.length * 8; bit++) {
        const r = await decryptRecord(key, ref, flipBit(env, bit));
        expect(r.ok, `bit ${bit}`).toBe(false);
      }
    }
  });

  it('rejects a single-bit change in any envelope (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.nat(), async (value, n) => {
        const env = await encryptRecord(key, ref, value);
        const r = await decryptRecord(key, ref, flipBit(env, n % (env.length * 8)));
        expect(r.ok).toBe(false);
      }),
    );
  });

  it('rejects the wrong key', async () => {
    const env = await encryptRecord(key, ref, { note: 'x' });
    expect(await decryptRecord(otherKey, ref, env)).toEqual({
      ok: false,
      reason: 'wrong-key-or-tampered',
    });
  });

  it('rejects a ciphertext moved to another record kind or id', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ kind: fc.string(), id: fc.string() }),
        fc.record({ kind: fc.string(), id: fc.string() }),
        async (a, b) => {
          fc.pre(a.kind !== b.kind || a.id !== b.id);
          const env = await encryptRecord(key, a, { n: 1 });
          expect(await decryptRecord(key, b, env)).toEqual({
            ok: false,
            reason: 'wrong-key-or-tampered',
          });
        },
      ),
    );
  });

  it('keeps kind and id apart even when they contain the separator', async () => {
    const env = await encryptRecord(key, { kind: 'a:b', id: 'c' }, { n: 1 });
    const moved = await decryptRecord(key, { kind: 'a', id: 'b:c' }, env);
    expect(moved).toEqual({ ok: false, reason: 'wrong-key-or-tampered' });
  });

  it('answers an unknown version with unsupported-version', async () => {
    const env = await encryptRecord(key, ref, { n: 1 });
    env[0] = 2;
    expect(await decryptRecord(key, ref, env)).toEqual({
      ok: false,
      reason: 'unsupported-version',
    });
  });

  it('fails cleanly on every truncation', async () => {
    const env = await encryptRecord(key, ref, { note: 'short' });
    for (let n = 0; n < env.length; n++) {
      const r = await decryptRecord(key, ref, env.subarray(0, n));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['malformed', 'wrong-key-or-tampered']).toContain(r.reason);
    }
  });

  it('throws for programming mistakes instead of calling them a wrong key', async () => {
    await expect(encryptRecord(key, ref, undefined)).rejects.toThrow(TypeError);
    const env = await encryptRecord(key, ref, { n: 1 });
    const notADataKey = await generateDeviceKey();
    await expect(decryptRecord(notADataKey, ref, env)).rejects.toThrow();
  });
});

describe('recordAadV1 (cached and ASCII fast path)', () => {
  // The plain construction the format is defined by (README: record envelope, associated data).
  const reference = (kind: string, id: string) => {
    const enc = new TextEncoder();
    const k = enc.encode(kind);
    const i = enc.encode(id);
    const prefix = [...enc.encode('onward:record'), 1, 1];
    const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
    return Uint8Array.from([...prefix, ...u32(k.length), ...k, ...u32(i.length), ...i]);
  };

  it('equals the plain construction for any kind and id, asked any number of times', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), (kind, id) => {
        expect(recordAadV1({ kind, id })).toEqual(reference(kind, id));
        expect(recordAadV1({ kind, id })).toEqual(reference(kind, id));
      }),
    );
  });
});
