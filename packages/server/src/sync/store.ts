import { randomBytes } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import { sameHash } from '../api-helpers.ts';
import type { Database, SyncVaultTable } from '../storage/database.ts';
import { forgetDeletedPages } from '../storage/forget-deleted.ts';
import type { Storage } from '../storage/storage.ts';
import { encodeBase64url } from './base64url.ts';
import { fixedLimits, type SyncSettings } from './limits.ts';

// Every sync read and write, over the storage seam (SQLite or PostgreSQL, same code). Each write
// is one transaction that first authenticates against the vault row (locked FOR UPDATE on
// PostgreSQL, so pushes to one vault are serialised and sequences are assigned in commit order;
// SQLite has a single writer already). A failure returns a reason before anything is written.
// The server stores only opaque ids, counters and the bytes it was given: it never parses an
// envelope, a snapshot, a public key or a sealed blob.

export type Db = Kysely<Database> | Transaction<Database>;

// SHA-256 of a bearer token's bytes is all the server keeps of any token (api-helpers.ts).
export { hashToken, sameHash } from '../api-helpers.ts';

type VaultRow = {
  vault_id: string;
  credential_hash: Uint8Array;
  head_seq: number;
  snapshot_seq: number;
  key_epoch: number;
  change_count: number;
  change_bytes: number;
  snapshot_bytes: number;
};

export type AuthFailure = 'vault-not-found' | 'bad-credential';
type Auth = { ok: true; vault: VaultRow } | { ok: false; reason: AuthFailure };

