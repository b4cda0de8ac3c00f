// Share links (docs/share-links.md): an encrypted snapshot on the server, its key only in the
// link's #fragment (browsers never send a fragment), optionally bound to a passphrase.
//
// Link secret: 32 random bytes, fresh per link, in the fragment. Content key (AES-256-GCM):
//   no passphrase:   HKDF-SHA256(ikm = secret, salt = header salt, info = "onward share v1")
//   with passphrase: HKDF-SHA256(ikm = secret || Argon2id(passphrase, salt, m, t, p), same salt/info)
// so with a passphrase neither the link nor the passphrase alone opens the snapshot, and the
// server (which holds the salt and parameters) can only guess passphrases if it also has the link.
//
// Snapshot blob, format v1 (every byte before the nonce is the header, authenticated as AAD):
//   [0]      0x01 version
//   [1]      flags: 0x00 no passphrase, 0x01 passphrase
//   [2..17]  salt (16 random bytes, fresh per link)
//   if passphrase: [18..21] Argon2id m (KiB, u32 big-endian), [22] t, [23] p
//   then nonce (12 random bytes, fresh per seal) and AES-GCM ciphertext + 16-byte tag.
// AAD = "onward-share-v1:" + share id (ASCII) + header: a snapshot is bound to its link id and its
// own parameters, so the server cannot move ciphertext between links or strip the passphrase flag.
// A live link is re-sealed with the same content key, header and id, and a fresh nonce.
//
// Fragment, format v1: "1.<secret, 43 base64url chars>.<expiry, ms since epoch in base 36>".
// The expiry there only lets the viewer say "expired" after the server has forgotten the link.
import { asBytes, type Bytes, concatBytes, fromBase64Url, toBase64Url, utf8 } from './bytes.ts';
import {
  DEFAULT_KDF_PARAMS,
  type DeriveBytes,
  deriveKeyBytes,
  isKdfParams,
  type KdfParams,
  withinBackupKdfLimits,
} from './kdf.ts';
import { defaultRng, type Rng, randomBytes } from './random.ts';
import { fail, ok, type Result } from './result.ts';

export type { DeriveBytes } from './kdf.ts';

export const SHARE_FORMAT_V1 = 1;
export const SHARE_SECRET_BYTES = 32;
const SALT = 16;
const NONCE = 12;
const TAG = 16;
const FLAG_PASSPHRASE = 0x01;
const info = utf8('onward share v1');

export type ShareOpenFailure =
  /** The fragment or the snapshot is not something this version can read. */
  | 'damaged'
  | 'unsupported-version'
  /** The snapshot needs a passphrase and none was given. */
  | 'needs-passphrase'
  /** A passphrase was given and the snapshot did not open with it (or the link is damaged). */
  | 'wrong-passphrase';

export interface ShareHeader {
  bytes: Bytes;
  salt: Bytes;
  /** Argon2id parameters when the link has a passphrase. */
  kdf?: KdfParams;
}

/** What the sharing device keeps (in its vault) to re-seal a live link. */
export interface ShareKeys {
  secret: Bytes;
  contentKey: Bytes;
  header: Bytes;
}

function headerFor(salt: Uint8Array, kdf?: KdfParams): Bytes {
  if (kdf === undefined) return concatBytes(new Uint8Array([SHARE_FORMAT_V1, 0]), salt);
  const m = new Uint8Array(4);
  new DataView(m.buffer).setUint32(0, kdf.m);
  return concatBytes(
    new Uint8Array([SHARE_FORMAT_V1, FLAG_PASSPHRASE]),
    salt,
    m,
    new Uint8Array([kdf.t, kdf.p]),
  );
}

/** Reads the header of a snapshot blob (no key needed). */
export function readShareHeader(
  blob: Uint8Array,
): Result<{ header: ShareHeader; body: Bytes }, 'damaged' | 'unsupported-version'> {
  if (blob.length < 2) return fail('damaged');
  if (blob[0] !== SHARE_FORMAT_V1) return fail('unsupported-version');
  const flags = blob[1] as number;
  if (flags !== 0 && flags !== FLAG_PASSPHRASE) return fail('damaged');
  const length = 2 + SALT + (flags === FLAG_PASSPHRASE ? 6 : 0);
  if (blob.length < length + NONCE + TAG) return fail('damaged');
  const bytes = asBytes(blob.slice(0, length));
  const salt = asBytes(blob.slice(2, 2 + SALT));
  const body = asBytes(blob.slice(length));
  if (flags === 0) return ok({ header: { bytes, salt }, body });
  const view = new DataView(bytes.buffer);
  const kdf = {
    alg: 'argon2id' as const,
    m: view.getUint32(2 + SALT),
    t: bytes[2 + SALT + 4] as number,
    p: bytes[2 + SALT + 5] as number,
  };
  // The header comes from the server: never let it ask for more work than a backup file may.
  if (!isKdfParams(kdf) || !withinBackupKdfLimits(kdf)) return fail('damaged');
  return ok({ header: { bytes, salt, kdf }, body });
}

