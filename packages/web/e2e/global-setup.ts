// Vitest global setup for the e2e project: serves the built app with the real server on
// loopback, with a throwaway SQLite file, and hands its address to the tests as
// inject('baseURL'). The build is not made here: scripts/test.ts builds before the tests, and a
// missing build must fail loudly rather than test yesterday's app or nothing at all.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '@onward/server';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // ONWARD_E2E_WEB_ROOT tests a build made elsewhere (e.g. `vite build --outDir /tmp/x`) without
  // touching packages/web/dist; normally unset.
  const webRoot = process.env.ONWARD_E2E_WEB_ROOT ?? join(import.meta.dirname, '..', 'dist');
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new Error(
      `No built app at ${webRoot}/index.html: run npm run build first ` +
        '(npm test does this for you).',
    );
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'onward-e2e-'));
  const app = await buildServer({
    webRoot,
    databaseUrl: `sqlite:${join(dataDir, 'onward.sqlite')}`,
  });
  const baseURL = await app.listen({ port: 0, host: '127.0.0.1' });
  project.provide('baseURL', baseURL);
  return async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  };
}
