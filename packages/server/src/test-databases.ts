// Shared by every storage and sync integration test: a fresh, empty database of either dialect.
// SQLite: a file in a fresh temp folder. PostgreSQL: a new database on the server started by
// test-postgres-setup.ts (or the one named by ONWARD_TEST_POSTGRES_URL / DATABASE_URL).
// Use with `describe.each(testDialects)` so each test runs on both.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { StorageDialect } from './storage/storage.ts';

export const testDialects: StorageDialect[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  dialect: StorageDialect;
  /** The DATABASE_URL for this database. */
  url: string;
  /** SQLite only: the file. */
  file?: string;
  /** Removes it (drops the PostgreSQL database, deletes the SQLite folder). */
  drop(): Promise<void>;
}

function withDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('onwardPostgresAdminUrl') });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(dialect: StorageDialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'onward-db-'));
    const file = join(dir, 'onward.sqlite');
    return {
      dialect,
      url: `sqlite:${file}`,
      file,
      drop: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const name = `onward_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  return {
    dialect,
    url: withDatabase(inject('onwardPostgresAdminUrl'), name),
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}
