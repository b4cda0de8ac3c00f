import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildServer } from '../build-server.ts';
import { createTestDatabase, testDialects } from '../test-databases.ts';
import { migrateToLatest, migrationFileName, migrationNames } from './migrate.ts';
import { ensureServerMeta } from './server-meta.ts';
import { openStorage, type Storage } from './storage.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'onward-migrate-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function openFile(file: string): Promise<Storage> {
  const result = await openStorage(`sqlite:${file}`);
  if (!result.ok) throw new Error(result.detail);
  return result.value;
}

describe('migrations', () => {
  it('are timestamp-named, and every dialect has the same list', async () => {
    const sqlite = await migrationNames('sqlite');
    const postgres = await migrationNames('postgres');
    expect(sqlite.length).toBeGreaterThan(0);
    expect(sqlite).toEqual(postgres);
    for (const name of sqlite) expect(name).toMatch(migrationFileName);
    expect(sqlite[0]).toBe('20261126T1500-init.ts');
  });

  it('create server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) and apply once', async () => {
    const file = join(dir, 'onward.sqlite');
    const storage = await openFile(file);
    expect(await migrateToLatest(storage)).toEqual({
      ok: true,
      value: ['20261126T1500-init', '20261202T0900-sync', '20261202T1300-share'],
    });
    expect(await migrateToLatest(storage)).toEqual({ ok: true, value: [] });
    await storage.close();

    const raw = new DatabaseSync(file);
    const columns = raw.prepare('pragma table_info(server_meta)').all();
    raw.close();
    expect(columns.map((c) => [c.name, c.type, c.notnull, c.pk])).toEqual([
      ['key', 'TEXT', 1, 1],
      ['value', 'TEXT', 1, 0],
    ]);
  });

  it('keep instance_id and created_at, never replacing them', async () => {
    const storage = await openFile(join(dir, 'onward.sqlite'));
    await migrateToLatest(storage);
    const first = await ensureServerMeta(storage.db, {
      newId: () => 'first-id',
      now: () => new Date('2026-11-26T15:00:00Z'),
    });
    const second = await ensureServerMeta(storage.db, {
      newId: () => 'second-id',
      now: () => new Date('2027-01-01T00:00:00Z'),
    });
    await storage.close();
    expect(first).toEqual({ instanceId: 'first-id', createdAt: '2026-11-26T15:00:00.000Z' });
    expect(second).toEqual(first);
  });
});

describe.each(testDialects)('migrations on %s', (dialect) => {
  it('apply every migration once, create the sync tables, and survive a second run', async () => {
    const database = await createTestDatabase(dialect);
    try {
      const opened = await openStorage(database.url);
      if (!opened.ok) throw new Error(opened.detail);
      const storage = opened.value;
      try {
        const names = (await migrationNames(dialect)).map((f) => f.replace(/\.ts$/, ''));
        expect(await migrateToLatest(storage)).toEqual({ ok: true, value: names });
        expect(await migrateToLatest(storage)).toEqual({ ok: true, value: [] });
        const tables = (await storage.db.introspection.getTables()).map((t) => t.name).sort();
        expect(tables).toEqual(
          expect.arrayContaining([
            'server_meta',
            'sync_change',
            'sync_device',
            'sync_pairing',
            'sync_snapshot',
            'sync_vault',
          ]),
        );
        const meta = await ensureServerMeta(storage.db);
        expect(await ensureServerMeta(storage.db)).toEqual(meta);
      } finally {
        await storage.close();
      }
    } finally {
      await database.drop();
    }
  });
});

describe('the server and its database file', () => {
  it('creates a random instance_id at first start and keeps it across restarts', async () => {
    const webRoot = join(dir, 'web');
    await mkdir(webRoot);
    await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>Onward</title>');
    const databaseUrl = `sqlite:${join(dir, 'onward.sqlite')}`;

    const first = await buildServer({ webRoot, databaseUrl });
    const id = first.serverMeta.instanceId;
    await first.close();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const second = await buildServer({ webRoot, databaseUrl });
    expect(second.serverMeta.instanceId).toBe(id);
    await second.close();

    // A different file is a different instance.
    const other = await buildServer({
      webRoot,
      databaseUrl: `sqlite:${join(dir, 'other.sqlite')}`,
    });
    expect(other.serverMeta.instanceId).not.toBe(id);
    await other.close();
  });
});
