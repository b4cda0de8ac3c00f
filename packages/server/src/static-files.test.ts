import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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

// The web build writes the help screens prerendered, each as <path>/index.html (see
// packages/web/build/prerender-plugin.ts); dist/index.html stays the empty app shell.
describe('prerendered pages', () => {
  const pages = {
    '/help': '<!doctype html><title>Get help now</title><h1>Get help now</h1>\n',
    '/help/danger': '<!doctype html><title>Call for help now</title><a href="tel:112">112</a>\n',
    '/help/safe': '<!doctype html><title>Talk to someone</title><h1>Talk to someone</h1>\n',
  };
  let prerendered: Fixture;
  let site: RunningServer;
  const fetchPage = (path: string, init: RequestInit = {}) =>
    fetch(`${site.base}${path}`, { ...init, headers: { ...html, ...init.headers } });

  beforeAll(async () => {
    prerendered = await makeFixture();
    for (const [path, body] of Object.entries(pages)) {
      await mkdir(join(prerendered.webRoot, path), { recursive: true });
      await writeFile(join(prerendered.webRoot, path, 'index.html'), body);
    }
    site = await startServer(prerendered);
  });

  afterAll(async () => {
    await site?.app.close();
    await prerendered?.cleanup();
  });

  it.each([
    ['/help', '/help'],
    ['/help/', '/help'],
    ['/help?from=home', '/help'],
    ['/help/danger', '/help/danger'],
    ['/help/danger/', '/help/danger'],
    ['/help/safe', '/help/safe'],
    ['/help/index.html', '/help'],
  ] as const)('answers %s with the prerendered page for %s', async (path, page) => {
    const res = await fetchPage(path);
    expect(res.status).toBe(200);
    expect(res.redirected).toBe(false);
    expect(res.headers.get('content-type')).toContain('text/html');
    // Revalidated every time, like the shell: a new build must reach the person at once.
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('etag')).toMatch(/^W\/".+"$/);
    expect(await res.text()).toBe(pages[page]);
  });

  it('keeps the empty app shell for / and for every path without a page of its own', async () => {
    for (const path of ['/', '/settings', '/help/other', '/help/danger/more', '/HELP', '/icons']) {
      const res = await fetchPage(path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toBe(fixtureIndexHtml);
    }
  });

  it('answers 304 for a prerendered page whose ETag still matches', async () => {
    const etag = (await fetchPage('/help/danger')).headers.get('etag') as string;
    const again = await fetchPage('/help/danger', {
      headers: { 'cache-control': 'max-age=0', 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('answers HEAD for a prerendered page with its headers and no body', async () => {
    const res = await fetchPage('/help/safe', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toBe('');
  });

  it('still keeps the API and assets out of it', async () => {
    expect((await fetchPage('/api/help')).status).toBe(404);
    expect((await fetchPage('/assets/help/index.html')).status).toBe(404);
  });
});
