// How the vault's records are laid out at rest: stored format 2, records in encrypted pages.
//
// IndexedDB sees only (page id, page envelope). The page id is 16 random bytes with no meaning;
// the envelope is @onward/crypto's record envelope v1 (version, algorithm, fresh random IV,
// AES-256-GCM ciphertext). Inside the ciphertext, after the content byte 0x00, is JSON:
//   { "v": 2, "r": [ [kind, id, at, updatedAt, value], ... ], "p": "   " }
// so every record's kind, id, times and value are encrypted, and storage does not learn which
// records share a page. The associated data binds the ciphertext to its page id AND to this
// layout version (envelope kind 'vault-page-v2', see recordAadV1), so a page copied under another
// id, a page read as a stored-format-1 record or a record read as a page does not decrypt.
// `p` pads the JSON to a multiple of PAGE_PAD bytes: a write shows storage at most that a page's
// size moved by a kibibyte step, never one record's size (format 1 showed each record's size in
// 64-byte steps).
//
// Why pages: opening the app decrypts everything. 50,000 records as 50,000 IndexedDB values and
// 50,000 AES-GCM calls cost far more in per-value overhead than in AES; a few hundred pages of
// ~128 records cost little more than the bytes themselves. A write rewrites one page.
//
// Stored format 1 (one record per value, record-layout.ts) keeps its reader; the engine moves
// such records into pages on the first unlock and whenever it meets one (see engine.ts).
import {
  decodeEnvelope,
  decryptRecord,
  encryptRecord,
  encryptRecordContent,
  RECORD_CONTENT_BYTES,
  RECORD_IV_BYTES,
  recordAadV1,
} from '@onward/crypto';
import { newSlot, type OpenFailure, openRecords } from './record-layout.ts';

/** A new page id: 16 random bytes, base64url. It says nothing about what the page holds. */
export const newPageId = newSlot;

import type { StoredRecord } from './types.ts';

/** Stored format 1: one record per IndexedDB value (record-layout.ts). */
export const STORED_FORMAT_V1 = 1;
/** Stored format 2: records in pages (this file). Kept in meta 'format'. */
export const STORED_FORMAT_V2 = 2;
export const PAGE_LAYOUT_V2 = 2;
/** The envelope "kind" of every page; it names the layout version, so the AAD binds it. */
export const VAULT_PAGE_KIND = 'vault-page-v2';
export const PAGE_PAD = 1024;

/** A page takes new records until it holds this many, or this many bytes of JSON. */
export interface PageLimits {
  records: number;
  bytes: number;
}
export const PAGE_LIMITS: PageLimits = { records: 128, bytes: 32 * 1024 };

/** The first bytes of an envelope (version, algorithm, random IV): they name one encryption. */
export const HEAD_BYTES = 14;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });
const PAD_OPEN = encoder.encode(',"p":"');
const PAD_CLOSE = encoder.encode('"}');

type Opened<T> = { ok: true; value: T } | { ok: false; reason: OpenFailure };

/**
 * One record as it sits in a page (a JSON array). Throws TypeError when the value is not JSON;
 * the engine keeps what JSON.parse gives back of this, never the caller's object.
 */
export function pageEntryJson(record: StoredRecord): string {
  // One stringify of the whole entry (a newly linked device makes 50,000 of these): the same
  // text as each field stringified apart and joined, since an array is written element by
  // element. Only a value that is not JSON at all (undefined, a function) would come out as
  // null inside an array, so that case is told apart and refused, as before.
  const { kind, id, at, updatedAt, value } = record;
  const entry = JSON.stringify([kind, id, at, updatedAt, value]);
  if (entry.endsWith(',null]') && JSON.stringify(value) === undefined) {
    throw new TypeError('record is not JSON');
  }
  return entry;
}

/** A record with JSON semantics (what a reload gives back), from its page entry. */
export function recordFromEntryJson(entry: string): StoredRecord {
  const parsed = parseEntry(JSON.parse(entry));
  if (!parsed) throw new TypeError('record is not JSON');
  return parsed;
}

/** The padded plaintext of a page holding these entries (from pageEntryJson). */
export function pageBytes(entries: readonly string[]): Uint8Array<ArrayBuffer> {
  const body = encoder.encode(`{"v":${PAGE_LAYOUT_V2},"r":[${entries.join(',')}]`);
  const length = body.length + PAD_OPEN.length + PAD_CLOSE.length;
  const pad = (PAGE_PAD - (length % PAGE_PAD)) % PAGE_PAD;
  const out = new Uint8Array(length + pad);
  out.set(body, 0);
  out.set(PAD_OPEN, body.length);
  out.fill(0x20, body.length + PAD_OPEN.length, body.length + PAD_OPEN.length + pad);
  out.set(PAD_CLOSE, length + pad - PAD_CLOSE.length);
  return out;
}

