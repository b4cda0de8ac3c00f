// The recovery code: the data key written out for a person to print or copy by hand, so a lost
// passcode (or a lost device) does not mean lost data. Anyone holding it can read everything, and
// the app says so where it shows the code.
//
// Layout (35 bytes -> 56 symbols of Crockford base32, in 14 groups of 4):
//   [0]      version = 1
//   [1..33)  the 32-byte data key
//   [33..35) CRC-16/CCITT-FALSE of bytes 0..33, big-endian
//
// Why a CRC and not a hash prefix: one mistyped symbol changes at most 5 adjacent bits, and two
// swapped neighbours at most 10, and a CRC of degree 16 detects *every* error burst of 16 bits or
// fewer. So every single-symbol typo and every adjacent swap is caught, not merely almost every
// one. (The check does not tell whether the code belongs to *this* vault; the caller learns that
// by decrypting a record with the restored key.)
//
// Crockford base32 is for people: no U, and I/L read as 1 and O as 0 when typed back; case,
// spaces and hyphens are ignored.
import { asBytes, type Bytes, concatBytes } from './bytes.ts';
import { DATA_KEY_BYTES, exportDataKeyBytes, importDataKey } from './data-key.ts';
import { fail, ok, type Result } from './result.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VERSION = 1;
const PAYLOAD_BYTES = 1 + DATA_KEY_BYTES + 2;
const SYMBOLS = (PAYLOAD_BYTES * 8) / 5; // 56
const GROUP = 4;

export type RecoveryCodeFailure =
  | 'wrong-length'
  | 'invalid-character'
  | 'checksum-mismatch'
  | 'unsupported-version';

/** CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection. */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++)
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

export function encodeRecoveryCode(keyBytes: Uint8Array): string {
  if (keyBytes.length !== DATA_KEY_BYTES) throw new TypeError('a data key is 32 bytes');
  const body = concatBytes(Uint8Array.of(VERSION), keyBytes);
  const crc = crc16(body);
  const payload = concatBytes(body, Uint8Array.of(crc >> 8, crc & 0xff));
  let symbols = '';
  let acc = 0;
  let bits = 0;
  for (const b of payload) {
    acc = ((acc << 8) | b) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      symbols += ALPHABET[(acc >> bits) & 31];
    }
  }
  const groups: string[] = [];
  for (let i = 0; i < symbols.length; i += GROUP) groups.push(symbols.slice(i, i + GROUP));
  return groups.join('-');
}

/** Canonical symbols of a typed code: upper case, I/L -> 1, O -> 0, separators dropped. */
function normalise(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

export function decodeRecoveryCode(code: string): Result<Bytes, RecoveryCodeFailure> {
  const symbols = normalise(code);
  const values: number[] = [];
  for (const c of symbols) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) return fail('invalid-character');
    values.push(v);
  }
  if (values.length !== SYMBOLS) return fail('wrong-length');
  const payload = new Uint8Array(PAYLOAD_BYTES);
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (const v of values) {
    acc = ((acc << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      payload[at++] = (acc >> bits) & 0xff;
    }
  }
  const body = payload.subarray(0, 1 + DATA_KEY_BYTES);
  const stored = ((payload[33] as number) << 8) | (payload[34] as number);
  // The checksum comes first: a typo in the first symbols must read as a typo, not as a code
  // from a future version.
  if (crc16(body) !== stored) return fail('checksum-mismatch');
  if (payload[0] !== VERSION) return fail('unsupported-version');
  return ok(asBytes(payload.slice(1, 1 + DATA_KEY_BYTES)));
}

/** The recovery code for an extractable data key. */
export async function recoveryCodeFromDataKey(dataKey: CryptoKey): Promise<string> {
  const raw = await exportDataKeyBytes(dataKey);
  try {
    return encodeRecoveryCode(raw);
  } finally {
    raw.fill(0);
  }
}

/**
 * Restores the data key from a typed recovery code. Ask for `extractable: true` when the key is
 * to be wrapped again straight away (a new passcode or device key after recovery).
 */
export async function dataKeyFromRecoveryCode(
  code: string,
  { extractable = false }: { extractable?: boolean } = {},
): Promise<Result<CryptoKey, RecoveryCodeFailure>> {
  const decoded = decodeRecoveryCode(code);
  if (!decoded.ok) return decoded;
  try {
    return ok(await importDataKey(decoded.value, { extractable }));
  } finally {
    decoded.value.fill(0);
  }
}
