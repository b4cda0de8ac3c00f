import { Kysely, SqliteDialect, sql } from 'kysely';
import { fail, ok, type Result } from '../result.ts';
import type { Database } from './database.ts';
import { parseDatabaseUrl } from './database-url.ts';
import {
  inProcessNotifications,
  type Notifications,
  notifyChannel,
  postgresNotifications,
} from './notifications.ts';
import { describePostgresUrl, newPostgresClient, openPostgres } from './postgres.ts';
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
  /**
   * Messages to every server process on this database (PostgreSQL LISTEN/NOTIFY; in-process for
   * SQLite, where one process owns the file).
   */
  readonly notifications: Notifications;
  /** True when a real round trip to the database succeeded. Never throws. */
  health(): Promise<boolean>;
  /** Closes the database. Safe to call more than once. */
  close(): Promise<void>;
}

export type StorageFailure = 'empty-url' | 'unsupported-scheme' | 'open-failed';

function storageOver(
  dialect: StorageDialect,
  db: Kysely<Database>,
  notifications: Notifications,
  closeDriver: () => void | Promise<void>,
): Storage {
  let closing: Promise<void> | undefined;
  return {
    dialect,
    db,
    notifications,
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
      closing ??= notifications
        .close()
        .then(() => db.destroy())
        .finally(closeDriver);
      return closing;
    },
  };
}

/**
 * Opens the database named by a URL. The scheme picks the dialect:
 * `sqlite:` / `file:` / a bare path → SQLite; `postgres:` / `postgresql:` → PostgreSQL.
 * PostgreSQL is checked with a real round trip before this returns. Failure details are plain
 * sentences for the operator and never contain the URL's user or password.
 */
export async function openStorage(databaseUrl: string): Promise<Result<Storage, StorageFailure>> {
  const target = parseDatabaseUrl(databaseUrl);
  if (!target.ok) return target;
  if (target.value.dialect === 'postgres') {
    const { connectionString } = target.value;
    const { db, pool } = openPostgres(connectionString);
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      await db.destroy().catch(() => undefined);
      const why = error instanceof Error ? error.message : String(error);
      return fail(
        'open-failed',
        `The PostgreSQL database at ${describePostgresUrl(connectionString)} could not be reached ` +
          `(${why}). Check DATABASE_URL and that the server is running.`,
      );
    }
    const notifications = postgresNotifications({
      notify: async (text) => {
        await pool.query('select pg_notify($1, $2)', [notifyChannel, text]);
      },
      newClient: () => newPostgresClient(connectionString),
    });
    return ok(storageOver('postgres', db, notifications, () => undefined));
  }
  const { filename } = target.value;
  try {
    const database = openSqliteDatabase(filename);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    return ok(storageOver('sqlite', db, inProcessNotifications(), () => database.close()));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return fail(
      'open-failed',
      `The SQLite database at ${filename} could not be opened (${why}). ` +
        'Check that its folder exists and the server may write there.',
    );
  }
}