/** Lays records out in new pages, filling each to the limits (an import that replaces all). */
export function packPages(
  records: readonly StoredRecord[],
  limits: PageLimits,
  newId: () => string = newSlot,
): Array<{ id: string; records: StoredRecord[]; entries: string[] }> {
  const pages: Array<{ id: string; records: StoredRecord[]; entries: string[] }> = [];
  let page: (typeof pages)[number] | undefined;
  let bytes = 0;
  for (const record of records) {
    const entry = pageEntryJson(record);
    const full =
      !page ||
      page.records.length >= limits.records ||
      (page.records.length > 0 && bytes + entry.length + 1 > limits.bytes);
    if (full) {
      page = { id: newId(), records: [], entries: [] };
      pages.push(page);
      bytes = 0;
    }
    (page as (typeof pages)[number]).records.push(record);
    (page as (typeof pages)[number]).entries.push(entry);
    bytes += entry.length + 1;
  }
  return pages;
}

export function sealPage(
  key: CryptoKey,
  pageId: string,
  plaintext: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  return encryptRecord(key, { kind: VAULT_PAGE_KIND, id: pageId }, plaintext);
}

/**
 * Many pages sealed at once: for each, exactly what sealPage(key, id, pageBytes(entries)) stores
 * (the same padded plaintext after the content byte 0x00, AES-256-GCM under a fresh random IV,
 * the same associated data and envelope), made with less copying. The page's JSON is written
 * straight after its content byte (not encoded, then copied behind it, then copied again), and
 * the IVs come from one draw of the platform's random generator rather than one call per page.
 * A newly linked device seals hundreds of pages in one write (bench/sync-link.ts). Returns each
 * page's envelope and the length of its padded plaintext (what pageBytes gives).
 */
export async function sealPages(
  key: CryptoKey,
  pages: ReadonlyArray<{ id: string; entries: readonly string[] }>,
): Promise<Array<{ envelope: Uint8Array<ArrayBuffer>; plainBytes: number }>> {
  const ivs = crypto.getRandomValues(new Uint8Array(RECORD_IV_BYTES * pages.length));
  return Promise.all(
    pages.map(async ({ id, entries }, i) => {
      const inner = contentOfPage(entries);
      const iv = ivs.slice(i * RECORD_IV_BYTES, (i + 1) * RECORD_IV_BYTES);
      const envelope = await encryptRecordContent(key, { kind: VAULT_PAGE_KIND, id }, inner, iv);
      return { envelope, plainBytes: inner.length - 1 };
    }),
  );
}

/** The content byte and pageBytes(entries) in one buffer, written once. */
function contentOfPage(entries: readonly string[]): Uint8Array<ArrayBuffer> {
  const body = `{"v":${PAGE_LAYOUT_V2},"r":[${entries.join(',')}]`;
  const room = PAD_OPEN.length + PAD_CLOSE.length + PAGE_PAD;
  // ASCII (most pages) is one byte a character: try that room first, else the most UTF-8 needs.
  let out = new Uint8Array(1 + body.length + room);
  let done = encoder.encodeInto(body, out.subarray(1, 1 + body.length));
  if (done.read < body.length) {
    out = new Uint8Array(1 + body.length * 3 + room);
    done = encoder.encodeInto(body, out.subarray(1, 1 + body.length * 3));
  }
  const length = done.written + PAD_OPEN.length + PAD_CLOSE.length;
  const pad = (PAGE_PAD - (length % PAGE_PAD)) % PAGE_PAD;
  out[0] = RECORD_CONTENT_BYTES;
  let at = 1 + done.written;
  out.set(PAD_OPEN, at);
  at += PAD_OPEN.length;
  out.fill(0x20, at, at + pad);
  at += pad;
  out.set(PAD_CLOSE, at);
  return out.subarray(0, at + PAD_CLOSE.length);
}

/** The envelope's head, which the engine keeps to check a page is still what it last saw. */
export const headOf = (envelope: Uint8Array): Uint8Array => envelope.slice(0, HEAD_BYTES);

function parseEntry(x: unknown): StoredRecord | undefined {
  if (!Array.isArray(x) || x.length !== 5) return undefined;
  const [kind, id, at, updatedAt, value] = x as unknown[];
  if (typeof kind !== 'string' || typeof id !== 'string') return undefined;
  if (typeof at !== 'string' || typeof updatedAt !== 'string') return undefined;
  return { kind, id, at, updatedAt, value } as StoredRecord;
}

/**
 * Checks an authenticated page's shape (written by us, but possibly by a newer build). One bad
 * entry makes the whole page unreadable: the engine then leaves the page untouched rather than
 * rewrite it without the entry.
 */
export function parsePage(x: unknown): Opened<StoredRecord[]> {
  if (typeof x !== 'object' || x === null) return { ok: false, reason: 'malformed' };
  const r = x as Record<string, unknown>;
  if (r.v !== PAGE_LAYOUT_V2) return { ok: false, reason: 'unsupported-version' };
  return parsePageV2(r);
}

