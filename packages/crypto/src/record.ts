// Encrypting one record with the data key.
//
// Associated data binds each ciphertext to where it belongs, so the vault, a sync peer or the
// server cannot move a ciphertext to another record (or another kind of record) without
// decryption failing. It is canonical bytes, length-prefixed so no two (kind, id) pairs can
// collide (a plain 'kind:id' string would let kind 'a:b', id 'c' equal kind 'a', id 'b:c'):
//   "onward:record" (13 ASCII bytes) | v (1) | alg (1) | u32be len(kind) | kind (UTF-8)
//                                    | u32be len(id) | id (UTF-8)
// The envelope version and algorithm are in it too, so a ciphertext can never be read under
// another version's rules.
//
// The first byte of the plaintext says what follows: 0x00 raw bytes, 0x01 JSON as UTF-8. It sits
// inside the ciphertext so the server does not even learn whether a record is a photo or a note.
import { asBytes, type Bytes, concatBytes, fromUtf8, utf8 } from './bytes.ts';
import {
  ALG_A256GCM,
  decodeEnvelope,
  ENVELOPE_V1,
  type EnvelopeV1,
  encodeEnvelope,
  IV_BYTES,
} from './envelope.ts';
import { defaultRng, type Rng, randomBytes } from './random.ts';
import { fail, ok, type Result } from './result.ts';
import { isOperationError } from './webcrypto-errors.ts';

/**
 * Where a record belongs. Compared as UTF-8, so ids must be well-formed strings (a lone UTF-16
 * surrogate would encode as U+FFFD and collide with another); ULIDs and kebab-case kinds are.
 */
export type RecordRef = { kind: string; id: string };

export type DecryptFailure = 'wrong-key-or-tampered' | 'unsupported-version' | 'malformed';

const CONTENT_BYTES = 0x00;
const CONTENT_JSON = 0x01;
const AAD_PREFIX = concatBytes(utf8('onward:record'), Uint8Array.of(ENVELOPE_V1, ALG_A256GCM));

/**
 * The start of the associated data for one kind: "onward:record" | v | alg | u32 len | kind.
 * Built once per kind and kept (a vault has a handful of kinds), because opening the app
 * rebuilds the associated data of every record: 50,000 of them must not cost 50,000 encodings.
 */
const aadHeads = new Map<string, Bytes>();
const MAX_CACHED_KINDS = 256;

function aadHeadV1(kind: string): Bytes {
  const cached = aadHeads.get(kind);
  if (cached) return cached;
  const k = utf8(kind);
  const head = new Uint8Array(AAD_PREFIX.length + 4 + k.length);
  head.set(AAD_PREFIX, 0);
  writeU32(head, AAD_PREFIX.length, k.length);
  head.set(k, AAD_PREFIX.length + 4);
  if (aadHeads.size < MAX_CACHED_KINDS) aadHeads.set(kind, head);
  return head;
}

function writeU32(out: Uint8Array, at: number, n: number): void {
  out[at] = (n >>> 24) & 0xff;
  out[at + 1] = (n >>> 16) & 0xff;
  out[at + 2] = (n >>> 8) & 0xff;
  out[at + 3] = n & 0xff;
}

/** The associated data for a version 1 record (built on every read, so kept cheap). */
export function recordAadV1({ kind, id }: RecordRef): Bytes {
  const head = aadHeadV1(kind);
  // Ids are nearly always ASCII (ULIDs, random slots): written byte for byte, which is what
  // UTF-8 gives for ASCII. Anything else goes through the encoder, exactly as before.
  let ascii = true;
  for (let i = 0; i < id.length; i++) {
    if (id.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  const encoded = ascii ? undefined : utf8(id);
  const length = encoded ? encoded.length : id.length;
  const out = new Uint8Array(head.length + 4 + length);
  out.set(head, 0);
  writeU32(out, head.length, length);
  const at = head.length + 4;
  if (encoded) out.set(encoded, at);
  else for (let i = 0; i < length; i++) out[at + i] = id.charCodeAt(i);
  return out;
}

/**
 * Encrypts a record. A Uint8Array is stored as bytes; anything else is stored as JSON and comes
 * back from decryptRecord parsed. Returns the envelope bytes to store.
 */
export async function encryptRecord(
  key: CryptoKey,
  ref: RecordRef,
  plaintext: unknown,
  { rng = defaultRng }: { rng?: Rng } = {},
): Promise<Bytes> {
  return encryptRecordContent(key, ref, encodeContent(plaintext), randomBytes(IV_BYTES, rng));
}

/** The content byte that marks raw bytes (what encryptRecord puts before a Uint8Array). */
export const RECORD_CONTENT_BYTES = CONTENT_BYTES;
/** Length of a record envelope's IV. */
export const RECORD_IV_BYTES = IV_BYTES;

/**
 * encryptRecord for content already laid out: `content` is the content byte followed by the
 * plaintext, exactly what encryptRecord encrypts, and `iv` a fresh random RECORD_IV_BYTES. For a
 * caller that seals many records at once and writes each one's bytes only once (the vault's
 * pages); the envelope is the same as encryptRecord's.
 */
export async function encryptRecordContent(
  key: CryptoKey,
  ref: RecordRef,
  content: Bytes,
  iv: Bytes,
): Promise<Bytes> {
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: recordAadV1(ref), tagLength: 128 },
    key,
    content,
  );
  return encodeEnvelope({ v: 1, alg: 'A256GCM', iv, ct: new Uint8Array(ct) });
}

function encodeContent(plaintext: unknown): Bytes {
  if (plaintext instanceof Uint8Array) {
    return concatBytes(Uint8Array.of(CONTENT_BYTES), plaintext);
  }
  const json = JSON.stringify(plaintext);
  if (json === undefined) throw new TypeError('record plaintext is not JSON-serialisable');
  return concatBytes(Uint8Array.of(CONTENT_JSON), utf8(json));
}

/**
 * Decrypts an envelope made by encryptRecord for the same (kind, id). Never throws for a wrong
 * key, changed bytes, a wrong record or an unknown version: those come back as reasons.
 */
export async function decryptRecord(
  key: CryptoKey,
  ref: RecordRef,
  envelope: Uint8Array,
): Promise<Result<unknown, DecryptFailure>> {
  const decoded = decodeEnvelope(envelope);
  if (!decoded.ok) return decoded;
  return decryptRecordV1(key, ref, decoded.value);
}

export async function decryptRecordV1(
  key: CryptoKey,
  ref: RecordRef,
  env: EnvelopeV1,
): Promise<Result<unknown, DecryptFailure>> {
  let inner: Bytes;
  try {
    inner = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: env.iv, additionalData: recordAadV1(ref), tagLength: 128 },
        key,
        env.ct,
      ),
    );
  } catch (e) {
    if (isOperationError(e)) return fail('wrong-key-or-tampered');
    throw e;
  }
  // Past this point the bytes are authentic: they are exactly what a holder of the key wrote
  // for this record. A bad content byte or bad JSON means a writer bug, not an attacker.
  const body = inner.subarray(1);
  if (inner[0] === CONTENT_BYTES) return ok(asBytes(body.slice()));
  if (inner[0] === CONTENT_JSON) {
    try {
      return ok(JSON.parse(fromUtf8(body)));
    } catch {
      return fail('malformed', 'authenticated content is not JSON');
    }
  }
  return fail('malformed', 'unknown content type');
}
