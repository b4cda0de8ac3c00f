import { describe, expect, it } from 'vitest';
import { toBase64Url, utf8 } from './bytes.ts';
import {
  encodeShareFragment,
  newShareKeys,
  openShareSnapshot,
  parseShareFragment,
  readShareHeader,
  sealShareSnapshot,
  shareNeedsPassphrase,
} from './share-link.ts';

const fastKdf = { alg: 'argon2id' as const, m: 1024, t: 1, p: 1 };
const id = 'AAAAAAAAAAAAAAAAAAAAAA';
const text = utf8('{"v":1,"marker":"otter"}');

describe('share link snapshots', () => {
  it('round-trips without a passphrase, and re-seals (live) with the same key', async () => {
    const keys = await newShareKeys();
    const first = await sealShareSnapshot(id, keys, text);
    const second = await sealShareSnapshot(id, keys, utf8('{"v":1,"later":true}'));
    expect(shareNeedsPassphrase(first)).toBe(false);
    const opened = await openShareSnapshot(id, keys.secret, first);
    expect(opened).toEqual({ ok: true, value: text });
    const again = await openShareSnapshot(id, keys.secret, second);
    expect(again.ok).toBe(true);
    // A fresh nonce each time: the same plaintext never gives the same bytes.
    expect(toBase64Url(await sealShareSnapshot(id, keys, text))).not.toBe(toBase64Url(first));
  });

  it('is bound to its link id, and any changed byte is "damaged"', async () => {
    const keys = await newShareKeys();
    const blob = await sealShareSnapshot(id, keys, text);
    expect(await openShareSnapshot('BBBBBBBBBBBBBBBBBBBBBB', keys.secret, blob)).toMatchObject({
      ok: false,
      reason: 'damaged',
    });
    for (const at of [5, blob.length - 1, 30]) {
      const broken = blob.slice();
      broken[at] = (broken[at] as number) ^ 1;
      expect((await openShareSnapshot(id, keys.secret, broken)).ok).toBe(false);
    }
    const other = await newShareKeys();
    expect(await openShareSnapshot(id, other.secret, blob)).toMatchObject({ reason: 'damaged' });
    expect(readShareHeader(blob.slice(0, 10))).toMatchObject({ ok: false, reason: 'damaged' });
    const v9 = blob.slice();
    v9[0] = 9;
    expect(readShareHeader(v9)).toMatchObject({ ok: false, reason: 'unsupported-version' });
  });

  it('with a passphrase needs both the link and the passphrase', async () => {
    const keys = await newShareKeys({ passphrase: 'blue kettle', kdf: fastKdf });
    const blob = await sealShareSnapshot(id, keys, text);
    expect(shareNeedsPassphrase(blob)).toBe(true);
    expect(await openShareSnapshot(id, keys.secret, blob)).toMatchObject({
      reason: 'needs-passphrase',
    });
    expect(await openShareSnapshot(id, keys.secret, blob, 'blue kettlE')).toMatchObject({
      reason: 'wrong-passphrase',
    });
    expect(await openShareSnapshot(id, keys.secret, blob, 'blue kettle')).toEqual({
      ok: true,
      value: text,
    });
    // Stripping the passphrase flag from the header does not help: the header is authenticated.
    const stripped = new Uint8Array([
      blob[0] as number,
      0,
      ...blob.slice(2, 18),
      ...blob.slice(24),
    ]);
    expect((await openShareSnapshot(id, keys.secret, stripped)).ok).toBe(false);
  });

  it('refuses a header that asks for more Argon2id work than a backup file may', async () => {
    const keys = await newShareKeys({ passphrase: 'x', kdf: fastKdf });
    const blob = await sealShareSnapshot(id, keys, text);
    const greedy = blob.slice();
    new DataView(greedy.buffer).setUint32(18, 1024 * 1024);
    expect(readShareHeader(greedy)).toMatchObject({ ok: false, reason: 'damaged' });
  });
});

describe('share link fragments', () => {
  it('round-trips and refuses anything else as damaged', async () => {
    const { secret } = await newShareKeys();
    const fragment = encodeShareFragment(secret, 1_800_000_000_000);
    expect(parseShareFragment(`#${fragment}`)).toEqual({
      ok: true,
      value: { secret, expiresAt: 1_800_000_000_000 },
    });
    for (const bad of [
      '',
      '#',
      '1',
      `1.${'A'.repeat(42)}.z`,
      `${fragment}.x`,
      `${fragment}!`,
      fragment.slice(0, 20),
      `1.${toBase64Url(secret)}.`,
    ]) {
      expect(parseShareFragment(bad), bad).toMatchObject({ ok: false, reason: 'damaged' });
    }
    expect(parseShareFragment(`2.${toBase64Url(secret)}.abc`)).toMatchObject({
      reason: 'unsupported-version',
    });
  });
});
