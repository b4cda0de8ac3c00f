// The passphrase-encrypted backup file, for export and import. It must open on another device
// with nothing but the passphrase, so it carries everything else it needs in its header.
//
// Version 2 layout (written since issue 10; 54-byte header, then the ciphertext):
//   [0..4)    magic 0x9e 0x4f 0xd1 0x27: four bytes that are not text, so the file does not say
//             what it is to someone who opens it (the name a person gives it is up to them)
//   [4]       v = 0x02
//   [5]       kdf = 0x01 (Argon2id, version 0x13)
//   [6..10)   m, memory in KiB (u32 big-endian)
//   [10..14)  t, passes (u32 big-endian)
//   [14..18)  p, lanes (u32 big-endian)
//   [18..34)  salt (16 random bytes)
//   [34..46)  iv (12 random bytes)
//   [46..54)  ct length in bytes, tag included (u64 big-endian)
//   [54..)    AES-256-GCM ciphertext of the payload, then the 16-byte tag
// Version 1 (still read, never written): magic "ONWARD-BACKUP" (ASCII, 13 bytes), v = 0x01, then
// the same fields from kdf on (a 63-byte header).
// The whole header is the associated data, so changing any header byte (the parameters, the
// salt, the length) makes opening fail. The length lets a cut-off download say 'truncated', and
// bytes after the ciphertext say 'damaged', instead of 'wrong passphrase'. What the header may
// ask the KDF for is capped by BACKUP_KDF_LIMITS (lower than for stored wrappings: a file can
// come from anyone).
import { asBytes, type Bytes, bytesEqual, utf8 } from './bytes.ts';
import { IV_BYTES, TAG_BYTES } from './envelope.ts';
import {
  DEFAULT_KDF_PARAMS,
  type DeriveBytes,
  deriveKey,
  deriveKeyBytes,
  isKdfParams,
  isUsableSecret,
  type KdfParams,
  SALT_BYTES,
  withinBackupKdfLimits,
} from './kdf.ts';
import { defaultRng, type Rng, randomBytes } from './random.ts';
import { fail, ok, type Result } from './result.ts';
import { isOperationError } from './webcrypto-errors.ts';

/** Version 1's magic (still read). */
export const BACKUP_MAGIC = utf8('ONWARD-BACKUP');
/** Version 2's magic: not text. */
export const BACKUP_MAGIC_V2 = new Uint8Array([0x9e, 0x4f, 0xd1, 0x27]);
export const BACKUP_V1 = 1;
export const BACKUP_V2 = 2;
const KDF_ARGON2ID = 1;
const HEADER_V1_BYTES = 63;
const HEADER_V2_BYTES = 54;

/**
 * The largest backup file import will read (checked against the file's size before reading it).
 * 50,000 records, far more than years of daily use, make a file of about 15 MB; 64 MiB leaves
 * four times that, and a bigger file is refused before the page spends memory on it.
 */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

export type BackupFailure =
  | 'wrong-passphrase-or-tampered'
  | 'not-a-backup'
  | 'truncated'
  | 'damaged'
  | 'too-large'
  | 'unsupported-version';

/** Where the fields sit in one header version. */
interface HeaderLayout {
  v: number;
  magic: Uint8Array;
  bytes: number;
  /** Offset of the kdf byte; m, t, p, salt, iv and length follow it. */
  kdf: number;
}
const LAYOUT_V1: HeaderLayout = {
  v: BACKUP_V1,
  magic: BACKUP_MAGIC,
  bytes: HEADER_V1_BYTES,
  kdf: 14,
};
const LAYOUT_V2: HeaderLayout = {
  v: BACKUP_V2,
  magic: BACKUP_MAGIC_V2,
  bytes: HEADER_V2_BYTES,
  kdf: 5,
};

