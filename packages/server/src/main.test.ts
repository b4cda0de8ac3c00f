import { existsSync } from 'node:fs';
import { Agent, get as httpGet } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMain, stopAll, waitForStart } from './main-runner.ts';
import { type Fixture, makeFixture } from './test-fixtures.ts';

// Runs the real entry point as a child process, as `npm start` does, to check what a person
// running the server sees: the start line, clean exits on signals, and one-line failures.

let fixture: Fixture;

beforeEach(async () => {
  fixture = await makeFixture();
});

afterEach(async () => {
  stopAll();
  await fixture.cleanup();
});

async function startedServer(env: Record<string, string> = {}) {
  const run = runMain(fixture, env);
  const port = await waitForStart(run);
  const health = await fetch(`http://127.0.0.1:${port}/api/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
  return { run, port };
}

describe('node packages/server/src/main.ts', () => {
  it('starts with one friendly line and stops cleanly on SIGTERM (exit 0)', async () => {
    const dataDir = join(fixture.dir, 'not', 'yet', 'there');
    const { run } = await startedServer({ ONWARD_DATA_DIR: dataDir });
    // The data folder was created, and the default database lives in it.
    expect(existsSync(join(dataDir, 'onward.sqlite'))).toBe(true);
    expect(run.stdout().trim().split('\n')).toHaveLength(1);

    run.child.kill('SIGTERM');
    expect(await run.exit).toEqual({ code: 0, signal: null });
    expect(run.stdout()).toContain('Onward has stopped.');
    expect(run.stderr()).toBe('');
  });

  it('stops cleanly on SIGINT (Ctrl+C) too', async () => {
    const { run } = await startedServer();
    run.child.kill('SIGINT');
    expect(await run.exit).toEqual({ code: 0, signal: null });
  });

  it('stops on SIGTERM even while a browser holds a keep-alive connection open', async () => {
    const { run, port } = await startedServer();
    const agent = new Agent({ keepAlive: true });
    const status = await new Promise<number | undefined>((resolve, reject) => {
      httpGet({ host: '127.0.0.1', port, path: '/api/health', agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      }).on('error', reject);
    });
    expect(status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exit).toEqual({ code: 0, signal: null });
    agent.destroy();
  });

  it('keeps the same database, and so the same instance_id, across restarts', async () => {
    const instanceId = () => {
      const db = new DatabaseSync(join(fixture.dir, 'data', 'onward.sqlite'));
      const row = db.prepare("select value from server_meta where key = 'instance_id'").get();
      db.close();
      return row?.value;
    };
    const first = await startedServer();
    first.run.child.kill('SIGTERM');
    expect((await first.run.exit).code).toBe(0);
    const id = instanceId();
    expect(typeof id).toBe('string');

    const second = await startedServer();
    second.run.child.kill('SIGTERM');
    expect((await second.run.exit).code).toBe(0);
    expect(instanceId()).toBe(id);
  });
});

describe('startup failures: one plain line on stderr, exit code 1', () => {
  async function expectFailure(env: Record<string, string>): Promise<string> {
    const run = runMain(fixture, env);
    expect(await run.exit).toEqual({ code: 1, signal: null });
    const lines = run.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(run.stdout()).not.toContain('Onward is running');
    return lines[0] as string;
  }

  it('names an unknown DATABASE_URL scheme, without echoing the URL', async () => {
    const line = await expectFailure({ DATABASE_URL: 'mysql://admin:hunter2@db.internal/x' });
    expect(line).toContain('mysql:');
    expect(line).not.toContain('hunter2');
    expect(line).not.toContain('db.internal');
  });

  it('says plainly when PostgreSQL cannot be reached, without the password', async () => {
    const line = await expectFailure({
      DATABASE_URL: 'postgres://onward:pw-secret@127.0.0.1:1/onward',
    });
    expect(line).toContain('The PostgreSQL database at 127.0.0.1:1/onward could not be reached');
    expect(line).not.toContain('pw-secret');
  });

  it('refuses a sync setting out of range, naming it', async () => {
    const line = await expectFailure({ ONWARD_SYNC_PAIRING_TTL_SECONDS: '86400' });
    expect(line).toContain('ONWARD_SYNC_PAIRING_TTL_SECONDS must be a whole number from 30 to 900');
  });

  it('tells the person to run `npm run build` when the web root has no index.html', async () => {
    const line = await expectFailure({ ONWARD_WEB_ROOT: join(fixture.dir, 'no-build-here') });
    expect(line).toContain('npm run build');
  });

  it('refuses a PORT that is not a port number', async () => {
    const line = await expectFailure({ PORT: 'eighty' });
    expect(line).toContain('PORT');
  });

  it('says so when the port is already in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const line = await expectFailure({ PORT: String(port) });
      expect(line).toContain('already in use');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
