import { describe, expect, it } from 'vitest';
import vectors from '../test-vectors/sync-v1.json' with { type: 'json' };
import { fromBase64Url, fromHex, toBase64Url, toHex } from './bytes.ts';
import {
  confirmationCode,
  generateKeyPair,
  generateStoredKeyPair,
  importKeyPair,
  openFrom,
  openMailbox,
  sealTo,
  sealToMailbox,
} from './pairing.ts';
import { fixedRng } from './random.ts';
import {
  envelopeEpoch,
  openChange,
  openSnapshot,
  type SyncChangeBody,
  sealChange,
  sealSnapshot,
} from './sync-envelope.ts';
import { deriveSyncKeys, generateSyncKey, newSyncId, syncIdBytes } from './sync-keys.ts';

const body: SyncChangeBody = {
  kind: 'urge-log',
  id: 'u1',
  value: { intensity: 4, note: 'a walk helped' },
  hlc: '0000000001000000A',
  device: 'A',
};

async function setup() {
  const vaultId = newSyncId();
  const keys = await deriveSyncKeys(generateSyncKey(), vaultId);
  return { vaultId, changeId: newSyncId(), keys };
}

describe('sync keys', () => {
  it('derive the credential and envelope key of the fixed vector (HKDF-SHA-256)', async () => {
    const { keys: k, change } = vectors;
    const keys = await deriveSyncKeys(fromHex(k.syncKey), k.vaultId);
    expect(keys.credential).toBe(k.credential);
    const env = await sealChange(
      keys.envelopeKey,
      { vaultId: k.vaultId, changeId: change.changeId, keyEpoch: change.keyEpoch },
      change.body as SyncChangeBody,
      { rng: fixedRng(fromHex(change.iv)) },
    );
    expect(toHex(env)).toBe(change.envelope);
    const opened = await openChange(
      keys.envelopeKey,
      { vaultId: k.vaultId, changeId: change.changeId },
      fromHex(change.envelope),
    );
    expect(opened).toEqual({ ok: true, value: change.body });
  });

  it('are random 256-bit keys with ids of 16 bytes; the credential differs per key and per vault', async () => {
    expect(generateSyncKey()).toHaveLength(32);
    expect(toHex(generateSyncKey())).not.toBe(toHex(generateSyncKey()));
    const id = newSyncId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{21}[AQgw]$/);
    expect(syncIdBytes(id)).toHaveLength(16);
    expect(syncIdBytes(`${id}A`)).toBeUndefined();
    const key = generateSyncKey();
    const a = await deriveSyncKeys(key, id);
    const b = await deriveSyncKeys(key, newSyncId());
    const c = await deriveSyncKeys(generateSyncKey(), id);
    expect(new Set([a.credential, b.credential, c.credential]).size).toBe(3);
    expect(a.envelopeKey.extractable).toBe(false);
  });
});

describe('change envelope', () => {
  it('round-trips a put and a delete, padded to 64-byte steps', async () => {
    const { vaultId, changeId, keys } = await setup();
    const ref = { vaultId, changeId, keyEpoch: 3 };
    const sealed = await sealChange(keys.envelopeKey, ref, body);
    expect((sealed.length - 17 - 16) % 64).toBe(0);
    expect(envelopeEpoch(sealed)).toEqual({ ok: true, value: 3 });
    expect(await openChange(keys.envelopeKey, ref, sealed)).toEqual({ ok: true, value: body });
    const del: SyncChangeBody = {
      kind: 'urge-log',
      id: 'u1',
      deleted: true,
      hlc: 'h',
      device: 'A',
    };
    const sealedDel = await sealChange(keys.envelopeKey, ref, del);
    expect(await openChange(keys.envelopeKey, ref, sealedDel)).toEqual({ ok: true, value: del });
  });

  it('holds nothing in clear: no kind, id, value, clock or device in the bytes', async () => {
    const { vaultId, changeId, keys } = await setup();
    const sealed = await sealChange(keys.envelopeKey, { vaultId, changeId, keyEpoch: 1 }, body);
    const text = new TextDecoder('latin1').decode(sealed);
    for (const word of ['urge-log', 'u1', 'a walk', '0000000001000000A', 'intensity']) {
      expect(text).not.toContain(word);
    }
  });

  it('refuses every single-bit change, a moved change id or vault, and another key', async () => {
    const { vaultId, changeId, keys } = await setup();
    const ref = { vaultId, changeId, keyEpoch: 1 };
    const sealed = await sealChange(keys.envelopeKey, ref, body);
    for (let i = 0; i < sealed.length; i++) {
      const bad = sealed.slice();
      bad[i] = (bad[i] as number) ^ (1 << (i % 8));
      const r = await openChange(keys.envelopeKey, ref, bad);
      expect(r.ok).toBe(false);
    }
    expect(await openChange(keys.envelopeKey, { vaultId, changeId: newSyncId() }, sealed)).toEqual({
      ok: false,
      reason: 'wrong-key-or-tampered',
    });
    expect(await openChange(keys.envelopeKey, { vaultId: newSyncId(), changeId }, sealed)).toEqual({
      ok: false,
      reason: 'wrong-key-or-tampered',
    });
    const other = await setup();
    expect((await openChange(other.keys.envelopeKey, ref, sealed)).ok).toBe(false);
    expect(await openChange(keys.envelopeKey, ref, sealed.slice(0, 20))).toEqual({
      ok: false,
      reason: 'malformed',
    });
    const v2 = sealed.slice();
    v2[0] = 2;
    expect(await openChange(keys.envelopeKey, ref, v2)).toEqual({
      ok: false,
      reason: 'unsupported-version',
    });
  });
});

