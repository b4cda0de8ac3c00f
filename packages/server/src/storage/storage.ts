import { Kysely, SqliteDialect, sql } from 'kysely';
import { fail, ok, type Result } from '../result.ts';
import type { Database } from './database.ts';
import { parseDatabaseUrl } from './database-url.ts';
import { openSqliteDatabase } from './sqlite.ts';

// The one seam between the server and its database. Routes see a Storage, never a driver, so
// SQLite (default: one file, zero setup) and PostgreSQL (for deployments that outgrow one
// machine) are interchangeable. Only the dialect set-up below and the migrations differ.

export type { Database } from './database.ts';

export type StorageDialect = 'sqlite' | 'postgres';

export interface Storage {
  readonly dialect: StorageDialect;
  /** Typed query builder for the server's tables. Stores opaque data only. */
  readonly db: Kysely<Database>;
  /** True when a real round trip to the database succeeded. Never throws. */
  health(): Promise<boolean>;
  /** Closes the database. Safe to call more than once. */
  close(): Promise<void>;
}

export type StorageFailure =
  | 'empty-url'
  | 'unsupported-scheme'
  | 'postgres-not-in-this-build'
  | 'open-failed';

function storageOver(
  dialect: StorageDialect,
  db: Kysely<Database>,
  closeDriver: () => void,
): Storage {
  let closing: Promise<void> | undefined;
  return {
    dialect,
    db,
    async health() {
      if (closing) return false;
      try {
        const result = await sql<{ ok: number }>`select 1 as ok`.execute(db);
        return Number(result.rows[0]?.ok) === 1;
      } catch {
        return false;
      }
    },
    close() {
      // Kysely's destroy() does nothing if no query ever ran, so the handle is closed here too.
      closing ??= db.destroy().finally(closeDriver);
      return closing;
    },
  };
}

/**
 * Opens the database named by a URL. The scheme picks the dialect:
 * `sqlite:` / `file:` / a bare path → SQLite; `postgres:` / `postgresql:` → PostgreSQL (not in
 * this build yet). Failure details are plain sentences for the operator and never contain the URL.
 */
export async function openStorage(databaseUrl: string): Promise<Result<Storage, StorageFailure>> {
  const target = parseDatabaseUrl(databaseUrl);
  if (!target.ok) return target;
  if (target.value.dialect === 'postgres') {
    // A PostgresDialect over `pg` slots in here (with migrations/postgres), returning the same
    // Storage; nothing above this line or in the routes changes.
    return fail(
      'postgres-not-in-this-build',
      'PostgreSQL support is not in this build yet. Use a SQLite file for now (sqlite:<path>).',
    );
  }
  const { filename } = target.value;
  try {
    const database = openSqliteDatabase(filename);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    return ok(storageOver('sqlite', db, () => database.close()));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return fail(
      'open-failed',
      `The SQLite database at ${filename} could not be opened (${why}). ` +
        'Check that its folder exists and the server may write there.',
    );
  }
}
