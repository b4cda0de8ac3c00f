import { seededRandom } from '@onward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  randomEnvelope,
  randomId,
  randomToken,
  startOnFreshDatabase,
} from '../sync/test-client.ts';
import { testDialects } from '../test-databases.ts';
import { createLink, sharePath, type TestLink, viewLink } from './test-client.ts';

// A bounded, seeded fuzz run over every share-link route, on loopback, on both dialects: random
// and malformed ids, expiries, credentials, content types and bodies (empty, tiny, oversized,
// JSON, random bytes). The server must answer every one with a non-5xx status, stay healthy, and
// keep serving the real link unchanged unless its own credential replaced it.

const requestsPerDialect = 1_000;

describe.each(testDialects)('fuzzing the share API on %s', (dialect) => {
  let server: Awaited<ReturnType<typeof startOnFreshDatabase>>;
  let link: TestLink;
  beforeAll(async () => {
    server = await startOnFreshDatabase(
      dialect,
      {},
      {
        share: {
          settings: {
            ipRatePerMinute: 0,
            createPerMinute: 0,
            linkRatePerMinute: 0,
            maxBytes: 8192,
          },
        },
      },
    );
    link = await createLink(server.base);
  });
  afterAll(async () => {
    await server?.close();
  });

  it(`answers ${requestsPerDialect} random requests with no 5xx`, async () => {
    const random = seededRandom(dialect === 'sqlite' ? 15 : 51);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const junk = (n: number) =>
      Array.from({ length: n }, () => String.fromCharCode(Math.floor(random() * 0x7f) + 1)).join(
        '',
      );
    const ids = () =>
      pick([
        link.id,
        randomId(),
        '',
        'x',
        junk(22),
        '%00',
        '..',
        'A'.repeat(300),
        '%E0%A4%A',
        `${link.id}/`,
      ]);
    const expiries = () =>
      pick([
        String(Date.now() + 86_400_000),
        String(Date.now() - 1),
        '0',
        '-5',
        '1e12',
        '99999999999999999999',
        junk(6),
        '',
      ]);
    // Header values the HTTP client can send at all (printable ASCII).
    const printable = (n: number) =>
      Array.from({ length: n }, () => String.fromCharCode(Math.floor(random() * 94) + 33)).join('');
    const tokens = () =>
      pick<string | undefined>([
        randomToken(),
        undefined,
        'abc',
        `${randomToken()}=`,
        printable(43),
        link.token.slice(1),
      ]);
    const routes: [string, () => string][] = [
      ['GET', () => ''],
      ['GET', () => `/links/${ids()}`],
      ['GET', () => `/links/${ids()}?${junk(4)}`],
      ['POST', () => `/links/${ids()}?expires=${expiries()}`],
      ['POST', () => `/links/${ids()}?${pick(['', 'expires', `expires=${expiries()}&x=1`])}`],
      ['PUT', () => `/links/${ids()}`],
      ['DELETE', () => `/links/${ids()}`],
      ['GET', () => `/links/${ids()}/status`],
      [pick(['PATCH', 'OPTIONS', 'HEAD']), () => `/links/${ids()}`],
      ['GET', () => `/${junk(8)}`],
    ];
    const bodies = (): { body?: RequestInit['body']; type?: string } =>
      pick([
        {},
        { body: randomEnvelope(1 + Math.floor(random() * 400)), type: 'application/octet-stream' },
        { body: randomEnvelope(1 + Math.floor(random() * 400)), type: 'application/octet-stream' },
        { body: randomEnvelope(20), type: 'application/octet-stream' },
        { body: randomEnvelope(9000), type: 'application/octet-stream' },
        { body: '', type: 'application/octet-stream' },
        { body: '{"v":1}', type: 'application/json' },
        {
          body: junk(100),
          type: pick([
            'text/plain',
            'multipart/form-data; boundary=x',
            '',
            'application/octet-stream; x=1',
          ]),
        },
      ]);

    const statuses = new Map<number, number>();
    const fiveHundreds: string[] = [];
    let sent = 0;
    const worker = async () => {
      while (sent < requestsPerDialect) {
        sent++;
        const [method, path] = pick(routes);
        const url = `${server.base}${sharePath}${path()}`;
        const token = tokens();
        const { body, type } = method === 'GET' || method === 'HEAD' ? {} : bodies();
        const headers: Record<string, string> = {};
        if (token !== undefined)
          headers.authorization = pick([`Bearer ${token}`, token, `Basic ${token}`]);
        if (type !== undefined) headers['content-type'] = type;
        let status: number;
        try {
          const res = await fetch(url, { method, headers, body });
          status = res.status;
          await res.arrayBuffer();
        } catch {
          // The server answered early (413) and closed while a large body was still uploading.
          status = -1;
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500) fiveHundreds.push(`${method} ${url} -> ${status}`);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));

    console.log(
      `share fuzz (${dialect}): ${sent} requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    expect(fiveHundreds).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(requestsPerDialect);
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
    // No forged or malformed request changed the real link.
    const view = await viewLink(server.base, link.id);
    expect(view.status).toBe(200);
    expect(Buffer.from(view.bytes).equals(Buffer.from(link.data))).toBe(true);
  }, 180_000);
});