async function contentKeyFor(
  secret: Uint8Array,
  header: ShareHeader,
  passphrase: string | undefined,
  derive: DeriveBytes,
): Promise<Bytes> {
  let ikm: Bytes = asBytes(secret);
  if (header.kdf !== undefined) {
    ikm = concatBytes(secret, await derive(passphrase ?? '', header.salt, header.kdf));
  }
  const base = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: header.salt, info },
    base,
    256,
  );
  return new Uint8Array(bits);
}

/** Fresh keys for a new link; with a passphrase, runs Argon2id once (on `derive`). */
export async function newShareKeys(
  options: { passphrase?: string; derive?: DeriveBytes; rng?: Rng; kdf?: KdfParams } = {},
): Promise<ShareKeys> {
  const rng = options.rng ?? defaultRng;
  const secret = randomBytes(SHARE_SECRET_BYTES, rng);
  const salt = randomBytes(SALT, rng);
  const kdf = options.passphrase ? (options.kdf ?? DEFAULT_KDF_PARAMS) : undefined;
  const header = headerFor(salt, kdf);
  const parsed = { bytes: header, salt, ...(kdf ? { kdf } : {}) };
  const contentKey = await contentKeyFor(
    secret,
    parsed,
    options.passphrase,
    options.derive ?? deriveKeyBytes,
  );
  return { secret, contentKey, header };
}

const aadFor = (shareId: string, header: Uint8Array) =>
  concatBytes(utf8(`onward-share-v1:${shareId}`), header);

/** Encrypts one snapshot of a link (a new nonce each time, same key and header). */
export async function sealShareSnapshot(
  shareId: string,
  keys: Pick<ShareKeys, 'contentKey' | 'header'>,
  plaintext: Uint8Array,
  rng: Rng = defaultRng,
): Promise<Bytes> {
  const nonce = randomBytes(NONCE, rng);
  const key = await crypto.subtle.importKey('raw', asBytes(keys.contentKey), 'AES-GCM', false, [
    'encrypt',
  ]);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: aadFor(shareId, keys.header) },
    key,
    asBytes(plaintext),
  );
  return concatBytes(keys.header, nonce, new Uint8Array(ciphertext));
}

/** True when the snapshot needs a passphrase (undefined when it is not readable at all). */
export function shareNeedsPassphrase(blob: Uint8Array): boolean | undefined {
  const read = readShareHeader(blob);
  return read.ok ? read.value.header.kdf !== undefined : undefined;
}

/** Decrypts a snapshot with the link's secret (and passphrase, when it has one). */
export async function openShareSnapshot(
  shareId: string,
  secret: Uint8Array,
  blob: Uint8Array,
  passphrase?: string,
  derive: DeriveBytes = deriveKeyBytes,
): Promise<Result<Bytes, ShareOpenFailure>> {
  const read = readShareHeader(blob);
  if (!read.ok) return read;
  const { header, body } = read.value;
  if (secret.length !== SHARE_SECRET_BYTES) return fail('damaged');
  if (header.kdf !== undefined && !passphrase) return fail('needs-passphrase');
  const contentKey = await contentKeyFor(secret, header, passphrase, derive);
  const key = await crypto.subtle.importKey('raw', contentKey, 'AES-GCM', false, ['decrypt']);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: body.slice(0, NONCE), additionalData: aadFor(shareId, header.bytes) },
      key,
      body.slice(NONCE),
    );
    return ok(new Uint8Array(plain));
  } catch {
    return fail(header.kdf === undefined ? 'damaged' : 'wrong-passphrase');
  }
}

/** The link's #fragment (without the '#'). */
export function encodeShareFragment(secret: Uint8Array, expiresAt: number): string {
  return `${SHARE_FORMAT_V1}.${toBase64Url(secret)}.${expiresAt.toString(36)}`;
}

export function parseShareFragment(
  fragment: string,
): Result<{ secret: Bytes; expiresAt: number }, 'damaged' | 'unsupported-version'> {
  const parts = fragment.replace(/^#/, '').split('.');
  if (parts[0] !== String(SHARE_FORMAT_V1)) {
    return fail(/^\d+$/.test(parts[0] ?? '') ? 'unsupported-version' : 'damaged');
  }
  const [, secretText = '', expiryText = ''] = parts;
  if (parts.length !== 3 || !/^[A-Za-z0-9_-]{43}$/.test(secretText)) return fail('damaged');
  const secret = fromBase64Url(secretText);
  if (secret?.length !== SHARE_SECRET_BYTES || toBase64Url(secret) !== secretText) {
    return fail('damaged');
  }
  if (!/^[0-9a-z]{1,11}$/.test(expiryText)) return fail('damaged');
  const expiresAt = Number.parseInt(expiryText, 36);
  if (!Number.isSafeInteger(expiresAt)) return fail('damaged');
  return ok({ secret, expiresAt });
}
