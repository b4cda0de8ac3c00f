import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  permissionsPolicy,
  securityHeaders,
  sendsHsts,
  strictTransportSecurity,
} from './security-headers.ts';
import { type Fixture, makeFixture, type RunningServer, startServer } from './test-fixtures.ts';

let fixture: Fixture;
let server: RunningServer;

beforeAll(async () => {
  fixture = await makeFixture();
  server = await startServer(fixture, (app) => {
    // A route that fails, to see the headers on a 500 as well.
    app.get('/api/test-only/fails', async () => {
      throw new Error('boom at /secret/path/in/stack');
    });
  });
});

afterAll(async () => {
  await server?.app.close();
  await fixture?.cleanup();
});

const expected: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': permissionsPolicy,
};

function expectSecurityHeaders(headers: Headers): void {
  for (const [name, value] of Object.entries(expected)) {
    expect(headers.get(name), name).toBe(value);
  }
  for (const [name, value] of Object.entries(securityHeaders)) {
    expect(headers.get(name), name).toBe(value);
  }
}

const html = { accept: 'text/html' };

describe('security headers on every response', () => {
  const cases: [string, string, RequestInit, number][] = [
    ['the app shell', '/', { headers: html }, 200],
    ['an SPA route', '/plan', { headers: html }, 200],
    ['a hashed asset', '/assets/app-abc123.js', {}, 200],
    ['a compressed asset', '/assets/app-abc123.js', { headers: { 'accept-encoding': 'br' } }, 200],
    ['the service worker', '/sw.js', {}, 200],
    ['the manifest', '/manifest.webmanifest', {}, 200],
    ['the health API', '/api/health', {}, 200],
    ['an unknown API path', '/api/unknown', {}, 404],
    ['an unknown asset', '/assets/nope-000.js', {}, 404],
    ['a server error', '/api/test-only/fails', {}, 500],
    ['a malformed JSON body', '/api/unknown', postJson('{"open": '), 400],
    ['a bad URL', '/%E0%A4%A', {}, 400],
  ];
  it.each(cases)('on %s (%s)', async (_label, path, init, status) => {
    const res = await fetch(`${server.base}${path}`, init);
    expect(res.status).toBe(status);
    expectSecurityHeaders(res.headers);
  });

  it('on a 304 Not Modified', async () => {
    const etag = (await fetch(`${server.base}/sw.js`)).headers.get('etag') as string;
    const res = await fetch(`${server.base}/sw.js`, {
      headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' },
    });
    expect(res.status).toBe(304);
    expectSecurityHeaders(res.headers);
  });

  it('on an answer to a request the HTTP parser rejects', async () => {
    const raw = await rawRequest(server.base, 'THIS IS NOT HTTP\r\n\r\n');
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(head).toContain(`${name}: ${value}`);
    }
    expect(JSON.parse(body)).toEqual({ error: expect.any(String) });
    // ...and the server is still up.
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  const sources = [...directives.values()].flat();

  it('allows no inline code and no eval', () => {
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    // As whole source keywords: 'wasm-unsafe-eval' (below) contains the text unsafe-eval.
    expect(sources).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy).not.toContain('unsafe-hashes');
    expect(contentSecurityPolicy).not.toContain('strict-dynamic');
  });

  it('lets scripts compile WebAssembly (Argon2id) and nothing more, in script-src only', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    for (const [name, values] of directives) {
      if (name !== 'script-src') expect(values).not.toContain("'wasm-unsafe-eval'");
    }
  });

  it('names no other origin: no http(s) URL, no wildcard host', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:/);
    expect(contentSecurityPolicy).not.toMatch(/(^|\s)\*/);
    expect(contentSecurityPolicy).not.toMatch(/wss?:/);
    for (const values of directives.values()) {
      for (const value of values) {
        expect(["'self'", "'none'", 'data:', 'blob:', "'wasm-unsafe-eval'"]).toContain(value);
      }
    }
  });

  it('keeps scripts, styles and connections to our own origin', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')?.[0]).toBe("'self'");
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('denies camera, microphone, geolocation and ad-topic profiling', () => {
    for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics']) {
      expect(permissionsPolicy).toContain(`${feature}=()`);
    }
  });
});

describe('errors never leak internals', () => {
  it('answers a thrown error with a plain JSON sentence, no stack or message', async () => {
    const res = await fetch(`${server.base}/api/test-only/fails`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain('boom');
    expect(text).not.toContain('/secret/path');
    expect(text).not.toContain('at ');
    expect(Object.keys(JSON.parse(text))).toEqual(['error']);
  });
});

describe('Strict-Transport-Security', () => {
  const tls = { 'x-forwarded-proto': 'https' };
  const paths = ['/', '/help/danger', '/api/health', '/api/unknown', '/assets/app-abc123.js'];

  it('is never sent over plain http on loopback, whatever a request claims', async () => {
    for (const path of paths) {
      for (const headers of [{ accept: 'text/html' }, { accept: 'text/html', ...tls }]) {
        const res = await fetch(`${server.base}${path}`, { headers });
        await res.arrayBuffer();
        expect(res.headers.get('strict-transport-security'), path).toBeNull();
      }
    }
  });

  it('is sent on every response behind a trusted TLS proxy (ONWARD_TRUST_PROXY=1)', async () => {
    const behindProxy = await startServer(fixture, undefined, { trustProxy: true });
    try {
      for (const path of paths) {
        const res = await fetch(`${behindProxy.base}${path}`, {
          headers: { accept: 'text/html', ...tls },
        });
        await res.arrayBuffer();
        expect(res.headers.get('strict-transport-security'), path).toBe(
          'max-age=31536000; includeSubDomains',
        );
        // The proxy's plain-http side (or a request that skipped it) gets none.
        for (const proto of [undefined, 'http', 'https, http']) {
          const plain = await fetch(`${behindProxy.base}${path}`, {
            headers: proto ? { 'x-forwarded-proto': proto } : {},
          });
          await plain.arrayBuffer();
          expect(plain.headers.get('strict-transport-security'), `${path} ${proto}`).toBeNull();
        }
      }
    } finally {
      await behindProxy.app.close();
    }
  });

  it('is sent on a TLS connection, and read from the last proxy only when trusted', () => {
    expect(strictTransportSecurity).toBe('max-age=31536000; includeSubDomains');
    const facts = { encrypted: false, forwardedProto: undefined, trustProxy: false };
    expect(sendsHsts({ ...facts, encrypted: true })).toBe(true);
    expect(sendsHsts(facts)).toBe(false);
    expect(sendsHsts({ ...facts, forwardedProto: 'https' })).toBe(false);
    expect(sendsHsts({ ...facts, trustProxy: true, forwardedProto: 'HTTPS' })).toBe(true);
    expect(sendsHsts({ ...facts, trustProxy: true, forwardedProto: 'http, https' })).toBe(true);
    expect(sendsHsts({ ...facts, trustProxy: true, forwardedProto: 'https, http' })).toBe(false);
    expect(sendsHsts({ ...facts, trustProxy: true, forwardedProto: ['http', 'https'] })).toBe(true);
  });
});

function postJson(body: string): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body };
}

function rawRequest(base: string, text: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(text));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      data += chunk;
    });
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
}
