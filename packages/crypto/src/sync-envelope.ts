// The sync change envelope and the snapshot envelope (docs/sync-protocol.md 10.2 and 10.4).
//
// Change envelope bytes: 0x01 (version) | key epoch (u32 big-endian) | IV (12) | AES-256-GCM
// ciphertext and tag. Associated data: "onward/sync/v1/change" | vault id (16 bytes) | change id
// (16 bytes) | version byte | key epoch (u32 BE), so the server cannot move an envelope to
// another change id or vault, nor change its version or epoch bytes. (Binding the 5 header bytes
// is this implementation's addition to the protocol text of 10.2; devices are its only readers.)
// The plaintext is JSON { v: 1, kind, id, value | deleted: true, hlc, device }, padded with
// spaces (JSON whitespace) to a multiple of 64 bytes so the length says little about the record.
//
// TRUST BOUNDARY: everything that says what a change is about (kind, id, value, clock, device)
// is inside the ciphertext. The server sees only the version byte, the key epoch and the length.
//
// Snapshot bytes: the same header (0x01 | epoch | IV) and ciphertext of the gzip of the JSON
// state, associated data "onward/sync/v1/snapshot" | vault id | S (u64 big-endian) | version
// byte | key epoch.
import { type Bytes, concatBytes, fromUtf8, utf8 } from './bytes.ts';
import { defaultRng, type Rng, randomBytes } from './random.ts';
import { fail, ok, type Result } from './result.ts';
import { syncIdBytes } from './sync-keys.ts';
import { isOperationError } from './webcrypto-errors.ts';

export const SYNC_ENVELOPE_V1 = 1;
const HEADER_BYTES = 1 + 4 + 12;
const PAD = 64;
const CHANGE_LABEL = utf8('onward/sync/v1/change');
const SNAPSHOT_LABEL = utf8('onward/sync/v1/snapshot');

/** What a change says, once opened. Exactly one of `value` / `deleted`. */
export type SyncChangeBody =
  | { kind: string; id: string; value: unknown; hlc: string; device: string }
  | { kind: string; id: string; deleted: true; hlc: string; device: string };

export type SyncOpenFailure = 'malformed' | 'unsupported-version' | 'wrong-key-or-tampered';

export interface ChangeRef {
  vaultId: string;
  changeId: string;
  keyEpoch: number;
}

function changeAad(vaultId: string, changeId: string, head: Uint8Array): Bytes {
  const v = syncIdBytes(vaultId);
  const c = syncIdBytes(changeId);
  if (!v || !c) throw new TypeError('vault id and change id must be 16 bytes in base64url');
  return concatBytes(CHANGE_LABEL, v, c, head);
}

function snapshotAad(vaultId: string, seq: number, head: Uint8Array): Bytes {
  const v = syncIdBytes(vaultId);
  if (!v) throw new TypeError('vault id must be 16 bytes in base64url');
  const s = new Uint8Array(8);
  new DataView(s.buffer).setBigUint64(0, BigInt(seq));
  return concatBytes(SNAPSHOT_LABEL, v, s, head);
}

/** Version byte and key epoch: the 5 bytes before the IV. */
function versionAndEpoch(epoch: number): Bytes {
  if (!Number.isInteger(epoch) || epoch < 0 || epoch > 0xffffffff) {
    throw new TypeError('key epoch must be a u32');
  }
  const h = new Uint8Array(5);
  h[0] = SYNC_ENVELOPE_V1;
  new DataView(h.buffer).setUint32(1, epoch);
  return h;
}

/** The key epoch of an envelope or snapshot (to pick the key), without opening it. */
export function envelopeEpoch(bytes: Uint8Array): Result<number, SyncOpenFailure> {
  if (bytes.length < HEADER_BYTES + 16) return fail('malformed');
  if (bytes[0] !== SYNC_ENVELOPE_V1) return fail('unsupported-version');
  return ok(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(1));
}

async function seal(
  key: CryptoKey,
  epoch: number,
  aadFor: (head: Uint8Array) => Bytes,
  plain: Bytes,
  rng: Rng,
) {
  const head = versionAndEpoch(epoch);
  const iv = randomBytes(12, rng);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aadFor(head), tagLength: 128 },
    key,
    plain,
  );
  return concatBytes(head, iv, new Uint8Array(ct));
}

