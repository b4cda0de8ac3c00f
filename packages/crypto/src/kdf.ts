// Passcode / passphrase -> key. This is the only place a human secret becomes key material.
//
// Why Argon2id (via hash-wasm) and not PBKDF2-SHA256:
// - A passcode is short and a backup file can be copied off the device, so the attacker we plan
//   for runs guesses offline on GPUs. PBKDF2 costs CPU time only; a GPU runs it thousands of times
//   in parallel (600,000 iterations took ~76 ms per guess on one core here; one high-end GPU does
//   on the order of ten thousand such guesses a second). Argon2id (RFC 9106) makes every guess
//   also fill and hold 64 MiB, which is what GPUs and ASICs have least of per core.
// - hash-wasm ships Argon2id as WebAssembly inside the npm package (no network, no native build)
//   and gives byte-identical results in Node and Chromium, so a vault made on one opens on the
//   other, and the same test vectors hold for both.
//
// Why m = 64 MiB, t = 3, p = 1 (RFC 9106 §4, second recommended option, with p = 1):
// - ~0.2 s on a desktop core (see bench/crypto-node.ts); we expect 3-5x that on a low-end phone,
//   so under about a second to unlock. Unlocking is never on the way to help: the crisis screen
//   works while locked.
// - 64 MiB is one WebAssembly allocation, well inside what phone browsers give a tab; more risks
//   the tab being killed on 2 GB phones, which would lock a person out of their own data.
// - p = 1 because WebAssembly here is single-threaded: more lanes would add no speed for us and
//   no cost for an attacker.
// The parameters and salt are stored beside every wrapped key and in every backup header, so they
// can be raised later: needsRehash() says when a stored record is below today's target, and the
// app re-wraps at the next successful unlock.
import { type Bytes, utf8 } from './bytes.ts';

// hash-wasm is loaded on first use, not at import: in the web app the help screens must stay
// small and fast, and only a passcode or a backup passphrase needs Argon2id (a bundler turns
// this into its own chunk, fetched when a passcode is set or typed). Cached after the first call.
// Written as import().then(({ argon2id }) => ...) so the bundler keeps only Argon2id (and the
// BLAKE2b it needs) from hash-wasm, not its other hash functions.
type Argon2id = typeof import('hash-wasm').argon2id;
let argon2: Promise<Argon2id> | undefined;
const loadArgon2 = (): Promise<Argon2id> => {
  argon2 ??= import('hash-wasm').then(({ argon2id }) => argon2id);
  return argon2;
};

export type KdfParams = {
  alg: 'argon2id';
  /** Memory in KiB. */
  m: number;
  /** Passes (iterations). */
  t: number;
  /** Lanes (parallelism). */
  p: number;
};

export const DEFAULT_KDF_PARAMS: Readonly<KdfParams> = Object.freeze({
  alg: 'argon2id',
  m: 64 * 1024,
  t: 3,
  p: 1,
});

export const SALT_BYTES = 16;
export const DERIVED_KEY_BYTES = 32;

/**
 * Upper bounds on what a stored record or a backup file may ask of us. These values are read
 * from storage or from a file someone hands us: without a cap a crafted header could demand
 * gigabytes of memory and crash the tab. Raised only together with the defaults.
 */
export const KDF_LIMITS = Object.freeze({ maxM: 256 * 1024, maxT: 16, maxP: 8 });

/**
 * Lower bounds for what a backup FILE may ask for. A file can come from anyone, and until the
 * KDF (key derivation) has run we cannot tell a real backup from a hostile one: at KDF_LIMITS
 * (256 MiB x 16 passes, 21x today's cost) a crafted header froze the page for 13 s. A file may ask
 * for at most 128 MiB and 4 passes, and at most twice today's memory x passes (m x t <= 2 x
 * 64 MiB x 3). Measured in Node on the shared 2-core dev machine (busy): today's defaults 0.63 s,
 * the most a file may ask (128 MiB x 3) 1.66 s, versus about 21x the defaults (~13 s) allowed
 * before. Files this build writes use DEFAULT_KDF_PARAMS, well inside.
 */