async function authVault(
  storage: Storage,
  db: Db,
  vaultId: string,
  credentialHash: Uint8Array,
  lock: boolean,
): Promise<Auth> {
  const vault = await db
    .selectFrom('sync_vault')
    .selectAll()
    .where('vault_id', '=', vaultId)
    .$if(lock && storage.dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
  if (vault === undefined) return { ok: false, reason: 'vault-not-found' };
  if (!sameHash(vault.credential_hash, credentialHash)) {
    return { ok: false, reason: 'bad-credential' };
  }
  return { ok: true, vault: vault as VaultRow };
}

export interface Usage {
  bytes: number;
  changes: number;
}

const usageOf = (vault: Pick<SyncVaultTable, never> & VaultRow): Usage => ({
  bytes: vault.change_bytes + vault.snapshot_bytes,
  changes: vault.change_count,
});

// ---- vaults

export type CreateResult =
  | { ok: true; created: boolean; head: number }
  | { ok: false; reason: 'vault-exists' };

export async function createVault(
  storage: Storage,
  vaultId: string,
  credentialHash: Uint8Array,
): Promise<CreateResult> {
  const inserted = await storage.db
    .insertInto('sync_vault')
    .values({ vault_id: vaultId, credential_hash: credentialHash })
    .onConflict((oc) => oc.column('vault_id').doNothing())
    .returning('vault_id')
    .executeTakeFirst();
  if (inserted !== undefined) return { ok: true, created: true, head: 0 };
  const auth = await authVault(storage, storage.db, vaultId, credentialHash, false);
  if (auth.ok) return { ok: true, created: false, head: auth.vault.head_seq };
  return { ok: false, reason: 'vault-exists' };
}

export interface VaultStatus {
  head: number;
  snapshotSeq: number;
  keyEpoch: number;
  usage: Usage;
}

export async function vaultStatus(
  storage: Storage,
  vaultId: string,
  credentialHash: Uint8Array,
): Promise<{ ok: true; value: VaultStatus } | { ok: false; reason: AuthFailure }> {
  const auth = await authVault(storage, storage.db, vaultId, credentialHash, false);
  if (!auth.ok) return auth;
  const v = auth.vault;
  return {
    ok: true,
    value: {
      head: v.head_seq,
      snapshotSeq: v.snapshot_seq,
      keyEpoch: v.key_epoch,
      usage: usageOf(v),
    },
  };
}

/** Deletes the vault and everything it holds, in one transaction. */
export async function deleteVault(
  storage: Storage,
  vaultId: string,
  credentialHash: Uint8Array,
): Promise<{ ok: true } | { ok: false; reason: AuthFailure }> {
  const result = await storage.db.transaction().execute(async (trx) => {
    const auth = await authVault(storage, trx, vaultId, credentialHash, true);
    if (!auth.ok) return auth;
    // Explicit deletes (not only ON DELETE CASCADE), so nothing depends on a pragma being on.
    await trx.deleteFrom('sync_change').where('vault_id', '=', vaultId).execute();
    await trx.deleteFrom('sync_snapshot').where('vault_id', '=', vaultId).execute();
    await trx.deleteFrom('sync_device').where('vault_id', '=', vaultId).execute();
    await trx.deleteFrom('sync_pairing').where('vault_id', '=', vaultId).execute();
    await trx.deleteFrom('sync_vault').where('vault_id', '=', vaultId).execute();
    return { ok: true as const };
  });
  if (result.ok) await forgetDeletedPages(storage);
  return result;
}

// ---- changes

export interface IncomingChange {
  id: string;
  envelope: Uint8Array;
}

export type PushResult =
  | { ok: true; acks: { id: string; seq: number }[]; head: number; stored: number }
  | { ok: false; reason: AuthFailure }
  | { ok: false; reason: 'vault-full'; usage: Usage };

export async function pushChanges(
  storage: Storage,
  settings: SyncSettings,
  vaultId: string,
  credentialHash: Uint8Array,
  changes: IncomingChange[],
): Promise<PushResult> {
  return storage.db
    .transaction()
    .execute((trx) => pushInTransaction(storage, settings, trx, vaultId, credentialHash, changes));
}

interface QueuedPush {
  vaultId: string;
  credentialHash: Uint8Array;
  changes: IncomingChange[];
  resolve(result: PushResult): void;
  reject(error: unknown): void;
}

/**
 * Group commit for pushes. A commit waits for an fsync (SQLite synchronous = FULL; PostgreSQL
 * synchronous_commit = on), which on a busy disk takes tens of milliseconds; one push per
 * transaction would cap the server at a few dozen pushes a second. So pushes that arrive while a
 * commit is in flight wait, and then all commit together in one transaction: each is still
 * answered only after its data is durable, and each keeps its own result (auth, quota,
 * idempotency are checked per push, in arrival order per vault). Vaults are locked in id order so
 * two processes batching on one PostgreSQL cannot deadlock. A database error fails the batch.
 */
export function createPushBatcher(
  storage: Storage,
  settings: SyncSettings,
  maxBatch = 256,
): (vaultId: string, credentialHash: Uint8Array, changes: IncomingChange[]) => Promise<PushResult> {
  const queue: QueuedPush[] = [];
  let running = false;
  const drain = async () => {
    running = true;
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      const ordered = batch
        .map((op, index) => ({ op, index }))
        .sort((a, b) =>
          a.op.vaultId < b.op.vaultId ? -1 : a.op.vaultId > b.op.vaultId ? 1 : a.index - b.index,
        )
        .map((x) => x.op);
      try {
        const results = await storage.db.transaction().execute(async (trx) => {
          const out = new Map<QueuedPush, PushResult>();
          for (const op of ordered) {
            out.set(
              op,
              await pushInTransaction(
                storage,
                settings,
                trx,
                op.vaultId,
                op.credentialHash,
                op.changes,
              ),
            );
          }
          return out;
        });
        for (const op of batch) op.resolve(results.get(op) as PushResult);
      } catch (error) {
        for (const op of batch) op.reject(error);
      }
    }
    running = false;
  };
  return (vaultId, credentialHash, changes) =>
    new Promise<PushResult>((resolve, reject) => {
      queue.push({ vaultId, credentialHash, changes, resolve, reject });
      if (!running) void drain();
    });
}

