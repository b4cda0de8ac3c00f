import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

// Sync storage (docs/sync-protocol.md): vaults, changes, the snapshot, device keys with their
// mailbox, pairing slots. Every value a person wrote is inside an envelope the server cannot
// open; the rest is opaque random ids, sequence numbers and byte counts.
// PostgreSQL twin of migrations/sqlite/20261202T0900-sync.ts (bytea, bigint). Foreign keys
// cascade so deleting a vault deletes everything it holds. Envelopes and snapshots are stored
// EXTERNAL: ciphertext does not compress, so PostgreSQL should not try.

const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('sync_vault')
      .addColumn('vault_id', 'text', (c) => c.primaryKey())
      .addColumn('credential_hash', 'bytea', (c) => c.notNull())
      .addColumn('head_seq', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('snapshot_seq', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('key_epoch', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('change_count', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('change_bytes', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('snapshot_bytes', 'bigint', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('sync_change')
      .addColumn('vault_id', 'text', (c) =>
        c.notNull().references('sync_vault.vault_id').onDelete('cascade'),
      )
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('change_id', 'text', (c) => c.notNull())
      .addColumn('envelope', 'bytea', (c) => c.notNull())
      .addPrimaryKeyConstraint('sync_change_pk', ['vault_id', 'seq'])
      .addUniqueConstraint('sync_change_id_unique', ['vault_id', 'change_id'])
      .execute();
    await db.schema
      .createTable('sync_snapshot')
      .addColumn('vault_id', 'text', (c) =>
        c.primaryKey().references('sync_vault.vault_id').onDelete('cascade'),
      )
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('data', 'bytea', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('sync_device')
      .addColumn('vault_id', 'text', (c) =>
        c.notNull().references('sync_vault.vault_id').onDelete('cascade'),
      )
      .addColumn('device_key_id', 'text', (c) => c.notNull())
      .addColumn('public_key', 'bytea', (c) => c.notNull())
      .addColumn('mailbox_token_hash', 'bytea', (c) => c.notNull())
      .addColumn('mailbox_epoch', 'integer')
      .addColumn('mailbox_sealed', 'bytea')
      .addPrimaryKeyConstraint('sync_device_pk', ['vault_id', 'device_key_id'])
      .execute();
    await db.schema
      .createTable('sync_pairing')
      .addColumn('slot_id', 'text', (c) => c.primaryKey())
      .addColumn('vault_id', 'text', (c) =>
        c.notNull().references('sync_vault.vault_id').onDelete('cascade'),
      )
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('offer_key', 'bytea')
      .addColumn('answer_key', 'bytea')
      .addColumn('answer_token_hash', 'bytea')
      .addColumn('sealed', 'bytea')
      .execute();
    await sql`alter table sync_change alter column envelope set storage external`.execute(db);
    await sql`alter table sync_snapshot alter column data set storage external`.execute(db);
    await db.schema
      .createIndex('sync_pairing_vault')
      .on('sync_pairing')
      .column('vault_id')
      .execute();
    await db.schema
      .createIndex('sync_pairing_expiry')
      .on('sync_pairing')
      .column('expires_at')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      'sync_pairing',
      'sync_device',
      'sync_snapshot',
      'sync_change',
      'sync_vault',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};

export default migration;
