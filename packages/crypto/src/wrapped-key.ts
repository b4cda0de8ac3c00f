// Wrapping the data key with a key-encryption key (KEK): a device key or a passcode-derived key.
//
// Why AES-KW (RFC 3394, NIST SP 800-38F) and not AES-GCM for wrapping:
// - It is the primitive built for this job: deterministic, with no IV, so there is no nonce to
//   store, to generate or to get wrong; a built-in 64-bit integrity check rejects a wrong KEK or a
//   changed byte; the output is 40 bytes for a 32-byte key.
// - A KEK imported as AES-KW can only wrap and unwrap keys; WebCrypto will not let it encrypt
//   data, so the passcode-derived key cannot be misused as a record key.
// - Determinism leaks nothing here: the wrapped plaintext is a uniformly random key.
// What AES-KW lacks is associated data, so the KDF parameters beside the wrapped key are not
// authenticated. Changing them only yields a different KEK, and unwrapping then fails; the cost
// they may demand is capped by KDF_LIMITS.
//
// The stored record is plain JSON (base64url for bytes) so it can sit in IndexedDB, in a backup or
// in a test vector as it is, and is checked field by field when read back (trust boundary:
// storage can be corrupted or edited).
import { fromBase64Url, toBase64Url } from './bytes.ts';
import { DATA_KEY_ALGORITHM, DATA_KEY_USAGES } from './data-key.ts';
import {
  DEFAULT_KDF_PARAMS,
  type DeriveBytes,
  deriveKey,
  deriveKeyBytes,
  isKdfParams,
  isUsableSecret,
  type KdfParams,
  SALT_BYTES,
  withinKdfLimits,
} from './kdf.ts';
import { defaultRng, type Rng, randomBytes } from './random.ts';
import { fail, ok, type Result } from './result.ts';
import { isOperationError } from './webcrypto-errors.ts';

const WRAPPED_KEY_BYTES = 40;

export type WrappedByDeviceV1 = {
  v: 1;
  by: 'device';
  alg: 'A256KW';
  /** base64url of the 40-byte AES-KW output. */
  wrapped: string;
};

export type WrappedByPasscodeV1 = {
  v: 1;
  by: 'passcode';
  alg: 'A256KW';
  /** Argon2id parameters and base64url salt (16 bytes), kept so they can be raised later. */
  kdf: KdfParams & { salt: string };
  wrapped: string;
};

export type WrappedDataKey = WrappedByDeviceV1 | WrappedByPasscodeV1;

export type ParseWrappedFailure = 'malformed' | 'unsupported-version';
export type DeviceUnwrapFailure = 'wrong-key-or-tampered' | ParseWrappedFailure;
export type PasscodeUnwrapFailure = 'wrong-passcode-or-tampered' | ParseWrappedFailure;

/** Checks a stored wrapped-key record field by field. */
export function parseWrappedDataKey(x: unknown): Result<WrappedDataKey, ParseWrappedFailure> {
  if (typeof x !== 'object' || x === null) return fail('malformed');
  const r = x as Record<string, unknown>;
  if (typeof r.v !== 'number') return fail('malformed');
  if (r.v !== 1) return fail('unsupported-version');
  return parseWrappedDataKeyV1(r);
}

/** Reader for version 1 records. */
export function parseWrappedDataKeyV1(
  r: Record<string, unknown>,
): Result<WrappedDataKey, 'malformed'> {
  if (r.v !== 1 || r.alg !== 'A256KW' || typeof r.wrapped !== 'string') return fail('malformed');
  if (fromBase64Url(r.wrapped)?.length !== WRAPPED_KEY_BYTES) return fail('malformed');
  if (r.by === 'device') {
    return ok({ v: 1, by: 'device', alg: 'A256KW', wrapped: r.wrapped });
  }
  if (r.by === 'passcode') {
    const kdf = r.kdf;
    if (!isKdfParams(kdf)) return fail('malformed');
    const salt = (kdf as { salt?: unknown }).salt;
    if (typeof salt !== 'string' || fromBase64Url(salt)?.length !== SALT_BYTES) {
      return fail('malformed');
    }
    const { alg, m, t, p } = kdf;
    return ok({
      v: 1,
      by: 'passcode',
      alg: 'A256KW',
      kdf: { alg, m, t, p, salt },
      wrapped: r.wrapped,
    });
  }
  return fail('malformed');
}

async function wrapWith(dataKey: CryptoKey, kek: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.wrapKey('raw', dataKey, kek, 'AES-KW')));
}