export const BACKUP_KDF_LIMITS = Object.freeze({
  maxM: 128 * 1024,
  maxT: 4,
  maxP: 4,
  maxCost: 2 * 64 * 1024 * 3,
});

/** Within what a backup file may ask for (see BACKUP_KDF_LIMITS). */
export function withinBackupKdfLimits(params: KdfParams): boolean {
  const l = BACKUP_KDF_LIMITS;
  return (
    params.m <= l.maxM &&
    params.t <= l.maxT &&
    params.p <= l.maxP &&
    params.m * params.t <= l.maxCost
  );
}

/**
 * Secret + salt + parameters -> 32 key bytes. deriveKeyBytes (Argon2id on this thread) by
 * default; the web app may pass one that runs it in a Web Worker. Every derivation goes through
 * this one type, so swapping where it runs is one argument.
 */
export type DeriveBytes = (secret: string, salt: Uint8Array, params: KdfParams) => Promise<Bytes>;

/** Shape check for parameters read from storage or a file (not a strength check). */
export function isKdfParams(x: unknown): x is KdfParams {
  if (typeof x !== 'object' || x === null) return false;
  const { alg, m, t, p } = x as Record<string, unknown>;
  return alg === 'argon2id' && isCount(m) && isCount(t) && isCount(p) && m >= 8 * p;
}

/** Within the limits this build is willing to spend on one derivation. */
export function withinKdfLimits(params: KdfParams): boolean {
  return params.m <= KDF_LIMITS.maxM && params.t <= KDF_LIMITS.maxT && params.p <= KDF_LIMITS.maxP;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1;

/**
 * True when `params` are weaker than `target` (today's defaults), so the key should be re-wrapped
 * with `target` at the next successful unlock.
 */
export function needsRehash(
  params: KdfParams,
  target: Readonly<KdfParams> = DEFAULT_KDF_PARAMS,
): boolean {
  return params.alg !== target.alg || params.m < target.m || params.t < target.t;
}

/**
 * hash-wasm (unlike RFC 9106) refuses an empty password. So wrapping with an empty secret is a
 * programming mistake (the UI must not offer it) and throws; unwrapping with one returns "wrong
 * passcode" before any KDF runs, because an empty box at the unlock screen is an expected input.
 */
export const isUsableSecret = (secret: string): boolean => secret.length > 0;

/**
 * Passcodes are NFC-normalised first: the same passcode typed on two keyboards can arrive as
 * different code points (é as one code point or as e + combining accent), and must give the
 * same key.
 */
export async function deriveKeyBytes(
  secret: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Bytes> {
  if (!isUsableSecret(secret)) throw new TypeError('an empty passcode cannot be used');
  const argon2id = await loadArgon2();
  const out = await argon2id({
    password: utf8(secret.normalize('NFC')),
    salt,
    parallelism: params.p,
    iterations: params.t,
    memorySize: params.m,
    hashLength: DERIVED_KEY_BYTES,
    outputType: 'binary',
  });
  return new Uint8Array(out);
}

/** Derives a non-extractable AES key from a human secret, for one purpose only. */
export async function deriveKey(
  secret: string,
  salt: Uint8Array,
  params: KdfParams,
  purpose: 'wrap' | 'encrypt',
  derive: DeriveBytes = deriveKeyBytes,
): Promise<Awaited<ReturnType<typeof crypto.subtle.importKey>>> {
  if (!isUsableSecret(secret)) throw new TypeError('an empty passcode cannot be used');
  const raw = await derive(secret, salt, params);
  try {
    return purpose === 'wrap'
      ? await crypto.subtle.importKey('raw', raw, 'AES-KW', false, ['wrapKey', 'unwrapKey'])
      : await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  } finally {
    raw.fill(0);
  }
}