async function open(
  key: CryptoKey,
  aadFor: (head: Uint8Array) => Bytes,
  bytes: Uint8Array,
): Promise<Result<Bytes, SyncOpenFailure>> {
  const epoch = envelopeEpoch(bytes);
  if (!epoch.ok) return epoch;
  const aad = aadFor(bytes.slice(0, 5));
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.slice(5, HEADER_BYTES), additionalData: aad, tagLength: 128 },
      key,
      bytes.slice(HEADER_BYTES),
    );
    return ok(new Uint8Array(plain));
  } catch (e) {
    if (isOperationError(e)) return fail('wrong-key-or-tampered');
    throw e;
  }
}

function padded(json: string): Bytes {
  const raw = utf8(json);
  const size = Math.ceil(raw.length / PAD) * PAD;
  const out = new Uint8Array(size).fill(0x20);
  out.set(raw);
  return out;
}

/** Seals one change. */
export async function sealChange(
  key: CryptoKey,
  ref: ChangeRef,
  body: SyncChangeBody,
  { rng = defaultRng }: { rng?: Rng } = {},
): Promise<Bytes> {
  const json =
    'deleted' in body
      ? { v: 1, kind: body.kind, id: body.id, deleted: true, hlc: body.hlc, device: body.device }
      : {
          v: 1,
          kind: body.kind,
          id: body.id,
          value: body.value,
          hlc: body.hlc,
          device: body.device,
        };
  const aad = (head: Uint8Array) => changeAad(ref.vaultId, ref.changeId, head);
  return seal(key, ref.keyEpoch, aad, padded(JSON.stringify(json)), rng);
}

/** Opens one change; every failure is a reason (never an exception for bad bytes). */
export async function openChange(
  key: CryptoKey,
  ref: Omit<ChangeRef, 'keyEpoch'>,
  bytes: Uint8Array,
): Promise<Result<SyncChangeBody, SyncOpenFailure>> {
  if (!syncIdBytes(ref.vaultId) || !syncIdBytes(ref.changeId)) return fail('malformed');
  const aad = (head: Uint8Array) => changeAad(ref.vaultId, ref.changeId, head);
  const plain = await open(key, aad, bytes);
  if (!plain.ok) return plain;
  const body = parseBody(plain.value);
  return body ? ok(body) : fail('malformed');
}

function parseBody(bytes: Bytes): SyncChangeBody | undefined {
  let x: unknown;
  try {
    x = JSON.parse(fromUtf8(bytes));
  } catch {
    return undefined;
  }
  if (typeof x !== 'object' || x === null) return undefined;
  const r = x as Record<string, unknown>;
  if (r.v !== 1) return undefined;
  const { kind, id, hlc, device } = r;
  if (typeof kind !== 'string' || typeof id !== 'string') return undefined;
  if (typeof hlc !== 'string' || typeof device !== 'string') return undefined;
  if (r.deleted === true && !('value' in r)) return { kind, id, deleted: true, hlc, device };
  if ('value' in r && !('deleted' in r)) return { kind, id, value: r.value, hlc, device };
  return undefined;
}

async function gzip(bytes: Bytes): Promise<Bytes> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function gunzip(bytes: Bytes): Promise<Bytes | undefined> {
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return undefined;
  }
}

/** Seals a snapshot of the merged state up to sequence `seq` (any JSON value). */
export async function sealSnapshot(
  key: CryptoKey,
  ref: { vaultId: string; seq: number; keyEpoch: number },
  state: unknown,
  { rng = defaultRng }: { rng?: Rng } = {},
): Promise<Bytes> {
  const plain = await gzip(utf8(JSON.stringify({ v: 1, state })));
  return seal(key, ref.keyEpoch, (h) => snapshotAad(ref.vaultId, ref.seq, h), plain, rng);
}

export async function openSnapshot(
  key: CryptoKey,
  ref: { vaultId: string; seq: number },
  bytes: Uint8Array,
): Promise<Result<unknown, SyncOpenFailure>> {
  if (!syncIdBytes(ref.vaultId)) return fail('malformed');
  const plain = await open(key, (h) => snapshotAad(ref.vaultId, ref.seq, h), bytes);
  if (!plain.ok) return plain;
  const json = await gunzip(plain.value);
  if (!json) return fail('malformed');
  try {
    const x = JSON.parse(fromUtf8(json)) as { v?: unknown; state?: unknown };
    return x && x.v === 1 && 'state' in x ? ok(x.state) : fail('malformed');
  } catch {
    return fail('malformed');
  }
}
