import { sql } from 'kysely';
import type { Storage } from './storage.ts';

/**
 * After deleting or replacing ciphertext a person asked to be gone (a deleted vault, a revoked
 * or replaced share snapshot): on SQLite, secure_delete has zeroed the freed pages in the
 * database file, but the WAL still holds the old page images until a checkpoint, so copy back and
 * truncate it now. PostgreSQL needs nothing here (its old row versions are reclaimed by vacuum;
 * see docs/share-links.md).
 */
export async function forgetDeletedPages(storage: Storage): Promise<void> {
  if (storage.dialect === 'sqlite') await sql`pragma wal_checkpoint(truncate)`.execute(storage.db);
}
