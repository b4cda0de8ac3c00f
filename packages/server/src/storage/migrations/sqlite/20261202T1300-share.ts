import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

// Share links (docs/share-links.md): an encrypted snapshot per link, its expiry, the SHA-256 of
// the revoke credential only the sharing device holds, and a view count (no address, no user
// agent). Revoked ids are remembered, without content, until they would have expired.
// STRICT tables; twin of migrations/postgres/20261202T1300-share.ts.

const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('share_link')
      .addColumn('share_id', 'text', (c) => c.primaryKey())
      .addColumn('revoke_hash', 'blob', (c) => c.notNull())
      .addColumn('expires_at', 'integer', (c) => c.notNull())
      .addColumn('views', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_viewed_at', 'integer')
      .addColumn('data', 'blob', (c) => c.notNull())
      .modifyEnd(sql`strict, without rowid`)
      .execute();
    await db.schema
      .createTable('share_revoked')
      .addColumn('share_id', 'text', (c) => c.primaryKey())
      .addColumn('expires_at', 'integer', (c) => c.notNull())
      .modifyEnd(sql`strict, without rowid`)
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
