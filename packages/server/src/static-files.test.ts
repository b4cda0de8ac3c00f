import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { immutableCacheControl } from './static-files.ts';
import {
  type Fixture,
  fixtureAppJs,
  fixtureIndexHtml,
  fixtureManifest,
  fixtureServiceWorker,
  makeFixture,
  type RunningServer,
  startServer,
} from './test-fixtures.ts';

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

let fixture: Fixture;
let server: RunningServer;

beforeAll(async () => {
  fixture = await makeFixture();
  server = await startServer(fixture);
});

afterAll(async () => {
  await server?.app.close();
  await fixture?.cleanup();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.base}${path}`, { headers });

// What a browser sends when it revalidates a cached copy. (fetch() given a conditional header
// would otherwise add `cache-control: no-cache`, an end-to-end reload that must not get a 304.)
const revalidate = (path: string, validators: Record<string, string>, extra = {}) =>
  get(path, { 'cache-control': 'max-age=0', ...validators, ...extra });

describe('caching headers per file kind', () => {
  it('serves hashed /assets/ files as immutable for a year', async () => {
    for (const path of ['/assets/app-abc123.js', '/assets/style-def456.css']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe(immutableCacheControl);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it.each([
    ['/', 'text/html', fixtureIndexHtml],
    ['/index.html', 'text/html', fixtureIndexHtml],
    ['/sw.js', 'text/javascript', fixtureServiceWorker],
    ['/manifest.webmanifest', 'application/manifest+json', fixtureManifest],
  ])('serves %s with no-cache, validators and its type', async (path, type, body) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('etag')).toMatch(/^W\/".+"$/);
    expect(res.headers.get('last-modified')).not.toBeNull();
    expect(res.headers.get('content-type')).toContain(type);
    expect(await res.text()).toBe(body);
  });

  it('serves un-hashed files outside /assets/ (icons) with no-cache', async () => {
    const res = await get('/icons/icon-192.png');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('gives every JavaScript file a JavaScript type', async () => {
    expect((await get('/sw.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('/assets/app-abc123.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
  });
});

describe('revalidation', () => {
  it.each(['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/assets/app-abc123.js'])(
    'answers 304 for %s when the ETag still matches',
    async (path) => {
      const first = await get(path);
      const etag = first.headers.get('etag');
      expect(etag).not.toBeNull();
      const again = await revalidate(path, { 'if-none-match': etag as string });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
    },
  );

  it('answers 304 when the file is not newer than If-Modified-Since', async () => {
    const first = await get('/sw.js');
    const lastModified = first.headers.get('last-modified') as string;
    const again = await revalidate('/sw.js', { 'if-modified-since': lastModified });
    expect(again.status).toBe(304);
  });

  it('answers 200 with the file when the ETag does not match', async () => {
    const res = await revalidate('/sw.js', { 'if-none-match': 'W/"something-else"' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(fixtureServiceWorker);
  });
});

describe('SPA fallback', () => {
  it.each(['/help', '/plan/step/4', '/toolkit/breathing?pattern=box', '/settings/'])(
    'answers a browser navigation to %s with the app shell',
    async (path) => {
      const res = await get(path, html);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(fixtureIndexHtml);
    },
  );

  it('revalidates the app shell on unknown paths too', async () => {
    const etag = (await get('/help', html)).headers.get('etag') as string;
    const res = await revalidate('/help', { 'if-none-match': etag }, html);
    expect(res.status).toBe(304);
  });

  it('answers HEAD navigations with the shell headers and no body', async () => {
    const res = await fetch(`${server.base}/help`, { method: 'HEAD', headers: html });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toBe('');
  });

  it('does not answer requests that do not want HTML with the shell', async () => {
    const res = await get('/help', { accept: 'application/json' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: expect.any(String) });
  });

  it('does not answer an HTML request that refuses text/html (q=0) with the shell', async () => {
    const res = await get('/help', { accept: 'text/html;q=0, application/json' });
    expect(res.status).toBe(404);
  });

  it('does not answer POST with the shell', async () => {
    const res = await fetch(`${server.base}/help`, { method: 'POST', headers: html });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
  });
});

describe('404s', () => {
  it.each(['/api/nothing-here', '/api', '/api/health/extra'])(
    'answers unknown API path %s with 404 JSON, even for browsers',
    async (path) => {
      const res = await get(path, html);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(res.headers.get('cache-control')).toBe('no-store');
      const body = (await res.json()) as { error: string };
      expect(Object.keys(body)).toEqual(['error']);
      expect(body.error.length).toBeGreaterThan(0);
    },
  );

  it.each(['/assets/missing-000000.js', '/assets/'])(
    'answers unknown asset %s with 404, never with HTML',
    async (path) => {
      const res = await get(path, html);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).not.toContain('text/html');
    },
  );

  it('never serves dotfiles from the web root', async () => {
    const res = await get('/.env');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('never-served');
  });

  it('never serves files outside the web root', async () => {
    for (const path of ['/..%2f..%2fdata%2fonward.sqlite', '/assets/..%2f..%2f..%2fetc%2fpasswd']) {
      const res = await get(path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.headers.get('content-type')).toContain('application/json');
    }
  });
});

describe('compression', () => {
  it('compresses text files with brotli when the client accepts it', async () => {
    const res = await get('/assets/app-abc123.js', { 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toContain('accept-encoding');
    expect(res.headers.get('cache-control')).toBe(immutableCacheControl);
    // fetch decodes the body: the bytes arrive intact.
    expect(await res.text()).toBe(fixtureAppJs);
  });

  it('falls back to gzip, and honours q=0', async () => {
    const gzip = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(fixtureAppJs);
  });

  it('sends plain bytes when the client accepts no encoding', async () => {
    const res = await get('/assets/app-abc123.js', { 'accept-encoding': 'identity' });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(fixtureAppJs)));
    expect(await res.text()).toBe(fixtureAppJs);
  });

  it('leaves tiny and binary files alone', async () => {
    const small = await get('/sw.js', { 'accept-encoding': 'br' });
    expect(small.headers.get('content-encoding')).toBeNull();
    const png = await get('/icons/icon-192.png', { 'accept-encoding': 'br' });
    expect(png.headers.get('content-encoding')).toBeNull();
  });
});
