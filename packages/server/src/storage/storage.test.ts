import { mkdtemp, readdir, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testDialects } from '../test-databases.ts';
import { parseDatabaseUrl } from './database-url.ts';
import { openStorage, type Storage } from './storage.ts';

let dir: string;
const opened: Storage[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onward-storage-'));
});

afterEach(async () => {
  for (const storage of opened.splice(0)) await storage.close();
  await rm(dir, { recursive: true, force: true });
});

async function open(url: string): Promise<Storage> {
  const result = await openStorage(url);
  if (!result.ok) throw new Error(result.detail);
  opened.push(result.value);
  return result.value;
}

describe('parseDatabaseUrl', () => {
  it.each([
    ['sqlite:/var/lib/onward/onward.sqlite', '/var/lib/onward/onward.sqlite'],
    ['sqlite:///var/lib/onward.sqlite', '/var/lib/onward.sqlite'],
    ['sqlite:./data/onward.sqlite', './data/onward.sqlite'],
    ['sqlite::memory:', ':memory:'],
    ['SQLITE:/tmp/x.sqlite', '/tmp/x.sqlite'],
    ['file:///tmp/with%20space.sqlite', '/tmp/with space.sqlite'],
    ['file:data/onward.sqlite', 'data/onward.sqlite'],
    ['/var/lib/onward.sqlite', '/var/lib/onward.sqlite'],
    ['./onward.sqlite', './onward.sqlite'],
    ['C:\\onward\\data.sqlite', 'C:\\onward\\data.sqlite'],
  ])('reads %s as the SQLite file %s', (url, filename) => {
    expect(parseDatabaseUrl(url)).toEqual({ ok: true, value: { dialect: 'sqlite', filename } });
  });

  it.each(['postgres://u:p@db:5432/onward', 'postgresql://db/onward'])(
    'reads %s as PostgreSQL',
    (url) => {
      const parsed = parseDatabaseUrl(url);
      expect(parsed.ok && parsed.value.dialect).toBe('postgres');
    },
  );

  it('names an unknown scheme, and never repeats the rest of the URL', () => {
    const parsed = parseDatabaseUrl('mysql://admin:hunter2@db.internal/onward');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reason).toBe('unsupported-scheme');
    expect(parsed.detail).toContain('"mysql:"');
    expect(parsed.detail).not.toContain('hunter2');
    expect(parsed.detail).not.toContain('db.internal');
  });

  it('refuses an empty URL or a scheme with no file', () => {
    expect(parseDatabaseUrl('  ').ok).toBe(false);
    expect(parseDatabaseUrl('sqlite:').ok).toBe(false);
  });
});

describe('openStorage', () => {
  it('says plainly when PostgreSQL cannot be reached, never repeating the password', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const result = await openStorage('postgres://onward:hunter2@127.0.0.1:1/onward');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('open-failed');
    expect(result.detail).toContain(
      'The PostgreSQL database at 127.0.0.1:1/onward could not be reached',
    );
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('fails with the scheme named for an unknown URL scheme', async () => {
    const result = await openStorage('redis://localhost:6379');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('unsupported-scheme');
      expect(result.detail).toContain('redis:');
    }
  });

  it('fails plainly when the SQLite folder does not exist', async () => {
    const result = await openStorage(`sqlite:${join(dir, 'missing', 'x.sqlite')}`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('open-failed');
      expect(result.detail).toContain('could not be opened');
    }
  });

  it('opens a SQLite file with WAL and foreign keys on', async () => {
    const file = join(dir, 'onward.sqlite');
    const storage = await open(`sqlite:${file}`);
    expect(storage.dialect).toBe('sqlite');
    expect(await storage.health()).toBe(true);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(storage.db);
    expect(fk.rows).toEqual([{ foreign_keys: 1 }]);
    // WAL is a property of the file: another connection sees it too.
    const other = new DatabaseSync(file);
    expect(other.prepare('pragma journal_mode').get()).toEqual({ journal_mode: 'wal' });
    other.close();
  });

  it('runs reads, writes, RETURNING and streaming through the node:sqlite adapter', async () => {
    const { db } = await open('sqlite::memory:');
    await sql`create table t (id integer primary key, label text not null, data blob)`.execute(db);
    const inserted =
      await sql`insert into t (label, data) values (${'a'}, ${new Uint8Array([1, 2])})`.execute(db);
    expect(inserted.numAffectedRows).toBe(1n);
    expect(inserted.insertId).toBe(1n);
    const returned = await sql<{
      id: number;
    }>`insert into t (label) values (${'b'}) returning id`.execute(db);
    expect(returned.rows).toEqual([{ id: 2 }]);
    const rows = await sql<{
      label: string;
      data: Uint8Array | null;
    }>`select label, data from t order by id`.execute(db);
    expect(rows.rows.map((r) => r.label)).toEqual(['a', 'b']);
    expect(Array.from(rows.rows[0]?.data ?? [])).toEqual([1, 2]);
    const streamed: unknown[] = [];
    const typed = db as unknown as Kysely<{ t: { id: number; label: string } }>;
    for await (const row of typed.selectFrom('t').select('label').orderBy('id').stream()) {
      streamed.push(row);
    }
    expect(streamed).toEqual([{ label: 'a' }, { label: 'b' }]);
  });

  it('enforces foreign keys', async () => {
    const { db } = await open('sqlite::memory:');
    await sql`create table parent (id integer primary key)`.execute(db);
    await sql`create table child (parent_id integer not null references parent(id))`.execute(db);
    await expect(sql`insert into child values (42)`.execute(db)).rejects.toThrow(/FOREIGN KEY/);
  });

  it('reports unhealthy, without throwing, once closed; closing twice is fine', async () => {
    const storage = await open('sqlite::memory:');
    await storage.close();
    await storage.close();
    expect(await storage.health()).toBe(false);
  });
});

