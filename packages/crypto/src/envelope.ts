// The record envelope: what the vault stores in IndexedDB and what the sync server keeps as
// opaque bytes. This file only reads and writes the byte layout; it holds no keys and decrypts
// nothing, so the server may import it (as `@onward/crypto/envelope`) to check that an upload is
// a well-formed envelope without being able to read it.
//
// Binary, not base64url JSON: IndexedDB and the server both store bytes natively, and 50,000
// small records should not pay a third in base64 plus a JSON parse before decryption.
//
// Version 1 layout (30 + n bytes):
//   [0]       v   = 0x01
//   [1]       alg = 0x01 (A256GCM: AES-256-GCM, 96-bit IV, 128-bit tag)
//   [2..14)   iv  (12 random bytes, fresh for every encryption)
//   [14..)    ct  (ciphertext followed by the 16-byte tag; at least 16 bytes)
// Readers for old versions stay, named by version (decodeEnvelopeV1); decodeEnvelope dispatches
// on the first byte.
import { asBytes, type Bytes } from './bytes.ts';
import { fail, ok, type Result } from './result.ts';

export const ENVELOPE_V1 = 1;
export const ALG_A256GCM = 1;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
const V1_HEADER_BYTES = 2 + IV_BYTES;

export type EnvelopeV1 = { v: 1; alg: 'A256GCM'; iv: Bytes; ct: Bytes };
/** Every version this build can read. */
export type Envelope = EnvelopeV1;

export type EnvelopeFailure = 'unsupported-version' | 'malformed';

export function encodeEnvelope(env: Envelope): Bytes {
  if (env.iv.length !== IV_BYTES || env.ct.length < TAG_BYTES) {
    throw new TypeError('envelope v1 needs a 12-byte iv and at least a 16-byte ct');
  }
  const out = new Uint8Array(V1_HEADER_BYTES + env.ct.length);
  out[0] = ENVELOPE_V1;
  out[1] = ALG_A256GCM;
  out.set(env.iv, 2);
  out.set(env.ct, V1_HEADER_BYTES);
  return out;
}

/** Reads any supported version. The returned iv and ct are views into `bytes`, not copies. */
export function decodeEnvelope(bytes: Uint8Array): Result<Envelope, EnvelopeFailure> {
  if (bytes.length === 0) return fail('malformed');
  switch (bytes[0]) {
    case ENVELOPE_V1:
      return decodeEnvelopeV1(bytes);
    default:
      return fail('unsupported-version');
  }
}

export function decodeEnvelopeV1(input: Uint8Array): Result<EnvelopeV1, 'malformed'> {
  const bytes = asBytes(input);
  if (bytes[0] !== ENVELOPE_V1) return fail('malformed');
  if (bytes[1] !== ALG_A256GCM) return fail('malformed', 'unknown algorithm');
  if (bytes.length < V1_HEADER_BYTES + TAG_BYTES) return fail('malformed', 'too short');
  return ok({
    v: 1,
    alg: 'A256GCM',
    iv: bytes.subarray(2, V1_HEADER_BYTES),
    ct: bytes.subarray(V1_HEADER_BYTES),
  });
}
