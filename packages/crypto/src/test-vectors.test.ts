// The committed vectors in ../test-vectors/ pin the stored formats and the KDF. If one of these
// fails, data already on people's devices would no longer open: fix the code, do not regenerate
// the vectors. (They were also checked once against an independent implementation, Python's
// `cryptography` package on OpenSSL.)
import { describe, expect, it } from 'vitest';
import backup from '../test-vectors/backup-v1.json' with { type: 'json' };
import backupV2 from '../test-vectors/backup-v2.json' with { type: 'json' };
import envelopes from '../test-vectors/envelope-v1.json' with { type: 'json' };
import kdf from '../test-vectors/kdf-argon2id.json' with { type: 'json' };
import recovery from '../test-vectors/recovery-code-v1.json' with { type: 'json' };
import wrappedKeys from '../test-vectors/wrapped-key-v1.json' with { type: 'json' };
import { openBackup, sealBackup } from './backup.ts';
import { fromHex, toHex } from './bytes.ts';
import { exportDataKeyBytes, importDataKey } from './data-key.ts';
import { DEFAULT_KDF_PARAMS, deriveKeyBytes, type KdfParams } from './kdf.ts';
import { fixedRng } from './random.ts';
import { decryptRecord, encryptRecord, recordAadV1 } from './record.ts';
import { decodeRecoveryCode, encodeRecoveryCode } from './recovery-code.ts';
import {
  unwrapDataKeyWithDeviceKey,
  unwrapDataKeyWithPasscode,
  wrapDataKeyWithDeviceKey,
  wrapDataKeyWithPasscode,
} from './wrapped-key.ts';

describe('test vectors: record envelope v1', () => {
  for (const c of envelopes.cases) {
    it(c.name, async () => {
      const key = await importDataKey(fromHex(c.key));
      const plaintext =
        c.plaintext.type === 'json' ? c.plaintext.value : fromHex(c.plaintext.hex as string);
      expect(toHex(recordAadV1(c))).toBe(c.aad);
      const env = await encryptRecord(key, c, plaintext, { rng: fixedRng(fromHex(c.iv)) });
      expect(toHex(env)).toBe(c.envelope);
      expect(await decryptRecord(key, c, fromHex(c.envelope))).toEqual({
        ok: true,
        value: plaintext,
      });
    });
  }
});

describe('test vectors: Argon2id', () => {
  it('keeps today’s default parameters in the vectors', () => {
    expect(kdf.cases[0]?.params).toEqual(DEFAULT_KDF_PARAMS);
  });
  it('keeps the NFD and NFC passcodes distinct in the file', () => {
    expect(kdf.cases[2]?.passcode).not.toBe(kdf.cases[3]?.passcode);
  });
  for (const c of kdf.cases) {
    it(c.name, async () => {
      const derived = await deriveKeyBytes(c.passcode, fromHex(c.salt), c.params as KdfParams);
      expect(toHex(derived)).toBe(c.derived);
    });
  }
});

describe('test vectors: wrapped data key v1', () => {
  const dataKeyHex = wrappedKeys.dataKey;

  it('device key (AES-KW)', async () => {
    const dataKey = await importDataKey(fromHex(dataKeyHex), { extractable: true });
    const device = await crypto.subtle.importKey(
      'raw',
      fromHex(wrappedKeys.device.deviceKey),
      'AES-KW',
      false,
      ['wrapKey', 'unwrapKey'],
    );
    expect(await wrapDataKeyWithDeviceKey(dataKey, device)).toEqual(wrappedKeys.device.record);
    const r = await unwrapDataKeyWithDeviceKey(wrappedKeys.device.record, device, {
      extractable: true,
    });
    expect(r.ok && toHex(await exportDataKeyBytes(r.value))).toBe(dataKeyHex);
  });

  it('passcode (Argon2id + AES-KW)', async () => {
    const dataKey = await importDataKey(fromHex(dataKeyHex), { extractable: true });
    const p = wrappedKeys.passcode;
    const made = await wrapDataKeyWithPasscode(dataKey, p.passcode, {
      params: p.params as KdfParams,
      rng: fixedRng(fromHex(p.salt)),
    });
    expect(made).toEqual(p.record);
    const r = await unwrapDataKeyWithPasscode(p.record, p.passcode, { extractable: true });
    expect(r.ok && toHex(await exportDataKeyBytes(r.value))).toBe(dataKeyHex);
  });

  it('matches the AES-KW known answer of RFC 3394 §4.6 (256-bit key, 256-bit KEK)', async () => {
    const kek = await crypto.subtle.importKey(
      'raw',
      fromHex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'),
      'AES-KW',
      false,
      ['wrapKey'],
    );
    const data = await importDataKey(
      fromHex('00112233445566778899aabbccddeeff000102030405060708090a0b0c0d0e0f'),
      { extractable: true },
    );
    const out = new Uint8Array(await crypto.subtle.wrapKey('raw', data, kek, 'AES-KW'));
    expect(toHex(out)).toBe(
      '28c9f404c4b810f4cbccb35cfb87f8263f5786e2d80ed326cbc7f0e71a99f43bfb988b9b7a02dd21',
    );
  });
});

describe('test vectors: recovery code v1', () => {
  for (const c of recovery.cases) {
    it(c.code, () => {
      expect(encodeRecoveryCode(fromHex(c.key))).toBe(c.code);
      const decoded = decodeRecoveryCode(c.code);
      expect(decoded.ok && toHex(decoded.value)).toBe(c.key);
    });
  }
});

describe('test vectors: backup v1', () => {
  it('seals to the committed bytes and opens them', async () => {
    const sealed = await sealBackup(backup.passphrase, fromHex(backup.payload), {
      params: backup.params as KdfParams,
      rng: fixedRng(fromHex(backup.salt), fromHex(backup.iv)),
      version: 1,
    });
    expect(toHex(sealed)).toBe(backup.backup);
    const opened = await openBackup(backup.passphrase, fromHex(backup.backup));
    expect(opened.ok && toHex(opened.value)).toBe(backup.payload);
  });
});

describe('test vectors: backup v2 (binary magic)', () => {
  it('seals to the committed bytes by default and opens them', async () => {
    const sealed = await sealBackup(backupV2.passphrase, fromHex(backupV2.payload), {
      params: backupV2.params as KdfParams,
      rng: fixedRng(fromHex(backupV2.salt), fromHex(backupV2.iv)),
    });
    expect(toHex(sealed)).toBe(backupV2.backup);
    const opened = await openBackup(backupV2.passphrase, fromHex(backupV2.backup));
    expect(opened.ok && toHex(opened.value)).toBe(backupV2.payload);
  });

  it('carries the same ciphertext as v1 for the same key and IV (only the header differs)', () => {
    expect(backupV2.backup.slice(54 * 2, -32)).toBe(backup.backup.slice(63 * 2, -32));
  });
});
