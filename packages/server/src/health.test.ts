import { afterEach, describe, expect, it } from 'vitest';
import serverPackage from '../package.json' with { type: 'json' };
import { type Fixture, makeFixture, type RunningServer, startServer } from './test-fixtures.ts';

let fixture: Fixture | undefined;
let server: RunningServer | undefined;

afterEach(async () => {
  await server?.app.close();
  await fixture?.cleanup();
  server = undefined;
  fixture = undefined;
});

describe('GET /api/health', () => {
  it('reports ok after a real database query, with the package version', async () => {
    fixture = await makeFixture();
    server = await startServer(fixture);
    const res = await fetch(`${server.base}/api/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      status: 'ok',
      database: 'ok',
      version: serverPackage.version,
    });
  });

  it('answers 503 with database unavailable when the database cannot be queried', async () => {
    fixture = await makeFixture();
    server = await startServer(fixture);
    await server.app.storage.close();
    const res = await fetch(`${server.base}/api/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      status: 'unavailable',
      database: 'unavailable',
      version: serverPackage.version,
    });
  });
});