async function pushInTransaction(
  storage: Storage,
  settings: SyncSettings,
  trx: Transaction<Database>,
  vaultId: string,
  credentialHash: Uint8Array,
  changes: IncomingChange[],
): Promise<PushResult> {
  {
    const auth = await authVault(storage, trx, vaultId, credentialHash, true);
    if (!auth.ok) return auth;
    const vault = auth.vault;
    const firstById = new Map<string, IncomingChange>();
    for (const change of changes) if (!firstById.has(change.id)) firstById.set(change.id, change);
    const seqById = new Map<string, number>();
    const existing = await trx
      .selectFrom('sync_change')
      .select(['change_id', 'seq'])
      .where('vault_id', '=', vaultId)
      .where('change_id', 'in', [...firstById.keys()])
      .execute();
    for (const row of existing) seqById.set(row.change_id, row.seq);
    const fresh = [...firstById.values()].filter((c) => !seqById.has(c.id));
    const addBytes = fresh.reduce((sum, c) => sum + c.envelope.byteLength, 0);
    const usage = usageOf(vault);
    if (
      fresh.length > 0 &&
      (usage.changes + fresh.length > settings.vaultChanges ||
        usage.bytes + addBytes > settings.vaultBytes)
    ) {
      return { ok: false, reason: 'vault-full', usage };
    }
    let head = vault.head_seq;
    const rows = fresh.map((c) => {
      head += 1;
      seqById.set(c.id, head);
      return { vault_id: vaultId, seq: head, change_id: c.id, envelope: c.envelope };
    });
    if (rows.length > 0) {
      await trx.insertInto('sync_change').values(rows).execute();
      await trx
        .updateTable('sync_vault')
        .set({
          head_seq: head,
          change_count: vault.change_count + rows.length,
          change_bytes: vault.change_bytes + addBytes,
        })
        .where('vault_id', '=', vaultId)
        .execute();
    }
    const acks = changes.map((c) => ({ id: c.id, seq: seqById.get(c.id) as number }));
    return { ok: true, acks, head, stored: rows.length };
  }
}

export interface PulledChange {
  seq: number;
  id: string;
  envelope: Uint8Array;
}

export type PullResult =
  | {
      ok: true;
      snapshot: { seq: number; bytes: number } | null;
      changes: PulledChange[];
      cursor: number;
      more: boolean;
      head: number;
    }
  | { ok: false; reason: AuthFailure };

export async function pullChanges(
  storage: Storage,
  vaultId: string,
  credentialHash: Uint8Array,
  after: number,
  limit: number,
): Promise<PullResult> {
  const auth = await authVault(storage, storage.db, vaultId, credentialHash, false);
  if (!auth.ok) return auth;
  let vault = auth.vault;
  const rows = await storage.db
    .selectFrom('sync_change')
    .select(['seq', 'change_id', 'envelope'])
    .where('vault_id', '=', vaultId)
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  // Sequences are contiguous except where compaction removed a prefix. So if the first row is
  // not after + 1, a snapshot may have replaced what this device has not seen: re-read the vault
  // (a compaction that committed after the read above shows here) before answering.
  if (rows.length === 0 || rows[0]?.seq !== after + 1) {
    const fresh = await storage.db
      .selectFrom('sync_vault')
      .selectAll()
      .where('vault_id', '=', vaultId)
      .executeTakeFirst();
    if (fresh === undefined) return { ok: false, reason: 'vault-not-found' };
    vault = fresh as VaultRow;
    if (vault.snapshot_seq > after) {
      return {
        ok: true,
        snapshot: { seq: vault.snapshot_seq, bytes: vault.snapshot_bytes },
        changes: [],
        cursor: vault.snapshot_seq,
        more: vault.head_seq > vault.snapshot_seq,
        head: vault.head_seq,
      };
    }
  }
  const changes: PulledChange[] = [];
  let bytes = 0;
  for (const row of rows.slice(0, limit)) {
    if (changes.length > 0 && bytes + row.envelope.byteLength > fixedLimits.pullBytes) break;
    bytes += row.envelope.byteLength;
    changes.push({ seq: row.seq, id: row.change_id, envelope: row.envelope });
  }
  const last = changes.at(-1)?.seq ?? after;
  return {
    ok: true,
    snapshot: null,
    changes,
    cursor: last,
    more: rows.length > changes.length,
    head: Math.max(vault.head_seq, last),
  };
}

