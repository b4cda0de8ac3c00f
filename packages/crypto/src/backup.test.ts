import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_MAGIC, BACKUP_MAGIC_V2, openBackup, sealBackup } from './backup.ts';
import { BACKUP_KDF_LIMITS, DEFAULT_KDF_PARAMS } from './kdf.ts';
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
          expect(sealed.length).toBe(54 + payload.length + 16);
          expect(await openBackup(pass, sealed)).toEqual({
            ok: true,
            value: new Uint8Array(payload),
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('writes the documented version 2 header, which names nothing in text', async () => {
    const sealed = await sealBackup('pass', new Uint8Array(5), opts);
    const view = new DataView(sealed.buffer);
    expect([...sealed.subarray(0, 4)]).toEqual([...BACKUP_MAGIC_V2]);
    expect([sealed[4], sealed[5]]).toEqual([2, 1]);
    expect([view.getUint32(6), view.getUint32(10), view.getUint32(14)]).toEqual([8, 1, 1]);
    expect(view.getBigUint64(46)).toBe(21n);
    // No run of 4+ printable ASCII characters in the header (a file viewer shows no name).
    const header = new TextDecoder('latin1').decode(sealed.subarray(0, 54));
    expect(header).not.toMatch(/ONWARD|BACKUP|onward|backup/);
    expect(header.slice(0, 4)).not.toMatch(/^[\x20-\x7e]{4}$/);
  });

  it('still reads version 1 files (readable magic), which it can still write for vectors', async () => {
    const sealed = await sealBackup('pass', new Uint8Array(5), { ...opts, version: 1 });
    const view = new DataView(sealed.buffer);
    expect(new TextDecoder().decode(sealed.subarray(0, 13))).toBe('ONWARD-BACKUP');
    expect([sealed[13], sealed[14]]).toEqual([1, 1]);
    expect([view.getUint32(15), view.getUint32(19), view.getUint32(23)]).toEqual([8, 1, 1]);
    expect(view.getBigUint64(55)).toBe(21n);
    expect(await openBackup('pass', sealed)).toEqual({ ok: true, value: new Uint8Array(5) });
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

  it('calls every cut-off file truncated (both versions)', async () => {
    for (const version of [1, 2] as const) {
      const sealed = await sealBackup('pass', new Uint8Array(40).fill(9), { ...opts, version });
      for (let n = 1; n < sealed.length; n++) {
        expect(await openBackup('pass', sealed.subarray(0, n))).toEqual({
          ok: false,
          reason: 'truncated',
        });
      }
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
    expect(BACKUP_MAGIC_V2.length).toBe(4);
  });

  it('answers an unknown version or KDF, or a KDF cost above the limits, with unsupported-version', async () => {
    const sealed = await sealBackup('pass', new Uint8Array(4), { ...opts, version: 1 });
    const v2 = new Uint8Array(sealed);
    v2[13] = 2;
    const kdf2 = new Uint8Array(sealed);
    kdf2[14] = 2;
    const greedy = new Uint8Array(sealed);
    new DataView(greedy.buffer).setUint32(15, BACKUP_KDF_LIMITS.maxM + 1);
    const now = await sealBackup('pass', new Uint8Array(4), opts);
    const v3 = new Uint8Array(now);
    v3[4] = 3;
    const slow = new Uint8Array(now);
    new DataView(slow.buffer).setUint32(10, BACKUP_KDF_LIMITS.maxT + 1);
    for (const b of [v2, kdf2, greedy, v3, slow]) {
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
    // A changed file, not a wrong passphrase: the person should not doubt what they typed.
    expect(await openBackup('pass', longer)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('caps what a file may ask of the KDF: today’s defaults pass, twice today’s cost is the most', () => {
    const l = BACKUP_KDF_LIMITS;
    const d = DEFAULT_KDF_PARAMS;
    expect(d.m <= l.maxM && d.t <= l.maxT && d.p <= l.maxP && d.m * d.t <= l.maxCost).toBe(true);
    expect(l.maxCost).toBeLessThanOrEqual(2 * d.m * d.t);
  });

  it('refuses a file asking for more than twice today’s KDF cost, before running it', async () => {
    const sealed = await sealBackup('pass', new Uint8Array(4), opts);
    const costly = new Uint8Array(sealed);
    const view = new DataView(costly.buffer);
    view.setUint32(6, BACKUP_KDF_LIMITS.maxM);
    view.setUint32(10, BACKUP_KDF_LIMITS.maxT);
    const started = performance.now();
    expect(await openBackup('pass', costly)).toMatchObject({ reason: 'unsupported-version' });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('uses a fresh salt and IV for every backup', async () => {
    const a = await sealBackup('pass', new Uint8Array(4), opts);
    const b = await sealBackup('pass', new Uint8Array(4), opts);
    expect(a.subarray(18, 34)).not.toEqual(b.subarray(18, 34));
    expect(a.subarray(34, 46)).not.toEqual(b.subarray(34, 46));
  });
});
