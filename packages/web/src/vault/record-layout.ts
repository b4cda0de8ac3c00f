// Stored format 1: one vault record per IndexedDB value, as the vault stored records before
// pages (page-layout.ts, stored format 2). This reader stays so vaults written by older builds
// open; the engine moves their records into pages on the first unlock. Nothing new is written in
// this layout (recordJson and sealRecord remain for tests, the benchmark and the reader's checks).
//
//
// IndexedDB sees only (slot, envelope): the slot is a random id with no meaning, so storage does
// not learn a record's kind, its id, when it was written or what it is about. The kind, id, times
// and value are inside the ciphertext, as JSON:
//   { "v": 1, "k": kind, "i": id, "a": at, "u": updatedAt, "d": value, "p": "   " }
// The envelope's associated data binds the ciphertext to its slot (kind 'vault-record', id =
// slot), so a ciphertext copied to another slot does not decrypt. `p` pads the JSON to a multiple
// of PAD bytes so the stored size says less about how long a note is.
import { decodeEnvelope, decryptRecord, encryptRecord, recordAadV1 } from '@onward/crypto';
import type { StoredRecord } from './types.ts';

/** The envelope "kind" for every vault record; the real kind is inside the ciphertext. */
export const VAULT_RECORD_KIND = 'vault-record';
export const RECORD_LAYOUT_V1 = 1;
const PAD = 64;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The JSON text of a record, padded; also what the in-memory view holds after a write. */
export function recordJson(record: StoredRecord): string {
  const body = JSON.stringify({
    v: RECORD_LAYOUT_V1,
    k: record.kind,
    i: record.id,
    a: record.at,
    u: record.updatedAt,
    d: record.value,
  });
  // ',"p":""' adds 7 bytes; UTF-8 length counted exactly so the padding lands on a boundary.
  const length = encoder.encode(body).length + 7;
  const pad = (PAD - (length % PAD)) % PAD;
  return `${body.slice(0, -1)},"p":"${' '.repeat(pad)}"}`;
}

export function sealRecord(
  key: CryptoKey,
  slot: string,
  json: string,
): Promise<Uint8Array<ArrayBuffer>> {
  return encryptRecord(key, { kind: VAULT_RECORD_KIND, id: slot }, encoder.encode(json));
}

export type OpenFailure = 'wrong-key-or-tampered' | 'unsupported-version' | 'malformed';

/** Checks an authenticated record's shape (written by us, but possibly by a newer build). */
export function parseRecordJson(
  json: string,
): { ok: true; value: StoredRecord } | { ok: false; reason: OpenFailure } {
  let x: unknown;
  try {
    x = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  return parseRecordValue(x);
}

/** Reader for layout version 1. */
export function parseRecordJsonV1(
  r: Record<string, unknown>,
): { ok: true; value: StoredRecord } | { ok: false; reason: OpenFailure } {
  const { k, i, a, u } = r;
  if (typeof k !== 'string' || typeof i !== 'string') return { ok: false, reason: 'malformed' };
  if (typeof a !== 'string' || typeof u !== 'string') return { ok: false, reason: 'malformed' };
  if (!('d' in r)) return { ok: false, reason: 'malformed' };
  return {
    ok: true,
    value: { kind: k, id: i, at: a, updatedAt: u, value: r.d } as StoredRecord,
  };
}

export async function openRecord(
  key: CryptoKey,
  slot: string,
  envelope: Uint8Array,
): Promise<{ ok: true; value: StoredRecord } | { ok: false; reason: OpenFailure }> {
  const opened = await decryptRecord(key, { kind: VAULT_RECORD_KIND, id: slot }, envelope);
  if (!opened.ok) return opened;
  if (!(opened.value instanceof Uint8Array)) return { ok: false, reason: 'malformed' };
  let json: string;
  try {
    json = decoder.decode(opened.value);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  return parseRecordJson(json);
}

/**
 * Opens many envelopes at once (unlocking, opening the app): the hot path, 50,000 records must
 * open in about the time AES-GCM itself takes. So, unlike openRecord, it calls WebCrypto
 * directly (the same checks as @onward/crypto's decryptRecord: envelope layout and version via
 * decodeEnvelope, associated data via recordAadV1, the tag by AES-GCM, then the content byte),
 * without a Result object, a copy and a promise chain per record; then it decodes and parses
 * the plaintexts as ONE JSON array instead of 50,000 small documents. If that batch does not
 * parse (a damaged or foreign record among them), each record is read on its own so only the
 * bad ones are lost. record-layout.test.ts checks it agrees with openRecord record for record.
 */
export async function openRecords(
  key: CryptoKey,
  entries: ReadonlyArray<readonly [string, Uint8Array]>,
): Promise<Array<{ ok: true; value: StoredRecord } | { ok: false; reason: OpenFailure }>> {
  const failed = (reason: OpenFailure) => ({ ok: false, reason }) as const;
  const decrypted = await Promise.all(
    entries.map(([slot, bytes]): Promise<Uint8Array | OpenFailure> => {
      const env = decodeEnvelope(bytes);
      if (!env.ok) return Promise.resolve(env.reason);
      return crypto.subtle
        .decrypt(
          {
            name: 'AES-GCM',
            iv: env.value.iv,
            additionalData: recordAadV1({ kind: VAULT_RECORD_KIND, id: slot }),
            tagLength: 128,
          },
          key,
          env.value.ct,
        )
        .then(
          (plain): Uint8Array | OpenFailure => {
            const inner = new Uint8Array(plain);
            // Our records are always stored as bytes (content byte 0x00): see sealRecord.
            return inner[0] === 0x00 ? inner.subarray(1) : 'malformed';
          },
          (e: unknown): OpenFailure => {
            if (e instanceof DOMException && e.name === 'OperationError') {
              return 'wrong-key-or-tampered';
            }
            throw e;
          },
        );
    }),
  );
  let length = 2;
  let count = 0;
  for (const d of decrypted) {
    if (typeof d !== 'string') {
      length += d.length + 1;
      count++;
    }
  }
  let parsed: unknown[] | undefined;
  if (count > 0) {
    const joined = new Uint8Array(length);
    joined[0] = 0x5b; // [
    let at = 1;
    for (const d of decrypted) {
      if (typeof d === 'string') continue;
      if (at > 1) joined[at++] = 0x2c; // ,
      joined.set(d, at);
      at += d.length;
    }
    joined[at++] = 0x5d; // ]
    try {
      const all = JSON.parse(decoder.decode(joined.subarray(0, at)));
      if (Array.isArray(all) && all.length === count) parsed = all;
    } catch {
      parsed = undefined;
    }
  }
  let next = 0;
  return decrypted.map((d) => {
    if (typeof d === 'string') return failed(d);
    if (parsed) return parseRecordValue(parsed[next++]);
    try {
      return parseRecordJson(decoder.decode(d));
    } catch {
      return failed('malformed');
    }
  });
}

function parseRecordValue(
  x: unknown,
): { ok: true; value: StoredRecord } | { ok: false; reason: OpenFailure } {
  if (typeof x !== 'object' || x === null) return { ok: false, reason: 'malformed' };
  const r = x as Record<string, unknown>;
  if (r.v !== RECORD_LAYOUT_V1) return { ok: false, reason: 'unsupported-version' };
  return parseRecordJsonV1(r);
}

/** A fresh random slot id: 16 bytes as base64url (22 characters). */
export function newSlot(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