export type BackupHeaderV1 = {
  v: 1 | 2;
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
  {
    params = DEFAULT_KDF_PARAMS,
    rng = defaultRng,
    derive = deriveKeyBytes,
    version = BACKUP_V2,
  }: { params?: KdfParams; rng?: Rng; derive?: DeriveBytes; version?: 1 | 2 } = {},
): Promise<Bytes> {
  const layout = version === BACKUP_V1 ? LAYOUT_V1 : LAYOUT_V2;
  const salt = randomBytes(SALT_BYTES, rng);
  const iv = randomBytes(IV_BYTES, rng);
  const header = new Uint8Array(layout.bytes);
  const view = new DataView(header.buffer);
  const at = layout.kdf;
  header.set(layout.magic, 0);
  header[at - 1] = layout.v;
  header[at] = KDF_ARGON2ID;
  view.setUint32(at + 1, params.m);
  view.setUint32(at + 5, params.t);
  view.setUint32(at + 9, params.p);
  header.set(salt, at + 13);
  header.set(iv, at + 29);
  view.setBigUint64(at + 41, BigInt(payload.length + TAG_BYTES));
  const key = await deriveKey(passphrase, salt, params, 'encrypt', derive);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: header, tagLength: 128 },
    key,
    asBytes(payload),
  );
  const out = new Uint8Array(layout.bytes + ct.byteLength);
  out.set(header, 0);
  out.set(new Uint8Array(ct), layout.bytes);
  return out;
}

/**
 * Reads a backup header without the passphrase. Parameters above BACKUP_KDF_LIMITS read as
 * 'unsupported-version': the file was made by a newer build, or edited to make us spend
 * gigabytes or many seconds; either way we do not run the KDF.
 */
export function decodeBackupHeaderV1(
  bytes: Bytes,
  layout: HeaderLayout = LAYOUT_V1,
): Result<BackupHeaderV1, BackupFailure> {
  if (bytes.length < layout.bytes) return fail('truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = layout.kdf;
  if (bytes[at] !== KDF_ARGON2ID) return fail('unsupported-version', 'unknown KDF');
  const kdf: KdfParams = {
    alg: 'argon2id',
    m: view.getUint32(at + 1),
    t: view.getUint32(at + 5),
    p: view.getUint32(at + 9),
  };
  if (!isKdfParams(kdf)) return fail('damaged', 'impossible KDF parameters');
  if (!withinBackupKdfLimits(kdf)) return fail('unsupported-version', 'KDF cost above limits');
  const ctLength = view.getBigUint64(at + 41);
  if (ctLength < BigInt(TAG_BYTES) || ctLength > BigInt(MAX_BACKUP_BYTES)) {
    return fail('damaged', 'impossible length');
  }
  return ok({
    v: layout.v as 1 | 2,
    kdf,
    salt: bytes.subarray(at + 13, at + 29),
    iv: bytes.subarray(at + 29, at + 41),
    ctLength: Number(ctLength),
    aad: bytes.subarray(0, layout.bytes),
  });
}

/** Which layout a file's first bytes name; a file cut off inside a magic is 'truncated'. */
function layoutOf(bytes: Bytes): Result<HeaderLayout, BackupFailure> {
  for (const layout of [LAYOUT_V2, LAYOUT_V1]) {
    const magic = layout.magic;
    if (bytes.length < magic.length) {
      if (bytes.length > 0 && bytesEqual(bytes, magic.subarray(0, bytes.length))) {
        return fail('truncated');
      }
      continue;
    }
    if (!bytesEqual(bytes.subarray(0, magic.length), magic)) continue;
    if (bytes.length === magic.length) return fail('truncated');
    // The byte after the magic is the version: version 1 files carry 1, version 2 files 2.
    if (bytes[magic.length] !== layout.v) return fail('unsupported-version');
    return ok(layout);
  }
  return fail('not-a-backup');
}

export async function openBackup(
  passphrase: string,
  input: Uint8Array,
  { derive = deriveKeyBytes }: { derive?: DeriveBytes } = {},
): Promise<Result<Bytes, BackupFailure>> {
  const bytes = asBytes(input);
  const layout = layoutOf(bytes);
  if (!layout.ok) return layout;
  const header = decodeBackupHeaderV1(bytes, layout.value);
  if (!header.ok) return header;
  const { kdf, salt, iv, ctLength, aad } = header.value;
  const ct = bytes.subarray(layout.value.bytes);
  if (ct.length < ctLength) return fail('truncated');
  if (ct.length > ctLength) return fail('damaged', 'trailing bytes');
  if (!isUsableSecret(passphrase)) return fail('wrong-passphrase-or-tampered');
  const key = await deriveKey(passphrase, salt, kdf, 'encrypt', derive);
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