/**
 * Returns the unwrapped key, or undefined when the KEK is wrong or the bytes changed
 * (AES-KW's integrity check failed).
 */
async function unwrapWith(
  wrapped: string,
  kek: CryptoKey,
  extractable: boolean,
): Promise<CryptoKey | undefined> {
  const bytes = fromBase64Url(wrapped);
  if (bytes === undefined) return undefined;
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      bytes,
      kek,
      'AES-KW',
      DATA_KEY_ALGORITHM,
      extractable,
      DATA_KEY_USAGES,
    );
  } catch (e) {
    if (isOperationError(e)) return undefined;
    throw e;
  }
}

export async function wrapDataKeyWithDeviceKey(
  dataKey: CryptoKey,
  deviceKey: CryptoKey,
): Promise<WrappedByDeviceV1> {
  return { v: 1, by: 'device', alg: 'A256KW', wrapped: await wrapWith(dataKey, deviceKey) };
}

/**
 * Unwraps with the device key. The data key comes back non-extractable unless asked otherwise
 * (only re-wrapping and showing the recovery code need it extractable).
 */
export async function unwrapDataKeyWithDeviceKey(
  stored: unknown,
  deviceKey: CryptoKey,
  { extractable = false }: { extractable?: boolean } = {},
): Promise<Result<CryptoKey, DeviceUnwrapFailure>> {
  const parsed = parseWrappedDataKey(stored);
  if (!parsed.ok) return parsed;
  if (parsed.value.by !== 'device') return fail('malformed', 'not wrapped by a device key');
  const key = await unwrapWith(parsed.value.wrapped, deviceKey, extractable);
  return key ? ok(key) : fail('wrong-key-or-tampered');
}

export async function wrapDataKeyWithPasscode(
  dataKey: CryptoKey,
  passcode: string,
  {
    params = DEFAULT_KDF_PARAMS,
    rng = defaultRng,
    derive = deriveKeyBytes,
  }: { params?: KdfParams; rng?: Rng; derive?: DeriveBytes } = {},
): Promise<WrappedByPasscodeV1> {
  const salt = randomBytes(SALT_BYTES, rng);
  const kek = await deriveKey(passcode, salt, params, 'wrap', derive);
  const { alg, m, t, p } = params;
  return {
    v: 1,
    by: 'passcode',
    alg: 'A256KW',
    kdf: { alg, m, t, p, salt: toBase64Url(salt) },
    wrapped: await wrapWith(dataKey, kek),
  };
}

export async function unwrapDataKeyWithPasscode(
  stored: unknown,
  passcode: string,
  {
    extractable = false,
    derive = deriveKeyBytes,
  }: { extractable?: boolean; derive?: DeriveBytes } = {},
): Promise<Result<CryptoKey, PasscodeUnwrapFailure>> {
  const parsed = parseWrappedDataKey(stored);
  if (!parsed.ok) return parsed;
  const record = parsed.value;
  if (record.by !== 'passcode') return fail('malformed', 'not wrapped by a passcode');
  // A newer build may have raised the parameters past what this one will spend.
  if (!withinKdfLimits(record.kdf)) return fail('unsupported-version', 'KDF cost above limits');
  if (!isUsableSecret(passcode)) return fail('wrong-passcode-or-tampered');
  const salt = fromBase64Url(record.kdf.salt) as Uint8Array;
  const kek = await deriveKey(passcode, salt, record.kdf, 'wrap', derive);
  const key = await unwrapWith(record.wrapped, kek, extractable);
  return key ? ok(key) : fail('wrong-passcode-or-tampered');
}

/**
 * Changing the passcode: unwraps the one data key with the old passcode and wraps it again with
 * the new one, under a fresh salt and today's KDF parameters (so this is also how parameters are
 * raised). Every record stays readable, since the data key itself does not change. The caller
 * must replace the stored record with the returned one: the old record still opens with the old
 * passcode for as long as it is kept.
 */
export async function rewrapDataKey(
  stored: unknown,
  oldPasscode: string,
  newPasscode: string,
  opts: { params?: KdfParams; rng?: Rng } = {},
): Promise<Result<WrappedByPasscodeV1, PasscodeUnwrapFailure>> {
  const unwrapped = await unwrapDataKeyWithPasscode(stored, oldPasscode, { extractable: true });
  if (!unwrapped.ok) return unwrapped;
  return ok(await wrapDataKeyWithPasscode(unwrapped.value, newPasscode, opts));
}