/** Open file descriptors of this process that point at a path (Linux /proc). */
async function openHandlesTo(path: string): Promise<number> {
  let count = 0;
  for (const fd of await readdir('/proc/self/fd')) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '');
    if (target === path) count++;
  }
  return count;
}

describe('closing', () => {
  it('releases the SQLite file even when no query ever ran', async () => {
    const file = join(dir, 'unused.sqlite');
    const result = await openStorage(`sqlite:${file}`);
    if (!result.ok) throw new Error(result.detail);
    expect(await openHandlesTo(file)).toBe(1);
    await result.value.close();
    expect(await openHandlesTo(file)).toBe(0);
  });
});

describe.each(testDialects)('storage on %s', (dialect) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    for (const storage of opened.splice(0)) await storage.close();
    await database.drop();
  });

  it('opens, reports healthy after a real round trip, and closes once', async () => {
    const storage = await open(database.url);
    expect(storage.dialect).toBe(dialect);
    expect(await storage.health()).toBe(true);
    await storage.close();
    await storage.close();
    expect(await storage.health()).toBe(false);
  });

  it('round-trips binary values and bigints as numbers, with RETURNING', async () => {
    const { db } = await open(database.url);
    const blob = dialect === 'sqlite' ? sql`blob` : sql`bytea`;
    const big = dialect === 'sqlite' ? sql`integer` : sql`bigint`;
    await sql`create table t (id ${big} primary key, data ${blob} not null)`.execute(db);
    const bytes = new Uint8Array([0, 1, 2, 254, 255]);
    const returned = await sql<{
      id: number;
    }>`insert into t (id, data) values (${2 ** 53 - 1}, ${bytes}) returning id`.execute(db);
    expect(returned.rows).toEqual([{ id: 2 ** 53 - 1 }]);
    const rows = await sql<{ id: number; data: Uint8Array }>`select id, data from t`.execute(db);
    expect(typeof rows.rows[0]?.id).toBe('number');
    expect(Array.from(rows.rows[0]?.data ?? [])).toEqual(Array.from(bytes));
  });

  it('delivers a notification to a subscriber on another connection of the same database', async () => {
    const sender = await open(database.url);
    const receiver = await open(database.url);
    const received: string[] = [];
    let arrived: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    await receiver.notifications.subscribe({
      message: (text) => {
        received.push(text);
        arrived();
      },
      missed: () => undefined,
    });
    await sender.notifications.publish('head vault-a 7');
    if (dialect === 'postgres') {
      // Two separate Storage objects are two pools: the message crossed PostgreSQL.
      await done;
      expect(received).toEqual(['head vault-a 7']);
    } else {
      // SQLite notifications are in-process, per Storage: another opener hears nothing.
      await sender.notifications.publish('again');
      expect(received).toEqual([]);
    }
  });
});
