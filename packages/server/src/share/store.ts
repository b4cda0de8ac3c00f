import { sameHash } from '../api-helpers.ts';
import { forgetDeletedPages } from '../storage/forget-deleted.ts';
import type { Storage } from '../storage/storage.ts';

// Every share-link read and write, over the storage seam (SQLite or PostgreSQL, same code).
// The server keeps the ciphertext exactly as sent and never parses it. "Expired" is decided in
// every query against the clock (`expires_at > now`), so an expired link is never served or
// changed even if the periodic sweep has not deleted it yet.

export type GoneReason = 'not-found' | 'expired' | 'revoked';

export type StoreResult<T> =
  | ({ ok: true } & T)
  | { ok: false; reason: GoneReason | 'exists' | 'bad-credential' };

/** Why a live link could not be found: revoked (remembered until expiry), expired, or unknown. */
async function whyGone(storage: Storage, shareId: string, now: number): Promise<GoneReason> {
  const revoked = await storage.db
    .selectFrom('share_revoked')
    .select('share_id')
    .where('share_id', '=', shareId)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (revoked !== undefined) return 'revoked';
  const stale = await storage.db
    .selectFrom('share_link')
    .select('share_id')
    .where('share_id', '=', shareId)
    .executeTakeFirst();
  return stale === undefined ? 'not-found' : 'expired';
}

export async function createShare(
  storage: Storage,
  shareId: string,
  revokeHash: Uint8Array,
  expiresAt: number,
  data: Uint8Array,
): Promise<StoreResult<object>> {
  // An id that was ever used (live, expired but not swept, or revoked) is never reused, so a
  // link someone already holds can never start showing different content.
  const revoked = await storage.db
    .selectFrom('share_revoked')
    .select('share_id')
    .where('share_id', '=', shareId)
    .executeTakeFirst();
  if (revoked !== undefined) return { ok: false, reason: 'exists' };
  const inserted = await storage.db
    .insertInto('share_link')
    .values({ share_id: shareId, revoke_hash: revokeHash, expires_at: expiresAt, data })
    .onConflict((oc) => oc.column('share_id').doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1
    ? { ok: true }
    : { ok: false, reason: 'exists' };
}

/** The ciphertext of a live link, counting the view (a number and a time, nothing about who). */
export async function viewShare(
  storage: Storage,
  shareId: string,
  now: number,
): Promise<StoreResult<{ data: Uint8Array; expiresAt: number }>> {
  const row = await storage.db
    .updateTable('share_link')
    .set((eb) => ({ views: eb('views', '+', 1), last_viewed_at: now }))
    .where('share_id', '=', shareId)
    .where('expires_at', '>', now)
    .returning(['data', 'expires_at'])
    .executeTakeFirst();
  if (row === undefined) return { ok: false, reason: await whyGone(storage, shareId, now) };
  return { ok: true, data: row.data, expiresAt: Number(row.expires_at) };
}

async function authorize(
  storage: Storage,
  shareId: string,
  hash: Uint8Array,
  now: number,
): Promise<StoreResult<{ expiresAt: number; views: number; lastViewedAt: number | null }>> {
  const row = await storage.db
    .selectFrom('share_link')
    .select(['revoke_hash', 'expires_at', 'views', 'last_viewed_at'])
    .where('share_id', '=', shareId)
    .executeTakeFirst();
  if (row === undefined) return { ok: false, reason: await whyGone(storage, shareId, now) };
  if (!sameHash(row.revoke_hash, hash)) return { ok: false, reason: 'bad-credential' };
  if (Number(row.expires_at) <= now) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    expiresAt: Number(row.expires_at),
    views: Number(row.views),
    lastViewedAt: row.last_viewed_at === null ? null : Number(row.last_viewed_at),
  };
}

/** What the sharing device may see about its own link. */
export const shareStatus = authorize;

/** Live update: the same link (same key on the device) with a new ciphertext. */
export async function replaceShare(
  storage: Storage,
  shareId: string,
  hash: Uint8Array,
  data: Uint8Array,
  now: number,
): Promise<StoreResult<{ expiresAt: number }>> {
  const allowed = await authorize(storage, shareId, hash, now);
  if (!allowed.ok) return allowed;
  const updated = await storage.db
    .updateTable('share_link')
    .set({ data })
    .where('share_id', '=', shareId)
    .where('revoke_hash', '=', hash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) {
    return { ok: false, reason: await whyGone(storage, shareId, now) };
  }
  await forgetDeletedPages(storage);
  return { ok: true, expiresAt: allowed.expiresAt };
}

/** Deletes the link and its ciphertext at once; remembers only the id until it would expire. */
export async function revokeShare(
  storage: Storage,
  shareId: string,
  hash: Uint8Array,
  now: number,
): Promise<StoreResult<object>> {
  const allowed = await authorize(storage, shareId, hash, now);
  if (!allowed.ok && allowed.reason !== 'expired') return allowed;
  await storage.db.transaction().execute(async (tx) => {
    const deleted = await tx
      .deleteFrom('share_link')
      .where('share_id', '=', shareId)
      .returning('expires_at')
      .executeTakeFirst();
    if (deleted !== undefined && Number(deleted.expires_at) > now) {
      await tx
        .insertInto('share_revoked')
        .values({ share_id: shareId, expires_at: Number(deleted.expires_at) })
        .onConflict((oc) => oc.column('share_id').doNothing())
        .execute();
    }
  });
  await forgetDeletedPages(storage);
  return { ok: true };
}

/** Deletes every expired link and forgets revoked ids past their expiry. */
export async function sweepExpiredShares(storage: Storage, now: number): Promise<number> {
  const links = await storage.db
    .deleteFrom('share_link')
    .where('expires_at', '<=', now)
    .executeTakeFirst();
  await storage.db.deleteFrom('share_revoked').where('expires_at', '<=', now).execute();
  const deleted = Number(links.numDeletedRows);
  if (deleted > 0) await forgetDeletedPages(storage);
  return deleted;
}
