// Shared by the tests only (not exported from the package).
import type { KdfParams } from './kdf.ts';

/** Cheap Argon2id parameters so tests that derive hundreds of keys stay fast. */
export const CHEAP_KDF: KdfParams = { alg: 'argon2id', m: 8, t: 1, p: 1 };

/** A copy of `bytes` with one bit flipped. */
export function flipBit(bytes: Uint8Array, bit: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes);
  out[bit >> 3] = (out[bit >> 3] as number) ^ (1 << (bit & 7));
  return out;
}