// ---- snapshots

export type SnapshotPutResult =
  | { ok: true; snapshotSeq: number; dropped: number }
  | { ok: false; reason: AuthFailure }
  | { ok: false; reason: 'stale-snapshot'; snapshotSeq: number; head: number }
  | { ok: false; reason: 'vault-full'; usage: Usage };

export async function putSnapshot(
  storage: Storage,
  settings: SyncSettings,
  vaultId: string,
  credentialHash: Uint8Array,
  seq: number,
  data: Uint8Array,
): Promise<SnapshotPutResult> {
  return storage.db.transaction().execute(async (trx): Promise<SnapshotPutResult> => {
    const auth = await authVault(storage, trx, vaultId, credentialHash, true);
    if (!auth.ok) return auth;
    const vault = auth.vault;
    if (seq <= vault.snapshot_seq || seq > vault.head_seq) {
      return {
        ok: false,
        reason: 'stale-snapshot',
        snapshotSeq: vault.snapshot_seq,
        head: vault.head_seq,
      };
    }
    const covered = await sql<{ n: number; b: number }>`
      select count(*) as n, cast(coalesce(sum(length(envelope)), 0) as bigint) as b
      from sync_change where vault_id = ${vaultId} and seq <= ${seq}`.execute(trx);
    const n = Number(covered.rows[0]?.n ?? 0);
    const b = Number(covered.rows[0]?.b ?? 0);
    const bytesAfter = vault.change_bytes - b + data.byteLength;
    if (bytesAfter > settings.vaultBytes) {
      return { ok: false, reason: 'vault-full', usage: usageOf(vault) };
    }
    await trx
      .deleteFrom('sync_change')
      .where('vault_id', '=', vaultId)
      .where('seq', '<=', seq)
      .execute();
    await trx
      .insertInto('sync_snapshot')
      .values({ vault_id: vaultId, seq, data })
      .onConflict((oc) => oc.column('vault_id').doUpdateSet({ seq, data }))
      .execute();
    await trx
      .updateTable('sync_vault')
      .set({
        snapshot_seq: seq,
        snapshot_bytes: data.byteLength,
        change_count: vault.change_count - n,
        change_bytes: vault.change_bytes - b,
      })
      .where('vault_id', '=', vaultId)
      .execute();
    return { ok: true, snapshotSeq: seq, dropped: n };
  });
}

export async function getSnapshot(
  storage: Storage,
  vaultId: string,
  credentialHash: Uint8Array,
): Promise<
  { ok: true; seq: number; data: Uint8Array } | { ok: false; reason: AuthFailure | 'no-snapshot' }
> {
  const auth = await authVault(storage, storage.db, vaultId, credentialHash, false);
  if (!auth.ok) return auth;
  const row = await storage.db
    .selectFrom('sync_snapshot')
    .select(['seq', 'data'])
    .where('vault_id', '=', vaultId)
    .executeTakeFirst();
  if (row === undefined) return { ok: false, reason: 'no-snapshot' };
  return { ok: true, seq: row.seq, data: row.data };
}

/** The head of a vault, for the live channel (undefined: the vault is gone). */
export async function readHead(storage: Storage, vaultId: string): Promise<number | undefined> {
  const row = await storage.db
    .selectFrom('sync_vault')
    .select('head_seq')
    .where('vault_id', '=', vaultId)
    .executeTakeFirst();
  return row?.head_seq;
}

/** Authenticates without reading anything else (the live channel). */
export async function checkVault(
  storage: Storage,
  vaultId: string,
  credentialHash: Uint8Array,
): Promise<{ ok: true; head: number } | { ok: false; reason: AuthFailure }> {
  const auth = await authVault(storage, storage.db, vaultId, credentialHash, false);
  return auth.ok ? { ok: true, head: auth.vault.head_seq } : auth;
}

// ---- devices, mailbox, rotation

