import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './bytes.ts';
import { exportDataKeyBytes, generateDataKey, generateDeviceKey } from './data-key.ts';
import { DEFAULT_KDF_PARAMS, KDF_LIMITS, needsRehash } from './kdf.ts';
import { decryptRecord, encryptRecord } from './record.ts';
import { CHEAP_KDF, flipBit } from './test-helpers.ts';
import {
  parseWrappedDataKey,
  rewrapDataKey,
  unwrapDataKeyWithDeviceKey,
  unwrapDataKeyWithPasscode,
  wrapDataKeyWithDeviceKey,
  wrapDataKeyWithPasscode,
} from './wrapped-key.ts';

const ref = { kind: 'diary-card', id: '2026-03-14' };
const opts = { params: CHEAP_KDF };

async function sameKey(a: CryptoKey, b: CryptoKey) {
  // Encrypt with one, decrypt with the other: works for non-extractable keys too.
  const env = await encryptRecord(a, ref, { probe: 1 });
  return (await decryptRecord(b, ref, env)).ok;
}

describe('device key wrapping', () => {
  it('unwraps the same data key, non-extractable unless asked', async () => {
    const dataKey = await generateDataKey();
    const device = await generateDeviceKey();
    expect(device.extractable).toBe(false);
    const wrapped = await wrapDataKeyWithDeviceKey(dataKey, device);
    expect(fromBase64Url(wrapped.wrapped)?.length).toBe(40);
    const r = await unwrapDataKeyWithDeviceKey(wrapped, device);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.extractable).toBe(false);
    expect(await sameKey(dataKey, r.value)).toBe(true);
    const ex = await unwrapDataKeyWithDeviceKey(wrapped, device, { extractable: true });
    if (!ex.ok) throw new Error(ex.reason);
    expect(await exportDataKeyBytes(ex.value)).toEqual(await exportDataKeyBytes(dataKey));
  });

  it('rejects another device key and every single-bit change to the wrapped bytes', async () => {
    const dataKey = await generateDataKey();
    const device = await generateDeviceKey();
    const wrapped = await wrapDataKeyWithDeviceKey(dataKey, device);
    expect(await unwrapDataKeyWithDeviceKey(wrapped, await generateDeviceKey())).toEqual({
      ok: false,
      reason: 'wrong-key-or-tampered',
    });
    const bytes = fromBase64Url(wrapped.wrapped) as Uint8Array;
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const tampered = { ...wrapped, wrapped: toBase64Url(flipBit(bytes, bit)) };
      const r = await unwrapDataKeyWithDeviceKey(tampered, device);
      expect(r).toEqual({ ok: false, reason: 'wrong-key-or-tampered' });
    }
  });
});

describe('passcode wrapping', () => {
  it('stores the KDF parameters and a fresh salt beside the wrapped key', async () => {
    const dataKey = await generateDataKey();
    const a = await wrapDataKeyWithPasscode(dataKey, '4827', opts);
    const b = await wrapDataKeyWithPasscode(dataKey, '4827', opts);
    expect(a.kdf).toMatchObject(CHEAP_KDF);
    expect(fromBase64Url(a.kdf.salt)?.length).toBe(16);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.wrapped).not.toBe(b.wrapped);
  });

  it('round-trips for any passcode and rejects any other passcode', async () => {
    const dataKey = await generateDataKey();
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.string(), async (pass, other) => {
        fc.pre(pass.normalize('NFC') !== other.normalize('NFC'));
        const wrapped = await wrapDataKeyWithPasscode(dataKey, pass, opts);
        const r = await unwrapDataKeyWithPasscode(wrapped, pass);
        expect(r.ok && (await sameKey(dataKey, r.value))).toBe(true);
        expect(await unwrapDataKeyWithPasscode(wrapped, other)).toEqual({
          ok: false,
          reason: 'wrong-passcode-or-tampered',
        });
      }),
      { numRuns: 30 },
    );
  });

  it('throws when asked to wrap with an empty passcode (the UI must not offer one)', async () => {
    await expect(wrapDataKeyWithPasscode(await generateDataKey(), '', opts)).rejects.toThrow(
      TypeError,
    );
  });

  it('treats the composed and decomposed forms of a passcode as the same passcode', async () => {
    const dataKey = await generateDataKey();
    const wrapped = await wrapDataKeyWithPasscode(dataKey, 'caf\u00e9', opts);
    expect((await unwrapDataKeyWithPasscode(wrapped, 'cafe\u0301')).ok).toBe(true);
  });

  it('rejects a changed salt, changed parameters or changed wrapped bytes', async () => {
    const dataKey = await generateDataKey();
    const w = await wrapDataKeyWithPasscode(dataKey, '4827', opts);
    const salt = fromBase64Url(w.kdf.salt) as Uint8Array;
    const wrappedBytes = fromBase64Url(w.wrapped) as Uint8Array;
    const variants = [
      { ...w, kdf: { ...w.kdf, salt: toBase64Url(flipBit(salt, 0)) } },
      { ...w, kdf: { ...w.kdf, t: 2 } },
      { ...w, kdf: { ...w.kdf, m: 16 } },
      { ...w, wrapped: toBase64Url(flipBit(wrappedBytes, 100)) },
    ];
    for (const v of variants) {
      expect(await unwrapDataKeyWithPasscode(v, '4827')).toEqual({
        ok: false,
        reason: 'wrong-passcode-or-tampered',
      });
    }
  });

  it('refuses to run a KDF costlier than this build allows', async () => {
    const dataKey = await generateDataKey();
    const w = await wrapDataKeyWithPasscode(dataKey, '4827', opts);
    const greedy = { ...w, kdf: { ...w.kdf, m: KDF_LIMITS.maxM + 1 } };
    expect(await unwrapDataKeyWithPasscode(greedy, '4827')).toMatchObject({
      ok: false,
      reason: 'unsupported-version',
    });
  });
});

