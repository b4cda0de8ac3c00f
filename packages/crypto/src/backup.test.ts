import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_MAGIC, openBackup, sealBackup } from './backup.ts';
import { KDF_LIMITS } from './kdf.ts';
import { CHEAP_KDF, flipBit } from './test-helpers.ts';

const opts = { params: CHEAP_KDF };

describe('backup container', () => {
  it('round-trips any payload', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }),
        fc.uint8Array({ maxLength: 2000 }),
        async (pass, payload) => {
          const sealed = await sealBackup(pass, payload, opts);
          expect(sealed.length).toBe(63 + payload.length + 16);
          expect(await openBackup(pass, sealed)).toEqual({
            ok: true,
            value: new Uint8Array(payload),
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('writes the documented header', async () => {
    const sealed = await sealBackup('pass', new Uint8Array(5), opts);
    const view = new DataView(sealed.buffer);
    expect(new TextDecoder().decode(sealed.subarray(0, 13))).toBe('ONWARD-BACKUP');
    expect([sealed[13], sealed[14]]).toEqual([1, 1]);
    expect([view.getUint32(15), view.getUint32(19), view.getUint32(23)]).toEqual([8, 1, 1]);
    expect(view.getBigUint64(55)).toBe(21n);
  });

  it('rejects a wrong passphrase, including an empty one', async () => {
    const sealed = await sealBackup('right', new Uint8Array([1, 2, 3]), opts);
    for (const wrong of ['wrong', 'Right', 'right ', '']) {
      expect(await openBackup(wrong, sealed)).toEqual({
        ok: false,
        reason: 'wrong-passphrase-or-tampered',
      });
    }
  });

  it('rejects every single-bit change anywhere in the file', async () => {
    const sealed = await sealBackup('pass', new TextEncoder().encode('{"a":1}'), opts);
    for (let bit = 0; bit < sealed.length * 8; bit++) {
      const r = await openBackup('pass', flipBit(sealed, bit));
      expect(r.ok, `bit ${bit}`).toBe(false);
    }
  });

  it('calls every cut-off file truncated', async () => {
    const sealed = await sealBackup('pass', new Uint8Array(40).fill(9), opts);
    for (let n = 1; n < sealed.length; n++) {
      expect(await openBackup('pass', sealed.subarray(0, n))).toEqual({
        ok: false,
        reason: 'truncated',
      });
    }
  });

  it('tells other files apart from backups', async () => {
    const sealed = await sealBackup('pass', new Uint8Array(4), opts);
    for (const other of [
      new Uint8Array(0),
      new TextEncoder().encode('{"records":[]}'),
      new TextEncoder().encode('ONWARD-BACKUX and more bytes than a header would need..........'),
      new TextEncoder().encode('OX'),
    ]) {
      expect(await openBackup('pass', other)).toEqual({ ok: false, reason: 'not-a-backup' });
    }
    expect(await openBackup('pass', sealed.subarray(0, 5))).toEqual({
      ok: false,
      reason: 'truncated',
    });
    expect(BACKUP_MAGIC.length).toBe(13);
  });

  it('answers an unknown version or KDF, or a KDF cost above the limits, with unsupported-version', async () => {
    const sealed = await sealBackup('pass', new Uint8Array(4), opts);
    const v2 = new Uint8Array(sealed);
    v2[13] = 2;
    const kdf2 = new Uint8Array(sealed);
    kdf2[14] = 2;
    const greedy = new Uint8Array(sealed);
    new DataView(greedy.buffer).setUint32(15, KDF_LIMITS.maxM + 1);
    for (const b of [v2, kdf2, greedy]) {
      expect(await openBackup('pass', b)).toMatchObject({
        ok: false,
        reason: 'unsupported-version',
      });
    }
  });

  it('rejects bytes appended after the ciphertext', async () => {
    const sealed = await sealBackup('pass', new Uint8Array(4), opts);
    const longer = new Uint8Array(sealed.length + 1);
    longer.set(sealed);
    expect(await openBackup('pass', longer)).toMatchObject({
      ok: false,
      reason: 'wrong-passphrase-or-tampered',
    });
  });

  it('uses a fresh salt and IV for every backup', async () => {
    const a = await sealBackup('pass', new Uint8Array(4), opts);
    const b = await sealBackup('pass', new Uint8Array(4), opts);
    expect(a.subarray(27, 43)).not.toEqual(b.subarray(27, 43));
    expect(a.subarray(43, 55)).not.toEqual(b.subarray(43, 55));
  });
});
