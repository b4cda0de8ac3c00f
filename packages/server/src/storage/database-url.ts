import { fail, ok, type Result } from '../result.ts';

// Reads DATABASE_URL and decides which dialect serves it. Failures name only the URL *scheme*:
// a database URL can carry a password, so it must never be echoed into logs or messages.

export type DatabaseTarget =
  | { dialect: 'sqlite'; filename: string }
  | { dialect: 'postgres'; connectionString: string };

export type DatabaseUrlFailure = 'unsupported-scheme' | 'empty-url';

const schemePattern = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * - `sqlite:<path>`, `sqlite://<path>`, `sqlite::memory:` → SQLite file (or in-memory database)
 * - `file:<path>` or `file:///abs/path` → SQLite file
 * - a bare path (`./data/onward.sqlite`, `/var/lib/onward.sqlite`) → SQLite file
 * - `postgres://…` / `postgresql://…` → PostgreSQL
 */
export function parseDatabaseUrl(url: string): Result<DatabaseTarget, DatabaseUrlFailure> {
  const trimmed = url.trim();
  if (trimmed === '') return fail('empty-url', 'DATABASE_URL is empty.');
  const match = schemePattern.exec(trimmed);
  // A one-letter "scheme" is a Windows drive letter (C:\data\onward.sqlite): a bare path.
  const scheme = match?.[1] && match[1].length > 1 ? match[1].toLowerCase() : undefined;
  if (scheme === undefined) return ok({ dialect: 'sqlite', filename: trimmed });
  const rest = trimmed.slice(scheme.length + 1);
  switch (scheme) {
    case 'sqlite': {
      const filename = rest.startsWith('//') ? rest.slice(2) : rest;
      if (filename === '') return fail('empty-url', 'DATABASE_URL names no SQLite file.');
      return ok({ dialect: 'sqlite', filename });
    }
    case 'file': {
      // file:///abs/path is a real file URL; file:relative/path is the common informal form.
      const filename = rest.startsWith('//') ? decodeURIComponent(new URL(trimmed).pathname) : rest;
      if (filename === '') return fail('empty-url', 'DATABASE_URL names no SQLite file.');
      return ok({ dialect: 'sqlite', filename });
    }
    case 'postgres':
    case 'postgresql':
      return ok({ dialect: 'postgres', connectionString: trimmed });
    default:
      return fail(
        'unsupported-scheme',
        `DATABASE_URL uses the scheme "${scheme}:", which Onward does not support. ` +
          'Use sqlite:<path to a file> (the default) or postgres://… .',
      );
  }
}