describe('rewrapDataKey (changing the passcode)', () => {
  it('keeps the same data key, and only the new passcode opens the new record', async () => {
    const dataKey = await generateDataKey();
    const env = await encryptRecord(dataKey, ref, { before: 'the change' });
    const old = await wrapDataKeyWithPasscode(dataKey, 'old passcode', opts);
    const r = await rewrapDataKey(old, 'old passcode', 'new passcode', opts);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.kdf.salt).not.toBe(old.kdf.salt);
    const opened = await unwrapDataKeyWithPasscode(r.value, 'new passcode');
    if (!opened.ok) throw new Error(opened.reason);
    expect(await decryptRecord(opened.value, ref, env)).toEqual({
      ok: true,
      value: { before: 'the change' },
    });
    expect(await unwrapDataKeyWithPasscode(r.value, 'old passcode')).toEqual({
      ok: false,
      reason: 'wrong-passcode-or-tampered',
    });
  });

  it('refuses with the wrong old passcode', async () => {
    const old = await wrapDataKeyWithPasscode(await generateDataKey(), 'old', opts);
    expect(await rewrapDataKey(old, 'guess', 'new', opts)).toEqual({
      ok: false,
      reason: 'wrong-passcode-or-tampered',
    });
  });

  it('raises weak parameters to the ones asked for', async () => {
    const old = await wrapDataKeyWithPasscode(await generateDataKey(), 'p', opts);
    expect(needsRehash(old.kdf)).toBe(true);
    const stronger = { alg: 'argon2id', m: 32, t: 2, p: 1 } as const;
    const r = await rewrapDataKey(old, 'p', 'p', { params: stronger });
    expect(r.ok && r.value.kdf).toMatchObject(stronger);
  });
});

describe('needsRehash', () => {
  it('is false at the defaults and above, true below in memory or passes', () => {
    expect(needsRehash(DEFAULT_KDF_PARAMS)).toBe(false);
    expect(needsRehash({ ...DEFAULT_KDF_PARAMS, m: DEFAULT_KDF_PARAMS.m * 2 })).toBe(false);
    expect(needsRehash({ ...DEFAULT_KDF_PARAMS, m: DEFAULT_KDF_PARAMS.m / 2 })).toBe(true);
    expect(needsRehash({ ...DEFAULT_KDF_PARAMS, t: 1 })).toBe(true);
  });
});

describe('parseWrappedDataKey (reading storage)', () => {
  it('rejects malformed records and reports unknown versions', async () => {
    const dataKey = await generateDataKey();
    const good = await wrapDataKeyWithPasscode(dataKey, 'x', opts);
    expect(parseWrappedDataKey(good)).toEqual({ ok: true, value: good });
    expect(parseWrappedDataKey({ ...good, v: 2 })).toEqual({
      ok: false,
      reason: 'unsupported-version',
    });
    const bad: unknown[] = [
      null,
      'string',
      {},
      { ...good, v: '1' },
      { ...good, alg: 'A128KW' },
      { ...good, by: 'fingerprint' },
      { ...good, wrapped: `${good.wrapped}A` },
      { ...good, wrapped: good.wrapped.slice(4) },
      { ...good, wrapped: '!!!' },
      { ...good, kdf: undefined },
      { ...good, kdf: { ...good.kdf, alg: 'pbkdf2' } },
      { ...good, kdf: { ...good.kdf, m: 0 } },
      { ...good, kdf: { ...good.kdf, t: 1.5 } },
      { ...good, kdf: { ...good.kdf, salt: 'AAAA' } },
    ];
    for (const b of bad)
      expect(parseWrappedDataKey(b)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('will not unwrap a device record with a passcode or the reverse', async () => {
    const dataKey = await generateDataKey();
    const device = await generateDeviceKey();
    const byDevice = await wrapDataKeyWithDeviceKey(dataKey, device);
    expect(await unwrapDataKeyWithPasscode(byDevice, 'x')).toMatchObject({ reason: 'malformed' });
    const byPass = await wrapDataKeyWithPasscode(dataKey, 'x', opts);
    expect(await unwrapDataKeyWithDeviceKey(byPass, device)).toMatchObject({ reason: 'malformed' });
  });
});