describe('snapshot envelope', () => {
  it('round-trips the state and is bound to its vault and sequence', async () => {
    const { vaultId, keys } = await setup();
    const state = [{ kind: 'urge-log', id: 'u1', hlc: 'h', value: { n: 1 } }];
    const sealed = await sealSnapshot(keys.envelopeKey, { vaultId, seq: 42, keyEpoch: 1 }, state);
    expect(await openSnapshot(keys.envelopeKey, { vaultId, seq: 42 }, sealed)).toEqual({
      ok: true,
      value: state,
    });
    expect((await openSnapshot(keys.envelopeKey, { vaultId, seq: 43 }, sealed)).ok).toBe(false);
    expect(
      (await openSnapshot(keys.envelopeKey, { vaultId: newSyncId(), seq: 42 }, sealed)).ok,
    ).toBe(false);
    const bad = sealed.slice();
    bad[bad.length - 1] = (bad[bad.length - 1] as number) ^ 1;
    expect((await openSnapshot(keys.envelopeKey, { vaultId, seq: 42 }, bad)).ok).toBe(false);
  });
});

describe('pairing', () => {
  it('seals the sync key from the existing device to the new one, and only the new one opens it', async () => {
    const offer = await generateKeyPair();
    const answer = await generateKeyPair();
    const payload = {
      v: 1,
      syncKey: toBase64Url(generateSyncKey()),
      vaultId: newSyncId(),
      keyEpoch: 1,
    };
    const sealed = await sealTo(offer, answer.publicKey, 'pairing', payload);
    if (!sealed.ok) throw new Error('seal failed');
    expect(await openFrom(answer, offer.publicKey, 'pairing', sealed.value)).toEqual({
      ok: true,
      value: payload,
    });
    const stranger = await generateKeyPair();
    expect((await openFrom(stranger, offer.publicKey, 'pairing', sealed.value)).ok).toBe(false);
    // Sealed for pairing never opens as a mailbox blob (the purpose is bound).
    expect((await openFrom(answer, offer.publicKey, 'mailbox', sealed.value)).ok).toBe(false);
    for (let i = 0; i < sealed.value.length; i += 7) {
      const bad = sealed.value.slice();
      bad[i] = (bad[i] as number) ^ 0x40;
      expect((await openFrom(answer, offer.publicKey, 'pairing', bad)).ok).toBe(false);
    }
    expect(await sealTo(offer, new Uint8Array(65), 'pairing', payload)).toEqual({
      ok: false,
      reason: 'bad-public-key',
    });
  });

  it('seals a new key to a device mailbox with a fresh sender key', async () => {
    const stored = await generateStoredKeyPair();
    const device = await importKeyPair(stored.privatePkcs8, stored.publicKey);
    expect(device.privateKey.extractable).toBe(false);
    const payload = { v: 1, syncKey: toBase64Url(generateSyncKey()), keyEpoch: 2 };
    const blob = await sealToMailbox(device.publicKey, payload);
    if (!blob.ok) throw new Error('seal failed');
    expect(await openMailbox(device, blob.value)).toEqual({ ok: true, value: payload });
    expect((await openMailbox(await generateKeyPair(), blob.value)).ok).toBe(false);
  });

  it('shows the same six-digit code on both devices, and another when a key is swapped', async () => {
    const { offerKey, answerKey, code } = vectors.confirmationCode;
    expect(await confirmationCode(fromHex(offerKey), fromHex(answerKey))).toBe(code);
    const a = await generateKeyPair();
    const b = await generateKeyPair();
    const mitm = await generateKeyPair();
    const onA = await confirmationCode(a.publicKey, b.publicKey);
    expect(onA).toMatch(/^\d{3} \d{3}$/);
    expect(await confirmationCode(a.publicKey, b.publicKey)).toBe(onA);
    expect(await confirmationCode(a.publicKey, mitm.publicKey)).not.toBe(onA);
    expect(fromBase64Url(toBase64Url(a.publicKey))).toEqual(a.publicKey);
  });
});
