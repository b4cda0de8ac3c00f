// Shared by the integration tests: a temp folder with a small built-app fixture and a SQLite
// file, and a real server listening on loopback. Not a test file itself.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './build-server.ts';

export interface Fixture {
  dir: string;
  webRoot: string;
  databaseFile: string;
  databaseUrl: string;
  cleanup(): Promise<void>;
}

export const fixtureIndexHtml =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Onward</title>' +
  '<link rel="manifest" href="/manifest.webmanifest">' +
  '<script type="module" src="/assets/app-abc123.js"></script></head><body></body></html>\n';
/** Big enough (over 1 KiB) to be compressed. */
export const fixtureAppJs = 'export const screens = ["home", "help", "plan"];\n'.repeat(60);
export const fixtureServiceWorker = "self.addEventListener('fetch', () => {});\n";
export const fixtureManifest = '{"name":"Onward","start_url":"/","display":"standalone"}\n';

export async function makeFixture(): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), 'onward-server-'));
  const webRoot = join(dir, 'web');
  await mkdir(join(webRoot, 'assets'), { recursive: true });
  await mkdir(join(webRoot, 'icons'), { recursive: true });
  await writeFile(join(webRoot, 'index.html'), fixtureIndexHtml);
  await writeFile(join(webRoot, 'sw.js'), fixtureServiceWorker);
  await writeFile(join(webRoot, 'manifest.webmanifest'), fixtureManifest);
  await writeFile(join(webRoot, 'assets', 'app-abc123.js'), fixtureAppJs);
  await writeFile(join(webRoot, 'assets', 'style-def456.css'), 'body{margin:0}\n');
  await writeFile(join(webRoot, 'icons', 'icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(webRoot, '.env'), 'SECRET=never-served\n');
  const databaseFile = join(dir, 'data', 'onward.sqlite');
  await mkdir(join(dir, 'data'));
  return {
    dir,
    webRoot,
    databaseFile,
    databaseUrl: `sqlite:${databaseFile}`,
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface RunningServer {
  app: FastifyInstance;
  /** http://127.0.0.1:<port> */
  base: string;
}

/** Builds and listens on a free loopback port. Pass `app` to add routes before it listens. */
export async function startServer(
  fixture: Fixture,
  beforeListen?: (app: FastifyInstance) => void,
  options: { trustProxy?: boolean } = {},
): Promise<RunningServer> {
  const app = await buildServer({
    webRoot: fixture.webRoot,
    databaseUrl: fixture.databaseUrl,
    ...options,
  });
  beforeListen?.(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address !== 'object') throw new Error('no address');
  return { app, base: `http://127.0.0.1:${address.port}` };
}
