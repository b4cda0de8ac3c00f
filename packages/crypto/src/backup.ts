// The passphrase-encrypted backup file, for export and import. It must open on another device
// with nothing but the passphrase, so it carries everything else it needs in its header.
//
// Version 1 layout (63-byte header, then the ciphertext):
//   [0..13)   magic "ONWARD-BACKUP" (ASCII)
//   [13]      v = 0x01
//   [14]      kdf = 0x01 (Argon2id, version 0x13)
//   [15..19)  m, memory in KiB (u32 big-endian)
//   [19..23)  t, passes (u32 big-endian)
//   [23..27)  p, lanes (u32 big-endian)
//   [27..43)  salt (16 random bytes)
//   [43..55)  iv (12 random bytes)
//   [55..63)  ct length in bytes, tag included (u64 big-endian)
//   [63..)    AES-256-GCM ciphertext of the payload, then the 16-byte tag
// The whole header is the associated data, so changing any header byte (the parameters, the
// salt, the length) makes opening fail. The length lets a cut-off download say 'truncated'
// instead of 'wrong passphrase'.
import { asBytes, type Bytes, bytesEqual, utf8 } from './bytes.ts';
import { IV_BYTES, TAG_BYTES } from './envelope.ts';
import {
  DEFAULT_KDF_PARAMS,
  deriveKey,
  isKdfParams,
  isUsableSecret,
  type KdfParams,
  SALT_BYTES,
  withinKdfLimits,
} from './kdf.ts';
import { defaultRng, type Rng, randomBytes } from './random.ts';
import { fail, ok, type Result } from './result.ts';
import { isOperationError } from './webcrypto-errors.ts';

export const BACKUP_MAGIC = utf8('ONWARD-BACKUP');
export const BACKUP_V1 = 1;
const KDF_ARGON2ID = 1;
const HEADER_V1_BYTES = 63;

export type BackupFailure =
  | 'wrong-passphrase-or-tampered'
  | 'not-a-backup'
  | 'truncated'
  | 'unsupported-version';

export type BackupHeaderV1 = {
  v: 1;
  kdf: KdfParams;
  salt: Bytes;
  iv: Bytes;
  ctLength: number;
  /** The header bytes themselves: the associated data. */
  aad: Bytes;
};

export async function sealBackup(
  passphrase: string,
  payload: Uint8Array,
  { params = DEFAULT_KDF_PARAMS, rng = defaultRng }: { params?: KdfParams; rng?: Rng } = {},
): Promise<Bytes> {
  const salt = randomBytes(SALT_BYTES, rng);
  const iv = randomBytes(IV_BYTES, rng);
  const header = new Uint8Array(HEADER_V1_BYTES);
  const view = new DataView(header.buffer);
  header.set(BACKUP_MAGIC, 0);
  header[13] = BACKUP_V1;
  header[14] = KDF_ARGON2ID;
  view.setUint32(15, params.m);
  view.setUint32(19, params.t);
  view.setUint32(23, params.p);
  header.set(salt, 27);
  header.set(iv, 43);
  view.setBigUint64(55, BigInt(payload.length + TAG_BYTES));
  const key = await deriveKey(passphrase, salt, params, 'encrypt');
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: header, tagLength: 128 },
    key,
    asBytes(payload),
  );
  const out = new Uint8Array(HEADER_V1_BYTES + ct.byteLength);
  out.set(header, 0);
  out.set(new Uint8Array(ct), HEADER_V1_BYTES);
  return out;
}

/**
 * Reads the header of a version 1 backup without the passphrase. Parameters above this build's
 * limits read as 'unsupported-version': the file was made by a newer build, or edited to make
 * us spend gigabytes; either way we do not run the KDF.
 */
export function decodeBackupHeaderV1(bytes: Bytes): Result<BackupHeaderV1, BackupFailure> {
  if (bytes.length < HEADER_V1_BYTES) return fail('truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[14] !== KDF_ARGON2ID) return fail('unsupported-version', 'unknown KDF');
  const kdf: KdfParams = {
    alg: 'argon2id',
    m: view.getUint32(15),
    t: view.getUint32(19),
    p: view.getUint32(23),
  };
  if (!isKdfParams(kdf)) return fail('wrong-passphrase-or-tampered', 'impossible KDF parameters');
  if (!withinKdfLimits(kdf)) return fail('unsupported-version', 'KDF cost above limits');
  const ctLength = view.getBigUint64(55);
  if (ctLength < BigInt(TAG_BYTES) || ctLength > BigInt(Number.MAX_SAFE_INTEGER)) {
    return fail('wrong-passphrase-or-tampered', 'impossible length');
  }
  return ok({
    v: 1,
    kdf,
    salt: bytes.subarray(27, 43),
    iv: bytes.subarray(43, 55),
    ctLength: Number(ctLength),
    aad: bytes.subarray(0, HEADER_V1_BYTES),
  });
}

export async function openBackup(
  passphrase: string,
  input: Uint8Array,
): Promise<Result<Bytes, BackupFailure>> {
  const bytes = asBytes(input);
  const magic = BACKUP_MAGIC.length;
  if (bytes.length < magic) {
    // A file cut off inside the magic is a truncated backup; anything else is some other file.
    const isPrefix = bytes.length > 0 && bytesEqual(bytes, BACKUP_MAGIC.subarray(0, bytes.length));
    return fail(isPrefix ? 'truncated' : 'not-a-backup');
  }
  if (!bytesEqual(bytes.subarray(0, magic), BACKUP_MAGIC)) return fail('not-a-backup');
  if (bytes.length === magic) return fail('truncated');
  if (bytes[magic] !== BACKUP_V1) return fail('unsupported-version');
  return openBackupV1(passphrase, bytes);
}

async function openBackupV1(
  passphrase: string,
  bytes: Bytes,
): Promise<Result<Bytes, BackupFailure>> {
  const header = decodeBackupHeaderV1(bytes);
  if (!header.ok) return header;
  const { kdf, salt, iv, ctLength, aad } = header.value;
  const ct = bytes.subarray(HEADER_V1_BYTES);
  if (ct.length < ctLength) return fail('truncated');
  if (ct.length > ctLength) return fail('wrong-passphrase-or-tampered', 'trailing bytes');
  if (!isUsableSecret(passphrase)) return fail('wrong-passphrase-or-tampered');
  const key = await deriveKey(passphrase, salt, kdf, 'encrypt');
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: aad, tagLength: 128 },
      key,
      ct,
    );
    return ok(new Uint8Array(plain));
  } catch (e) {
    if (isOperationError(e)) return fail('wrong-passphrase-or-tampered');
    throw e;
  }
}