export type RegisterResult =
  | { ok: true; created: boolean }
  | { ok: false; reason: AuthFailure | 'device-exists' | 'too-many-devices' };

export async function registerDevice(
  storage: Storage,
  settings: SyncSettings,
  vaultId: string,
  credentialHash: Uint8Array,
  deviceKeyId: string,
  publicKey: Uint8Array,
  mailboxTokenHash: Uint8Array,
): Promise<RegisterResult> {
  return storage.db.transaction().execute(async (trx): Promise<RegisterResult> => {
    const auth = await authVault(storage, trx, vaultId, credentialHash, true);
    if (!auth.ok) return auth;
    const existing = await trx
      .selectFrom('sync_device')
      .select('public_key')
      .where('vault_id', '=', vaultId)
      .where('device_key_id', '=', deviceKeyId)
      .executeTakeFirst();
    if (existing !== undefined) {
      if (Buffer.compare(existing.public_key, publicKey) !== 0) {
        return { ok: false, reason: 'device-exists' };
      }
      await trx
        .updateTable('sync_device')
        .set({ mailbox_token_hash: mailboxTokenHash })
        .where('vault_id', '=', vaultId)
        .where('device_key_id', '=', deviceKeyId)
        .execute();
      return { ok: true, created: false };
    }
    const count = await trx
      .selectFrom('sync_device')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('vault_id', '=', vaultId)
      .executeTakeFirst();
    if (Number(count?.n ?? 0) >= settings.devices) return { ok: false, reason: 'too-many-devices' };
    await trx
      .insertInto('sync_device')
      .values({
        vault_id: vaultId,
        device_key_id: deviceKeyId,
        public_key: publicKey,
        mailbox_token_hash: mailboxTokenHash,
        mailbox_epoch: null,
        mailbox_sealed: null,
      })
      .execute();
    return { ok: true, created: true };
  });
}

export async function listDevices(
  storage: Storage,
  vaultId: string,
  credentialHash: Uint8Array,
): Promise<
  | { ok: true; devices: { deviceKeyId: string; publicKey: string }[] }
  | { ok: false; reason: AuthFailure }
> {
  const auth = await authVault(storage, storage.db, vaultId, credentialHash, false);
  if (!auth.ok) return auth;
  const rows = await storage.db
    .selectFrom('sync_device')
    .select(['device_key_id', 'public_key'])
    .where('vault_id', '=', vaultId)
    .orderBy('device_key_id')
    .execute();
  return {
    ok: true,
    devices: rows.map((r) => ({
      deviceKeyId: r.device_key_id,
      publicKey: encodeBase64url(r.public_key),
    })),
  };
}

export async function removeDevice(
  storage: Storage,
  vaultId: string,
  credentialHash: Uint8Array,
  deviceKeyId: string,
): Promise<{ ok: true } | { ok: false; reason: AuthFailure | 'device-not-found' }> {
  return storage.db.transaction().execute(async (trx) => {
    const auth = await authVault(storage, trx, vaultId, credentialHash, true);
    if (!auth.ok) return auth;
    const deleted = await trx
      .deleteFrom('sync_device')
      .where('vault_id', '=', vaultId)
      .where('device_key_id', '=', deviceKeyId)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) {
      return { ok: false as const, reason: 'device-not-found' as const };
    }
    return { ok: true as const };
  });
}

type MailboxAuth = { ok: true } | { ok: false; reason: 'vault-not-found' | 'bad-credential' };

async function authMailbox(
  db: Db,
  vaultId: string,
  deviceKeyId: string,
  tokenHash: Uint8Array,
): Promise<
  MailboxAuth & { row?: { mailbox_epoch: number | null; mailbox_sealed: Uint8Array | null } }
