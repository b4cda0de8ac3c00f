import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.ts';

// PostgreSQL through `pg`. Two details matter for the rest of the server:
// - int8 (bigint) columns come back as JS numbers, not strings: sequence numbers and byte counts
//   stay below 2^53, and the routes compare them as numbers on both dialects.
// - An idle pooled connection that drops (the database restarted) emits 'error' on the pool;
//   without a listener that would crash the process. The next query simply opens a new one.

const int8Oid = 20;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === int8Oid && format !== 'binary') return (value: string) => Number(value);
    // biome-ignore lint/suspicious/noExplicitAny: pg's overloads do not accept the union
    return pg.types.getTypeParser(oid, format as any);
  },
};

export interface PostgresHandles {
  db: Kysely<Database>;
  pool: pg.Pool;
}

export function openPostgres(connectionString: string, maxConnections = 10): PostgresHandles {
  const pool = new pg.Pool({
    connectionString,
    max: maxConnections,
    types,
    // Fail fast (and plainly) when the server cannot be reached, instead of hanging a request.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', () => {
    // An idle client died; it has already been removed from the pool.
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, pool };
}

/** A dedicated connection (outside the pool) for LISTEN, with the same type parsing. */
export function newPostgresClient(connectionString: string): pg.Client {
  return new pg.Client({ connectionString, types, connectionTimeoutMillis: 10_000 });
}

/** Where a PostgreSQL URL points, without user or password, for messages to an operator. */
export function describePostgresUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    const database = url.pathname.replace(/^\//, '') || '(default database)';
    return `${url.hostname || 'localhost'}${url.port ? `:${url.port}` : ''}/${database}`;
  } catch {
    return 'the DATABASE_URL server';
  }
}
