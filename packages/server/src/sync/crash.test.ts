import { afterEach, describe, expect, it } from 'vitest';
import { runMain, stopAll, waitForStart } from '../main-runner.ts';
import { createTestDatabase, type TestDatabase, testDialects } from '../test-databases.ts';
import { type Fixture, makeFixture } from '../test-fixtures.ts';
import { createVault, type Device, newChanges, pull, push } from './test-client.ts';

// Durability: the real server (main.ts, as `npm start` runs it) is killed with SIGKILL in the
// middle of a stream of pushes, then started again on the same database. Every push it had
// acknowledged must be there, with the sequence it was given. SQLite runs in WAL mode with
// synchronous = FULL (each commit is fsynced before the answer); PostgreSQL commits with its
// default synchronous_commit = on.

const env = { ONWARD_SYNC_VAULT_RATE_PER_MINUTE: '0', ONWARD_SYNC_IP_RATE_PER_MINUTE: '0' };

let fixture: Fixture | undefined;
let database: TestDatabase | undefined;
afterEach(async () => {
  stopAll();
  await fixture?.cleanup();
  await database?.drop();
  fixture = undefined;
  database = undefined;
});

describe.each(testDialects)('a crash on %s', (dialect) => {
  it('loses no acknowledged push', async () => {
    fixture = await makeFixture();
    database = await createTestDatabase(dialect);
    const first = runMain(fixture, { ...env, DATABASE_URL: database.url });
    const base = `http://127.0.0.1:${await waitForStart(first)}`;
    const device: Device = await createVault(base);

    const acked = new Map<string, number>();
    let stop = false;
    let failures = 0;
    // Four devices' worth of pushes in flight at once, until the kill cuts them off.
    const stream = async () => {
      while (!stop) {
        try {
          const res = await push(base, device, newChanges(5, 200));
          if (res.status !== 200) throw new Error(`push answered ${res.status}`);
          for (const ack of res.body.acks as { id: string; seq: number }[])
            acked.set(ack.id, ack.seq);
        } catch {
          failures++;
          return; // the server is gone
        }
      }
    };
    const streams = Array.from({ length: 4 }, stream);
    await expect
      .poll(() => acked.size, { timeout: 60_000, interval: 20 })
      .toBeGreaterThanOrEqual(100);
    first.child.kill('SIGKILL');
    await first.exit;
    stop = true;
    await Promise.all(streams);
    expect(failures).toBeGreaterThan(0); // requests really were cut off mid-stream

    const second = runMain(fixture, { ...env, DATABASE_URL: database.url });
    const again = `http://127.0.0.1:${await waitForStart(second)}`;
    const stored = new Map<string, number>();
    let cursor = 0;
    for (;;) {
      const page = await pull(again, device, cursor, 1000);
      expect(page.status).toBe(200);
      for (const c of page.body.changes as { id: string; seq: number }[]) stored.set(c.id, c.seq);
      cursor = page.body.cursor;
      if (!page.body.more) break;
    }
    const lost = [...acked].filter(([id, seq]) => stored.get(id) !== seq);
    expect(lost).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(acked.size);
    // Sequences are still contiguous after the crash: no holes, no repeats.
    expect([...stored.values()].sort((a, b) => a - b)).toEqual(
      Array.from({ length: stored.size }, (_, i) => i + 1),
    );
    second.child.kill('SIGTERM');
    await second.exit;
  }, 120_000);
});