/** Reader for page layout version 2. */
export function parsePageV2(r: Record<string, unknown>): Opened<StoredRecord[]> {
  if (!Array.isArray(r.r)) return { ok: false, reason: 'malformed' };
  const records: StoredRecord[] = new Array(r.r.length);
  for (let i = 0; i < r.r.length; i++) {
    const record = parseEntry(r.r[i]);
    if (!record) return { ok: false, reason: 'malformed' };
    records[i] = record;
  }
  return { ok: true, value: records };
}

function parsePageBytes(inner: Uint8Array): Opened<StoredRecord[]> {
  let x: unknown;
  try {
    x = JSON.parse(decoder.decode(inner));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  return parsePage(x);
}

/** One page, through @onward/crypto's decryptRecord: the reference openPages must agree with. */
export async function openPage(
  key: CryptoKey,
  pageId: string,
  envelope: Uint8Array,
): Promise<Opened<StoredRecord[]>> {
  const opened = await decryptRecord(key, { kind: VAULT_PAGE_KIND, id: pageId }, envelope);
  if (!opened.ok) return opened;
  if (!(opened.value instanceof Uint8Array)) return { ok: false, reason: 'malformed' };
  return parsePageBytes(opened.value);
}

/**
 * Opens many pages at once (unlocking): the same checks as openPage (envelope layout and
 * version by decodeEnvelope, associated data by recordAadV1, the tag by AES-GCM, then the
 * content byte and the page's shape), calling WebCrypto directly without a Result per step.
 */
export async function openPages(
  key: CryptoKey,
  entries: ReadonlyArray<readonly [string, Uint8Array]>,
): Promise<Array<Opened<StoredRecord[]>>> {
  return Promise.all(
    entries.map(([pageId, bytes]): Promise<Opened<StoredRecord[]>> => {
      const env = decodeEnvelope(bytes);
      if (!env.ok) return Promise.resolve(env);
      return crypto.subtle
        .decrypt(
          {
            name: 'AES-GCM',
            iv: env.value.iv,
            additionalData: recordAadV1({ kind: VAULT_PAGE_KIND, id: pageId }),
            tagLength: 128,
          },
          key,
          env.value.ct,
        )
        .then(
          (plain): Opened<StoredRecord[]> => {
            const inner = new Uint8Array(plain);
            // Pages are always stored as bytes (content byte 0x00): see sealPage.
            if (inner[0] !== 0x00) return { ok: false, reason: 'malformed' };
            return parsePageBytes(inner.subarray(1));
          },
          (e: unknown): Opened<StoredRecord[]> => {
            if (e instanceof DOMException && e.name === 'OperationError') {
              return { ok: false, reason: 'wrong-key-or-tampered' };
            }
            throw e;
          },
        );
    }),
  );
}

/** What one stored value turned out to be. */
export type OpenedEntry =
  | { ok: true; format: typeof STORED_FORMAT_V2; records: StoredRecord[] }
  | { ok: true; format: typeof STORED_FORMAT_V1; records: StoredRecord[] }
  | { ok: false; reason: OpenFailure };

/**
 * Opens every stored value, whichever format it is in. Each value is tried first under the
 * vault's stored format; one that does not authenticate there is tried under the other (a vault
 * part-way through migrating, or a tab of an older build still writing format 1). The
 * associated data differs by format, so a value can only ever open under the one it was sealed
 * for: trying both never lets a value be read as something it is not.
 */
export async function openStored(
  key: CryptoKey,
  entries: ReadonlyArray<readonly [string, Uint8Array]>,
  format: number,
): Promise<OpenedEntry[]> {
  const asPages = async (es: ReadonlyArray<readonly [string, Uint8Array]>) =>
    (await openPages(key, es)).map(
      (r): OpenedEntry => (r.ok ? { ok: true, format: STORED_FORMAT_V2, records: r.value } : r),
    );
  const asRecords = async (es: ReadonlyArray<readonly [string, Uint8Array]>) =>
    (await openRecords(key, es)).map(
      (r): OpenedEntry => (r.ok ? { ok: true, format: STORED_FORMAT_V1, records: [r.value] } : r),
    );
  const [first, second] = format === STORED_FORMAT_V1 ? [asRecords, asPages] : [asPages, asRecords];
  const out = await first(entries);
  const retry: number[] = [];
  out.forEach((r, i) => {
    if (!r.ok && r.reason === 'wrong-key-or-tampered') retry.push(i);
  });
  if (retry.length > 0) {
    const again = await second(retry.map((i) => entries[i] as readonly [string, Uint8Array]));
    again.forEach((r, j) => {
      if (r.ok) out[retry[j] as number] = r;
    });
  }
  return out;
}