> {
  const row = await db
    .selectFrom('sync_device')
    .select(['mailbox_token_hash', 'mailbox_epoch', 'mailbox_sealed'])
    .where('vault_id', '=', vaultId)
    .where('device_key_id', '=', deviceKeyId)
    .executeTakeFirst();
  if (row === undefined || !sameHash(row.mailbox_token_hash, tokenHash)) {
    const vault = await db
      .selectFrom('sync_vault')
      .select('vault_id')
      .where('vault_id', '=', vaultId)
      .executeTakeFirst();
    // A removed device looks exactly like a wrong token: its token no longer exists.
    return { ok: false, reason: vault === undefined ? 'vault-not-found' : 'bad-credential' };
  }
  return { ok: true, row };
}

export async function readMailbox(
  storage: Storage,
  vaultId: string,
  deviceKeyId: string,
  tokenHash: Uint8Array,
): Promise<
  | { ok: true; entry: { keyEpoch: number; sealed: Uint8Array } | null }
  | { ok: false; reason: AuthFailure }
> {
  const auth = await authMailbox(storage.db, vaultId, deviceKeyId, tokenHash);
  if (!auth.ok) return auth;
  const { mailbox_epoch, mailbox_sealed } = auth.row ?? {};
  if (mailbox_sealed === null || mailbox_sealed === undefined || mailbox_epoch == null) {
    return { ok: true, entry: null };
  }
  return { ok: true, entry: { keyEpoch: mailbox_epoch, sealed: mailbox_sealed } };
}

export async function clearMailbox(
  storage: Storage,
  vaultId: string,
  deviceKeyId: string,
  tokenHash: Uint8Array,
): Promise<{ ok: true } | { ok: false; reason: AuthFailure }> {
  const auth = await authMailbox(storage.db, vaultId, deviceKeyId, tokenHash);
  if (!auth.ok) return auth;
  await storage.db
    .updateTable('sync_device')
    .set({ mailbox_epoch: null, mailbox_sealed: null })
    .where('vault_id', '=', vaultId)
    .where('device_key_id', '=', deviceKeyId)
    .execute();
  return { ok: true };
}

export interface RotateRequest {
  newCredentialHash: Uint8Array;
  from: string;
  remove: string[];
  mailbox: { deviceKeyId: string; sealed: Uint8Array }[];
}

export type RotateResult =
  | { ok: true; keyEpoch: number }
  | { ok: false; reason: AuthFailure }
  | { ok: false; reason: 'mailbox-incomplete'; missing: string[] }
  | { ok: false; reason: 'malformed-body' };

export async function rotateVault(
  storage: Storage,
  vaultId: string,
  credentialHash: Uint8Array,
  request: RotateRequest,
): Promise<RotateResult> {
  return storage.db.transaction().execute(async (trx): Promise<RotateResult> => {
    const auth = await authVault(storage, trx, vaultId, credentialHash, true);
    if (!auth.ok) return auth;
    const registered = (
      await trx
        .selectFrom('sync_device')
        .select('device_key_id')
        .where('vault_id', '=', vaultId)
        .execute()
    ).map((r) => r.device_key_id);
    const removed = new Set(request.remove);
    const remaining = registered.filter((id) => !removed.has(id));
    const sealedFor = new Set<string>();
    for (const entry of request.mailbox) {
      // A sealed key for a device that is not (or no longer) linked, or twice for one device.
      if (!remaining.includes(entry.deviceKeyId) || sealedFor.has(entry.deviceKeyId)) {
        return { ok: false, reason: 'malformed-body' };
      }
      sealedFor.add(entry.deviceKeyId);
    }
    const missing = remaining.filter((id) => id !== request.from && !sealedFor.has(id));
    if (missing.length > 0) return { ok: false, reason: 'mailbox-incomplete', missing };
    const keyEpoch = auth.vault.key_epoch + 1;
    await trx
      .updateTable('sync_vault')
      .set({ credential_hash: request.newCredentialHash, key_epoch: keyEpoch })
      .where('vault_id', '=', vaultId)
      .execute();
    if (request.remove.length > 0) {
      await trx
        .deleteFrom('sync_device')
        .where('vault_id', '=', vaultId)
        .where('device_key_id', 'in', request.remove)
        .execute();
    }
    for (const entry of request.mailbox) {
      await trx
        .updateTable('sync_device')
        .set({ mailbox_epoch: keyEpoch, mailbox_sealed: entry.sealed })
        .where('vault_id', '=', vaultId)
        .where('device_key_id', '=', entry.deviceKeyId)
        .execute();
    }
    // A pairing slot opened under the old key must not hand anyone the old key now.
    await trx
      .updateTable('sync_pairing')
      .set({ ...emptied, state: 'cancelled' })
      .where('vault_id', '=', vaultId)
      .where('state', 'in', ['open', 'answered', 'sealed'])
      .execute();
    return { ok: true, keyEpoch };
  });
}

