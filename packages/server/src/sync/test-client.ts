// Test helper (not a test file): a small sync protocol client over real HTTP, plus a server on a
// fresh database of either dialect. Ids, tokens and envelopes are random bytes: the server must
// never need anything else.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { type BuildServerOptions, buildServer } from '../build-server.ts';
import type { StorageDialect } from '../storage/storage.ts';
import { createTestDatabase, type TestDatabase } from '../test-databases.ts';
import { makeFixture } from '../test-fixtures.ts';
import type { SyncSettings } from './limits.ts';

export const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
export const randomId = (): string => b64(randomBytes(16));
export const randomToken = (): string => b64(randomBytes(32));
export const randomEnvelope = (size = 200): Uint8Array => new Uint8Array(randomBytes(size));

export interface SyncServer {
  app: FastifyInstance;
  base: string;
  close(): Promise<void>;
}

/** Other server options a test may set (share-link limits and clock, the fault logger). */
export type MoreServerOptions = Pick<BuildServerOptions, 'share' | 'logger'>;

export async function startSyncServer(
  databaseUrl: string,
  sync: { settings?: Partial<SyncSettings>; now?: () => number } = {},
  more: MoreServerOptions = {},
): Promise<SyncServer> {
  const fixture = await makeFixture();
  const app = await buildServer({ webRoot: fixture.webRoot, databaseUrl, sync, ...more });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address !== 'object') throw new Error('no address');
  return {
    app,
    base: `http://127.0.0.1:${address.port}`,
    async close() {
      await app.close();
      await fixture.cleanup();
    },
  };
}

/** A fresh database and a server on it; `close` removes both. */
export async function startOnFreshDatabase(
  dialect: StorageDialect,
  sync: { settings?: Partial<SyncSettings>; now?: () => number } = {},
  more: MoreServerOptions = {},
): Promise<SyncServer & { database: TestDatabase }> {
  const database = await createTestDatabase(dialect);
  const server = await startSyncServer(database.url, sync, more);
  return {
    ...server,
    database,
    async close() {
      await server.close();
      await database.drop();
    },
  };
}

export interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test answers are checked field by field
  body: any;
}

export async function call(
  base: string,
  method: string,
  path: string,
  options: {
    token?: string;
    json?: unknown;
    body?: RequestInit['body'];
    type?: string;
    /** The API's path prefix: sync unless told (share links: /api/share/v1). */
    prefix?: string;
  } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: RequestInit['body'] | undefined = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] = 'application/json';
  }
  if (options.type !== undefined) headers['content-type'] = options.type;
  const res = await fetch(`${base}${options.prefix ?? '/api/sync/v1'}${path}`, {
    method,
    headers,
    body,
  });
  const text = await res.text();
  let parsed: unknown = text;
  if ((res.headers.get('content-type') ?? '').startsWith('application/json') && text !== '') {
    parsed = JSON.parse(text);
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

/** A device in a vault: its vault id and credential. */
export interface Device {
  vaultId: string;
  token: string;
}

export async function createVault(base: string): Promise<Device> {
  const device = { vaultId: randomId(), token: randomToken() };
  const res = await call(base, 'PUT', `/vaults/${device.vaultId}`, {
    token: device.token,
    json: { v: 1 },
  });
  if (res.status !== 201) throw new Error(`create vault: ${res.status}`);
  return device;
}

export function push(
  base: string,
  device: Device,
  changes: { id: string; envelope: Uint8Array }[],
) {
  return call(base, 'POST', `/vaults/${device.vaultId}/changes`, {
    token: device.token,
    json: { v: 1, changes: changes.map((c) => ({ id: c.id, envelope: b64(c.envelope) })) },
  });
}

export function pull(base: string, device: Device, after = 0, limit?: number) {
  const query = `after=${after}${limit === undefined ? '' : `&limit=${limit}`}`;
  return call(base, 'GET', `/vaults/${device.vaultId}/changes?${query}`, { token: device.token });
}

export function newChanges(n: number, size = 200) {
  return Array.from({ length: n }, () => ({ id: randomId(), envelope: randomEnvelope(size) }));
}
