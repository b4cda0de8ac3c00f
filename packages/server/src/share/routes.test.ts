import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../build-server.ts';
import {
  randomEnvelope,
  randomId,
  randomToken,
  startOnFreshDatabase,
} from '../sync/test-client.ts';
import { testDialects } from '../test-databases.ts';
import { makeFixture } from '../test-fixtures.ts';
import { sweepExpiredShares } from './store.ts';
import { createLink, shareCall, viewLink } from './test-client.ts';

// The share-link API over real HTTP on loopback, on SQLite and on PostgreSQL, with the server's
// clock injected so expiry can be tested without waiting.

const hour = 60 * 60 * 1000;
const day = 24 * hour;

describe.each(testDialects)('share links on %s', (dialect) => {
  let server: Awaited<ReturnType<typeof startOnFreshDatabase>>;
  let clock = Date.UTC(2026, 11, 2, 12);
  const now = () => clock;
  beforeAll(async () => {
    server = await startOnFreshDatabase(
      dialect,
      {},
      {
        share: {
          now,
          settings: {
            ipRatePerMinute: 0,
            createPerMinute: 0,
            linkRatePerMinute: 0,
            maxBytes: 4096,
          },
        },
      },
    );
  });
  afterAll(async () => {
    await server?.close();
  });
  const rows = async () =>
    Number(
      (
        await sql<{ n: number }>`select count(*) as n from share_link`.execute(
          server.app.storage.db,
        )
      ).rows[0]?.n,
    );

  it('stores the ciphertext as sent, serves it, and counts views without saying who', async () => {
    const link = await createLink(server.base, { now: clock });
    const first = await viewLink(server.base, link.id);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/octet-stream');
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(first.bytes).equals(Buffer.from(link.data))).toBe(true);
    clock += 1_000;
    await viewLink(server.base, link.id);
    const status = await shareCall(server.base, 'GET', `/links/${link.id}/status`, {
      token: link.token,
    });
    expect(status.status).toBe(200);
    expect(status.body).toEqual({ v: 1, expiresAt: link.expiresAt, views: 2, lastViewedAt: clock });
    // Asking for the status is not a view.
    const again = await shareCall(server.base, 'GET', `/links/${link.id}/status`, {
      token: link.token,
    });
    expect(again.body.views).toBe(2);
  });

  it('replaces the snapshot live with the revoke credential, and only with it', async () => {
    const link = await createLink(server.base, { now: clock });
    const forged = await shareCall(server.base, 'PUT', `/links/${link.id}`, {
      token: randomToken(),
      body: randomEnvelope(100),
    });
    expect(forged.status).toBe(401);
    expect(forged.body.error.reason).toBe('bad-credential');
    const missing = await shareCall(server.base, 'PUT', `/links/${link.id}`, {
      body: randomEnvelope(100),
    });
    expect(missing.status).toBe(401);
    expect(Buffer.from((await viewLink(server.base, link.id)).bytes).equals(link.data)).toBe(true);
    const next = randomEnvelope(120);
    const replaced = await shareCall(server.base, 'PUT', `/links/${link.id}`, {
      token: link.token,
      body: next,
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toEqual({ v: 1, expiresAt: link.expiresAt });
    expect(Buffer.from((await viewLink(server.base, link.id)).bytes).equals(next)).toBe(true);
  });

  it('revokes at once: the ciphertext is deleted in the request, and the viewer is told', async () => {
    const link = await createLink(server.base, { now: clock });
    const before = await rows();
    const forged = await shareCall(server.base, 'DELETE', `/links/${link.id}`, {
      token: randomToken(),
    });
    expect(forged.status).toBe(401);
    expect((await viewLink(server.base, link.id)).status).toBe(200);
    const revoked = await shareCall(server.base, 'DELETE', `/links/${link.id}`, {
      token: link.token,
    });
    expect(revoked.status).toBe(204);
    expect(await rows()).toBe(before - 1);
    const view = await shareCall(server.base, 'GET', `/links/${link.id}`);
    expect(view.status).toBe(410);
    expect(view.body.error.reason).toBe('revoked');
    // A revoked id is never reused for other content.
    const reuse = await shareCall(server.base, 'POST', `/links/${link.id}?expires=${clock + day}`, {
      token: link.token,
      body: randomEnvelope(100),
    });
    expect(reuse.status).toBe(409);
    expect(await rows()).toBe(before - 1);
  });

  it('never serves or changes an expired link, even before the clean-up deletes it', async () => {
    const link = await createLink(server.base, { now: clock, lifetimeMs: hour });
    clock = link.expiresAt;
    const view = await shareCall(server.base, 'GET', `/links/${link.id}`);
    expect(view.status).toBe(410);
    expect(view.body.error.reason).toBe('expired');
    const put = await shareCall(server.base, 'PUT', `/links/${link.id}`, {
      token: link.token,
      body: randomEnvelope(100),
    });
    expect(put.status).toBe(410);
    const stored = await server.app.storage.db
      .selectFrom('share_link')
      .select('share_id')
      .where('share_id', '=', link.id)
      .execute();
    expect(stored).toHaveLength(1);
    expect(await sweepExpiredShares(server.app.storage, clock)).toBeGreaterThanOrEqual(1);
    expect((await shareCall(server.base, 'GET', `/links/${link.id}`)).status).toBe(404);
    clock += hour;
  });

  it('answers bad input with a clear 4xx and changes nothing', async () => {
    const link = await createLink(server.base, { now: clock });
    const before = await rows();
    const id = randomId();
    const cases: [string, string, Parameters<typeof shareCall>[3], number, string][] = [
      ['GET', '/links/not-an-id', {}, 400, 'malformed-request'],
      ['GET', `/links/${id}`, {}, 404, 'not-found'],
      ['GET', `/links/${link.id}?x=1`, {}, 400, 'malformed-request'],
      ['PUT', `/links/${id}`, { token: link.token, body: randomEnvelope(50) }, 404, 'not-found'],
      ['DELETE', `/links/${id}`, { token: link.token }, 404, 'not-found'],
      ['DELETE', `/links/${link.id}`, { token: 'abc' }, 401, 'missing-credential'],
      [
        'POST',
        `/links/${id}`,
        { token: link.token, body: randomEnvelope(50) },
        400,
        'malformed-request',
      ],
      [
        'POST',
        `/links/${id}?expires=${clock + 31 * day}`,
        { token: link.token, body: randomEnvelope(50) },
        400,
        'malformed-request',
      ],
      [
        'POST',
        `/links/${id}?expires=${clock + 60_000}`,
        { token: link.token, body: randomEnvelope(50) },
        400,
        'malformed-request',
      ],
      [
        'POST',
        `/links/${id}?expires=1e15`,
        { token: link.token, body: randomEnvelope(50) },
        400,
        'malformed-request',
      ],
      [
        'POST',
        `/links/${id}?expires=${clock + day}`,
        { body: randomEnvelope(50) },
        401,
        'missing-credential',
      ],
      [
        'POST',
        `/links/${id}?expires=${clock + day}`,
        { token: link.token, body: randomEnvelope(5) },
        400,
        'malformed-body',
      ],
      [
        'POST',
        `/links/${id}?expires=${clock + day}`,
        { token: link.token, body: '{"v":1}', type: 'application/json' },
        415,
        'unsupported-media-type',
      ],
      [
        'POST',
        `/links/${id}?expires=${clock + day}`,
        { token: link.token, body: randomEnvelope(5000) },
        413,
        'too-large',
      ],
      [
        'POST',
        `/links/${link.id}?expires=${clock + day}`,
        { token: randomToken(), body: randomEnvelope(50) },
        409,
        'exists',
      ],
      [
        'PUT',
        `/links/${link.id}`,
        { token: link.token, body: randomEnvelope(5000) },
        413,
        'too-large',
      ],
      ['PATCH', `/links/${link.id}`, {}, 404, 'not-found'],
    ];
    for (const [method, path, options, status, reason] of cases) {
      const res = await shareCall(server.base, method, path, options);
      expect(res.status, `${method} ${path}`).toBe(status);
      expect(res.body.error.reason, `${method} ${path}`).toBe(reason);
      expect(typeof res.body.error.message).toBe('string');
    }
    expect(await rows()).toBe(before);
    expect(Buffer.from((await viewLink(server.base, link.id)).bytes).equals(link.data)).toBe(true);
  });

  it('deletes expired links on its periodic clean-up', async () => {
    const other = await startOnFreshDatabase(
      dialect,
      {},
      { share: { now, settings: { sweepSeconds: 1 } } },
    );
    try {
      const link = await createLink(other.base, { now: clock, lifetimeMs: hour });
      clock += 2 * hour;
      const gone = async () =>
        (await other.app.storage.db.selectFrom('share_link').select('share_id').execute())
          .length === 0;
      await expect.poll(gone, { timeout: 20_000, interval: 200 }).toBe(true);
      expect((await shareCall(other.base, 'GET', `/links/${link.id}`)).status).toBe(404);
    } finally {
      await other.close();
    }
  });
});

describe('share rate limits', () => {
  let server: Awaited<ReturnType<typeof startOnFreshDatabase>>;
  beforeAll(async () => {
    server = await startOnFreshDatabase(
      'sqlite',
      {},
      {
        share: { settings: { createPerMinute: 2, linkRatePerMinute: 3, ipRatePerMinute: 0 } },
      },
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers 429 with Retry-After for too many new links or views, and stores nothing more', async () => {
    const link = await createLink(server.base);
    await createLink(server.base);
    const third = await shareCall(
      server.base,
      'POST',
      `/links/${randomId()}?expires=${Date.now() + day}`,
      {
        token: randomToken(),
        body: randomEnvelope(100),
      },
    );
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(
      (await server.app.storage.db.selectFrom('share_link').select('share_id').execute()).length,
    ).toBe(2);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await viewLink(server.base, link.id)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('the viewer page /s/<id>', () => {
  it('is the separate viewer entry, never cached, with a strict policy and no referrer', async () => {
    const fixture = await makeFixture();
    await writeFile(join(fixture.webRoot, 'share.html'), '<!doctype html><title>viewer</title>');
    const app = await buildServer({ webRoot: fixture.webRoot, databaseUrl: fixture.databaseUrl });
    try {
      const base = await app.listen({ port: 0, host: '127.0.0.1' });
      for (const id of [randomId(), 'damaged-id']) {
        const res = await fetch(`${base}/s/${id}`, { headers: { accept: 'text/html' } });
        expect(res.status).toBe(200);
        expect(await res.text()).toContain('viewer');
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(res.headers.get('referrer-policy')).toBe('no-referrer');
        expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("connect-src 'self'");
        expect(csp).not.toMatch(/https?:/);
      }
    } finally {
      await app.close();
      await fixture.cleanup();
    }
  });
});
