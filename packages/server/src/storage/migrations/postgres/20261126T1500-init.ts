import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// PostgreSQL twin of migrations/sqlite/20261126T1500-init.ts.

const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('server_meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('server_meta').execute();
  },
};

export default migration;
