import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyLimit } from './build-server.ts';
import { errorMessage } from './http-errors.ts';
import { type Fixture, makeFixture, type RunningServer, startServer } from './test-fixtures.ts';

let fixture: Fixture;
let server: RunningServer;

beforeAll(async () => {
  fixture = await makeFixture();
  server = await startServer(fixture, (app) => {
    // A route with a body, as later features (sync, share links) will have.
    app.post('/api/test-only/echo-size', async (request) => ({
      bytes: JSON.stringify(request.body).length,
    }));
  });
});

afterAll(async () => {
  await server?.app.close();
  await fixture?.cleanup();
});

const post = (path: string, body: string | Uint8Array, type = 'application/json') =>
  fetch(`${server.base}${path}`, { method: 'POST', headers: { 'content-type': type }, body });

async function expectJsonError(res: Response, status: number): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/json');
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(await res.json()).toEqual({ error: errorMessage(status) });
}

describe('malformed requests', () => {
  it('accepts a well-formed body', async () => {
    const res = await post('/api/test-only/echo-size', '{"a":1}');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ bytes: 7 });
  });

  it('answers broken JSON with 400', async () => {
    await expectJsonError(await post('/api/test-only/echo-size', '{"a":'), 400);
  });

  it('answers a body over the limit with 413', async () => {
    const big = JSON.stringify({ data: 'x'.repeat(bodyLimit) });
    await expectJsonError(await post('/api/test-only/echo-size', big), 413);
  });

  it('answers an unsupported content type with 415', async () => {
    await expectJsonError(
      await post('/api/test-only/echo-size', new Uint8Array([1, 2, 3]), 'application/x-unknown'),
      415,
    );
  });

  it('answers a prototype-poisoning body with 400', async () => {
    await expectJsonError(
      await post('/api/test-only/echo-size', '{"__proto__":{"admin":true}}'),
      400,
    );
  });

  it('answers an unknown method on a known path with a JSON 404', async () => {
    const res = await fetch(`${server.base}/api/health`, { method: 'DELETE' });
    await expectJsonError(res, 404);
  });

  it('stays up after all of that', async () => {
    const res = await fetch(`${server.base}/api/health`);
    expect(res.status).toBe(200);
  });
});

describe('error messages', () => {
  it('are plain sentences without exclamation marks, for every status', () => {
    for (const status of [400, 403, 404, 405, 408, 413, 415, 418, 431, 500, 502, 503]) {
      const message = errorMessage(status);
      expect(message).toMatch(/^[A-Z].*\.$/);
      expect(message).not.toContain('!');
    }
  });
});
