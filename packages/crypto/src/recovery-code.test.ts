import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes } from './bytes.ts';
import { exportDataKeyBytes, generateDataKey } from './data-key.ts';
import { decryptRecord, encryptRecord } from './record.ts';
import {
  crc16,
  dataKeyFromRecoveryCode,
  decodeRecoveryCode,
  encodeRecoveryCode,
  recoveryCodeFromDataKey,
} from './recovery-code.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const key32 = fc.uint8Array({ minLength: 32, maxLength: 32 });

/** Index of the n-th symbol (skipping hyphens) in a grouped code. */
const symbolAt = (n: number) => n + Math.floor(n / 4);

describe('recovery code', () => {
  it('is 56 Crockford symbols in 14 groups of 4 and round-trips any key', () => {
    fc.assert(
      fc.property(key32, (key) => {
        const code = encodeRecoveryCode(key);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$/);
        expect(decodeRecoveryCode(code)).toEqual({ ok: true, value: new Uint8Array(key) });
      }),
    );
  });

  it('uses the standard CRC-16/CCITT-FALSE (check value 0x29B1)', () => {
    expect(crc16(new TextEncoder().encode('123456789'))).toBe(0x29b1);
  });

  it('detects every single-symbol typo in a code', async () => {
    const code = await recoveryCodeFromDataKey(await generateDataKey());
    for (let n = 0; n < 56; n++) {
      const at = symbolAt(n);
      for (const c of ALPHABET) {
        if (c === code[at]) continue;
        const typo = code.slice(0, at) + c + code.slice(at + 1);
        expect(decodeRecoveryCode(typo), typo).toEqual({ ok: false, reason: 'checksum-mismatch' });
      }
    }
  });

  it('detects single-symbol typos and swapped neighbours in any code (property)', () => {
    fc.assert(
      fc.property(key32, fc.nat(55), fc.nat(30), (key, n, shift) => {
        const code = encodeRecoveryCode(key);
        const at = symbolAt(n);
        const old = ALPHABET.indexOf(code[at] as string);
        const typo = code.slice(0, at) + ALPHABET[(old + 1 + shift) % 32] + code.slice(at + 1);
        expect(decodeRecoveryCode(typo).ok).toBe(false);
        const symbols = code.replaceAll('-', '');
        const i = Math.min(n, 54);
        fc.pre(symbols[i] !== symbols[i + 1]);
        const swapped = symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2);
        expect(decodeRecoveryCode(swapped).ok).toBe(false);
      }),
    );
  });

  it('forgives case, spaces, missing hyphens and the look-alikes I, L and O', () => {
    const key = new Uint8Array(32).fill(0x42);
    const code = encodeRecoveryCode(key);
    const sloppy = code
      .toLowerCase()
      .replaceAll('-', ' ')
      .replaceAll('1', 'l')
      .replaceAll('0', 'O');
    expect(decodeRecoveryCode(sloppy)).toEqual({ ok: true, value: key });
    expect(decodeRecoveryCode(code.replaceAll('-', ''))).toEqual({ ok: true, value: key });
  });

  it('says what is wrong: length, a character outside the alphabet, or a newer version', () => {
    const code = encodeRecoveryCode(new Uint8Array(32));
    expect(decodeRecoveryCode(code.slice(0, -1))).toEqual({ ok: false, reason: 'wrong-length' });
    expect(decodeRecoveryCode(`${code}0`)).toEqual({ ok: false, reason: 'wrong-length' });
    expect(decodeRecoveryCode('')).toEqual({ ok: false, reason: 'wrong-length' });
    expect(decodeRecoveryCode(`U${code.slice(1)}`)).toEqual({
      ok: false,
      reason: 'invalid-character',
    });
    // A well-formed version 2 code (valid checksum) is not a typo.
    const body = concatBytes(Uint8Array.of(2), new Uint8Array(32));
    const crc = crc16(body);
    const payload = concatBytes(body, Uint8Array.of(crc >> 8, crc & 255));
    let n = 0n;
    for (const b of payload) n = (n << 8n) | BigInt(b);
    let v2 = '';
    for (let i = 55; i >= 0; i--) v2 += ALPHABET[Number((n >> BigInt(5 * i)) & 31n)];
    expect(decodeRecoveryCode(v2)).toEqual({ ok: false, reason: 'unsupported-version' });
  });

  it('restores a data key that opens records made before', async () => {
    const dataKey = await generateDataKey();
    const ref = { kind: 'safety-plan', id: 'current' };
    const env = await encryptRecord(dataKey, ref, { steps: 6 });
    const restored = await dataKeyFromRecoveryCode(await recoveryCodeFromDataKey(dataKey));
    if (!restored.ok) throw new Error(restored.reason);
    expect(restored.value.extractable).toBe(false);
    expect(await decryptRecord(restored.value, ref, env)).toEqual({
      ok: true,
      value: { steps: 6 },
    });
    const again = await dataKeyFromRecoveryCode(await recoveryCodeFromDataKey(dataKey), {
      extractable: true,
    });
    expect(again.ok && (await exportDataKeyBytes(again.value))).toEqual(
      await exportDataKeyBytes(dataKey),
    );
  });
});
