import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

// First schema: only what the server needs to know about itself. Later migrations add the
// ciphertext tables; none of them ever holds readable user content.
// STRICT makes SQLite enforce the declared column types, as PostgreSQL does.

const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('server_meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .modifyEnd(sql`strict, without rowid`)
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('server_meta').execute();
  },
};

export default migration;
