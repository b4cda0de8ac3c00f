import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  encodeShareFragment,
  newShareKeys,
  openShareSnapshot,
  sealShareSnapshot,
} from '@onward/crypto/share-link';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain, stopAll, waitForStart } from '../main-runner.ts';
import { openStorage } from '../storage/storage.ts';
import { randomId, randomToken } from '../sync/test-client.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../test-databases.ts';
import { makeFixture } from '../test-fixtures.ts';
import { shareCall, sharePath, viewLink } from './test-client.ts';

// The marker test for share links, server side: the real server (main.ts as a child process,
// logging as in production) on SQLite and on PostgreSQL receives snapshots sealed by the real
// share-link crypto, holding a marker. Afterwards no byte of the SQLite file (and its WAL), no
// value in any PostgreSQL table, and nothing the server printed contains the marker, the link's
// secret (the #fragment), the revoke credential, or the link id. Controls prove we looked in the
// right places: the ciphertext itself is found in the database.

const MARKER = 'MARKER-share-heron-5581';
const day = 24 * 60 * 60 * 1000;

afterAll(() => stopAll());

describe.each(testDialects)('what %s and the server log hold for a share link', (dialect) => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  });

  it('never the marker, the fragment, the revoke credential or the id', async () => {
    const fixture = await makeFixture();
    cleanups.push(() => fixture.cleanup());
    let database: TestDatabase | undefined;
    let env: Record<string, string> = {};
    if (dialect === 'postgres') {
      database = await createTestDatabase('postgres');
      const db = database;
      cleanups.push(() => db.drop());
      env = { DATABASE_URL: database.url };
    }
    const run = runMain(fixture, env);
    const base = `http://127.0.0.1:${await waitForStart(run)}`;

    const id = randomId();
    const token = randomToken();
    const keys = await newShareKeys();
    const plain = (n: number) =>
      new TextEncoder().encode(JSON.stringify({ v: 1, title: `${MARKER} report ${n}` }));
    const first = await sealShareSnapshot(id, keys, plain(1));
    const expires = Date.now() + 7 * day;
    expect(
      (await shareCall(base, 'POST', `/links/${id}?expires=${expires}`, { token, body: first }))
        .status,
    ).toBe(201);
    const second = await sealShareSnapshot(id, keys, plain(2));
    expect((await shareCall(base, 'PUT', `/links/${id}`, { token, body: second })).status).toBe(
      200,
    );
    const view = await viewLink(base, id);
    expect(view.status).toBe(200);
    const opened = await openShareSnapshot(id, keys.secret, view.bytes);
    expect(opened.ok && new TextDecoder().decode(opened.value)).toContain(MARKER);
    // A second link, revoked: its ciphertext must be gone at once.
    const revokedId = randomId();
    const revokedToken = randomToken();
    const revokedBlob = await sealShareSnapshot(revokedId, keys, plain(3));
    await shareCall(base, 'POST', `/links/${revokedId}?expires=${expires}`, {
      token: revokedToken,
      body: revokedBlob,
    });
    expect(
      (await shareCall(base, 'DELETE', `/links/${revokedId}`, { token: revokedToken })).status,
    ).toBe(204);
    // Some faulty requests, so the log has had reason to speak.
    await fetch(`${base}${sharePath}/links/${id}`, { method: 'PUT', body: 'x' });
    await fetch(`${base}${sharePath}/links/${MARKER}`);

    const fragment = encodeShareFragment(keys.secret, expires);
    const secrets = [
      Buffer.from(MARKER),
      Buffer.from(MARKER, 'utf16le'),
      Buffer.from(fragment),
      Buffer.from(keys.secret),
      Buffer.from(keys.contentKey),
      Buffer.from(token),
      Buffer.from(token, 'base64url'),
    ];
    let stored: Buffer;
    if (dialect === 'sqlite') {
      // Read while the server is still running: the WAL holds the newest pages.
      const folder = join(fixture.dir, 'data');
      const names = (await readdir(folder)).filter((n) => n.startsWith('onward.sqlite'));
      stored = Buffer.concat(await Promise.all(names.map((n) => readFile(join(folder, n)))));
    } else {
      const opened = await openStorage((database as TestDatabase).url);
      if (!opened.ok) throw new Error(opened.reason);
      const db = opened.value.db;
      const tables = (await db.introspection.getTables()).map((t) => t.name);
      expect(tables).toContain('share_link');
      const parts: Buffer[] = [];
      for (const table of tables) {
        const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
          db,
        );
        for (const row of rows.rows) {
          for (const value of Object.values(row)) {
            parts.push(
              value instanceof Uint8Array ? Buffer.from(value) : Buffer.from(String(value)),
            );
          }
        }
      }
      await opened.value.close();
      stored = Buffer.concat(parts);
    }
    // Controls: the current ciphertext is there; the replaced and the revoked ones are not.
    expect(stored.includes(Buffer.from(second)), 'current').toBe(true);
    if (dialect === 'sqlite') expect(stored.includes(Buffer.from(first)), 'replaced').toBe(false);
    expect(stored.includes(Buffer.from(revokedBlob.subarray(24))), 'revoked').toBe(false);
    for (const secret of secrets)
      expect(stored.includes(secret), secret.toString('hex')).toBe(false);

    run.child.kill('SIGTERM');
    await run.exit;
    const log = run.stdout() + run.stderr();
    expect(log).toContain('Onward is running');
    for (const text of [MARKER, fragment, token, id, revokedId, revokedToken]) {
      expect(log).not.toContain(text);
    }
  });
});
