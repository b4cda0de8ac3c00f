import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

// Share links (docs/share-links.md): an encrypted snapshot per link, its expiry, the SHA-256 of
// the revoke credential only the sharing device holds, and a view count (no address, no user
// agent). Revoked ids are remembered, without content, until they would have expired.
// PostgreSQL twin of migrations/sqlite/20261202T1300-share.ts (bytea, bigint). The snapshot is
// stored EXTERNAL: ciphertext does not compress, so PostgreSQL should not try.

const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('share_link')
      .addColumn('share_id', 'text', (c) => c.primaryKey())
      .addColumn('revoke_hash', 'bytea', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('views', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('last_viewed_at', 'bigint')
      .addColumn('data', 'bytea', (c) => c.notNull())
      .execute();
    await sql`alter table share_link alter column data set storage external`.execute(db);
    await db.schema
      .createTable('share_revoked')
      .addColumn('share_id', 'text', (c) => c.primaryKey())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('share_link_expiry')
      .on('share_link')
      .column('expires_at')
      .execute();
    await db.schema
      .createIndex('share_revoked_expiry')
      .on('share_revoked')
      .column('expires_at')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('share_revoked').execute();
    await db.schema.dropTable('share_link').execute();
  },
};

export default migration;