// ---- pairing

const emptied = { offer_key: null, answer_key: null, answer_token_hash: null, sealed: null };

/** How long a used or expired slot's bare id is kept, for clear 409/410 answers. */
const slotTombstoneMs = 60 * 60 * 1000;

type SlotFailure = 'slot-not-found' | 'slot-expired' | 'slot-used';

/** Wipes the keys of expired slots and forgets slots an hour past expiry. */
export async function sweepPairing(storage: Storage, now: number): Promise<void> {
  await storage.db
    .updateTable('sync_pairing')
    .set(emptied)
    .where('expires_at', '<=', now)
    .where('offer_key', 'is not', null)
    .execute();
  await storage.db
    .deleteFrom('sync_pairing')
    .where('expires_at', '<=', now - slotTombstoneMs)
    .execute();
}

export async function openSlot(
  storage: Storage,
  settings: SyncSettings,
  now: number,
  vaultId: string,
  credentialHash: Uint8Array,
  offerKey: Uint8Array,
): Promise<{ ok: true; slotId: string; expiresAt: number } | { ok: false; reason: AuthFailure }> {
  const auth = await authVault(storage, storage.db, vaultId, credentialHash, false);
  if (!auth.ok) return auth;
  const slotId = encodeBase64url(randomBytes(32));
  const expiresAt = now + settings.pairingTtlSeconds * 1000;
  await storage.db
    .insertInto('sync_pairing')
    .values({
      slot_id: slotId,
      vault_id: vaultId,
      state: 'open',
      expires_at: expiresAt,
      offer_key: offerKey,
      answer_key: null,
      answer_token_hash: null,
      sealed: null,
    })
    .execute();
  return { ok: true, slotId, expiresAt };
}

async function readSlot(db: Db, slotId: string) {
  return db.selectFrom('sync_pairing').selectAll().where('slot_id', '=', slotId).executeTakeFirst();
}

type SlotRow = NonNullable<Awaited<ReturnType<typeof readSlot>>>;

async function expireIfDue(db: Db, slot: SlotRow, now: number): Promise<boolean> {
  if (slot.expires_at > now) return false;
  if (slot.offer_key !== null || slot.answer_key !== null || slot.sealed !== null) {
    await db.updateTable('sync_pairing').set(emptied).where('slot_id', '=', slot.slot_id).execute();
  }
  return true;
}

/** The existing device's view of its slot: must hold the credential of the slot's vault. */
async function slotForOwner(
  storage: Storage,
  db: Db,
  slotId: string,
  credentialHash: Uint8Array,
  now: number,
): Promise<{ ok: true; slot: SlotRow } | { ok: false; reason: SlotFailure }> {
  const slot = await readSlot(db, slotId);
  if (slot === undefined) return { ok: false, reason: 'slot-not-found' };
  const auth = await authVault(storage, db, slot.vault_id, credentialHash, false);
  // Another vault's credential learns nothing about this slot, not even that it exists.
  if (!auth.ok) return { ok: false, reason: 'slot-not-found' };
  if (await expireIfDue(db, slot, now)) return { ok: false, reason: 'slot-expired' };
  return { ok: true, slot };
}

export async function slotStatus(
  storage: Storage,
  now: number,
  slotId: string,
  credentialHash: Uint8Array,
): Promise<
  | { ok: true; state: string; expiresAt: number; answerKey: Uint8Array | null }
  | { ok: false; reason: SlotFailure }
