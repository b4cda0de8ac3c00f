import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

// Kysely's SqliteDialect expects a better-sqlite3-like database object. Node 24 ships SQLite
// (node:sqlite), so we adapt its DatabaseSync to that shape instead of adding a native module.

function toSqlValue(value: unknown): SQLInputValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint' || value instanceof Uint8Array) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === undefined) return null;
  throw new TypeError(`SQLite cannot store a value of type ${typeof value}.`);
}

const toSqlValues = (parameters: ReadonlyArray<unknown>): SQLInputValue[] =>
  parameters.map(toSqlValue);

function adaptStatement(statement: StatementSync): SqliteStatement {
  return {
    // A statement returns rows exactly when it has result columns (SELECT, RETURNING, some PRAGMAs).
    reader: statement.columns().length > 0,
    all: (parameters) => statement.all(...toSqlValues(parameters)),
    run: (parameters) => {
      const { changes, lastInsertRowid } = statement.run(...toSqlValues(parameters));
      return { changes, lastInsertRowid };
    },
    iterate: (parameters) => statement.iterate(...toSqlValues(parameters)),
  };
}

/** Opens (creating if needed) a SQLite file with WAL, synchronous FULL, secure_delete and foreign keys on. Throws if it cannot. */
export function openSqliteDatabase(filename: string): SqliteDatabase {
  const raw = new DatabaseSync(filename, {
    enableForeignKeyConstraints: true,
    // Wait for a lock instead of failing at once if another process holds the file briefly.
    timeout: 5_000,
  });
  try {
    // WAL: readers never block the writer, and a crash cannot corrupt the file.
    raw.exec('PRAGMA journal_mode = WAL');
    // FULL: every commit is fsynced before it returns, so a sync push the server acknowledged
    // survives a crash of the process *and* a power loss (NORMAL would risk the last commits on
    // power loss). Sync answers "stored" only after this.
    raw.exec('PRAGMA synchronous = FULL');
    // Deleted content is overwritten with zeros, so "delete my data from this server" and
    // compaction leave no old ciphertext readable in the file's free pages.
    raw.exec('PRAGMA secure_delete = ON');
    raw.exec('PRAGMA foreign_keys = ON');
  } catch (error) {
    raw.close();
    throw error;
  }
  return {
    prepare: (sql) => adaptStatement(raw.prepare(sql)),
    close: () => {
      if (raw.isOpen) raw.close();
    },
  };
}