> {
  const found = await slotForOwner(storage, storage.db, slotId, credentialHash, now);
  if (!found.ok) return found;
  const { slot } = found;
  if (slot.state === 'cancelled') return { ok: false, reason: 'slot-used' };
  return { ok: true, state: slot.state, expiresAt: slot.expires_at, answerKey: slot.answer_key };
}

export async function answerSlot(
  storage: Storage,
  now: number,
  slotId: string,
  answerKey: Uint8Array,
  answerTokenHash: Uint8Array,
): Promise<
  { ok: true; offerKey: Uint8Array; expiresAt: number } | { ok: false; reason: SlotFailure }
> {
  // One conditional UPDATE: of two answers racing, exactly one matches state = 'open'.
  const updated = await storage.db
    .updateTable('sync_pairing')
    .set({ state: 'answered', answer_key: answerKey, answer_token_hash: answerTokenHash })
    .where('slot_id', '=', slotId)
    .where('state', '=', 'open')
    .where('expires_at', '>', now)
    .returning(['offer_key', 'expires_at'])
    .executeTakeFirst();
  if (updated?.offer_key) {
    return { ok: true, offerKey: updated.offer_key, expiresAt: updated.expires_at };
  }
  const slot = await readSlot(storage.db, slotId);
  if (slot === undefined) return { ok: false, reason: 'slot-not-found' };
  if (await expireIfDue(storage.db, slot, now)) return { ok: false, reason: 'slot-expired' };
  return { ok: false, reason: 'slot-used' };
}

export async function sealSlot(
  storage: Storage,
  now: number,
  slotId: string,
  credentialHash: Uint8Array,
  sealed: Uint8Array,
): Promise<{ ok: true } | { ok: false; reason: SlotFailure }> {
  const found = await slotForOwner(storage, storage.db, slotId, credentialHash, now);
  if (!found.ok) return found;
  const updated = await storage.db
    .updateTable('sync_pairing')
    .set({ state: 'sealed', sealed })
    .where('slot_id', '=', slotId)
    .where('state', '=', 'answered')
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 1) return { ok: true };
  return { ok: false, reason: 'slot-used' };
}

export type CollectResult =
  | { ok: true; sealed: Uint8Array }
  | { ok: true; waiting: true }
  | { ok: false; reason: SlotFailure | 'bad-credential' };

export async function collectSlot(
  storage: Storage,
  now: number,
  slotId: string,
  answerTokenHash: Uint8Array,
): Promise<CollectResult> {
  const slot = await readSlot(storage.db, slotId);
  if (slot === undefined) return { ok: false, reason: 'slot-not-found' };
  if (await expireIfDue(storage.db, slot, now)) return { ok: false, reason: 'slot-expired' };
  if (slot.state === 'collected' || slot.state === 'cancelled') {
    return { ok: false, reason: 'slot-used' };
  }
  if (!sameHash(slot.answer_token_hash, answerTokenHash)) {
    return { ok: false, reason: 'bad-credential' };
  }
  if (slot.state !== 'sealed' || slot.sealed === null) return { ok: true, waiting: true };
  // Conditional on state = 'sealed': of two collections racing, exactly one gets the blob.
  const updated = await storage.db
    .updateTable('sync_pairing')
    .set({ ...emptied, state: 'collected' })
    .where('slot_id', '=', slotId)
    .where('state', '=', 'sealed')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) return { ok: false, reason: 'slot-used' };
  return { ok: true, sealed: slot.sealed };
}

export async function cancelSlot(
  storage: Storage,
  now: number,
  slotId: string,
  credentialHash: Uint8Array,
): Promise<{ ok: true } | { ok: false; reason: SlotFailure }> {
  const found = await slotForOwner(storage, storage.db, slotId, credentialHash, now);
  if (!found.ok) return found;
  await storage.db
    .updateTable('sync_pairing')
    .set({ ...emptied, state: 'cancelled' })
    .where('slot_id', '=', slotId)
    .where('state', '!=', 'collected')
    .execute();
  return { ok: true };
}
