import { connect } from 'node:net';
import { seededRandom } from '@onward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../test-databases.ts';
import {
  b64,
  call,
  createVault,
  type Device,
  randomEnvelope,
  randomId,
  randomToken,
  startOnFreshDatabase,
} from './test-client.ts';

// A bounded fuzz run over every sync route, on loopback, on both dialects: random and malformed
// paths, ids, tokens, query strings, content types and bodies (near-valid bodies with one field
// broken, random JSON, random bytes, oversized), plus truncated bodies and broken HTTP over raw
// sockets. The server must answer every one with a non-5xx status and stay healthy.
// Seeded, so a failure can be replayed; the count of requests is printed.

const requestsPerDialect = 1_200;

describe.each(testDialects)('fuzzing the sync API on %s', (dialect) => {
  let server: Awaited<ReturnType<typeof startOnFreshDatabase>>;
  let device: Device;
  let slotId: string;
  let deviceKeyId: string;
  const mailboxToken = randomToken();
  beforeAll(async () => {
    server = await startOnFreshDatabase(dialect, {
      settings: { vaultRatePerMinute: 0, ipRatePerMinute: 0, vaultChanges: 300 },
    });
    device = await createVault(server.base);
    deviceKeyId = randomId();
    await call(server.base, 'PUT', `/vaults/${device.vaultId}/devices/${deviceKeyId}`, {
      token: device.token,
      json: { v: 1, publicKey: b64(randomEnvelope(65)), mailboxToken },
    });
    const slot = await call(server.base, 'POST', '/pairing', {
      token: device.token,
      json: { v: 1, vaultId: device.vaultId, offerKey: b64(randomEnvelope(65)) },
    });
    slotId = slot.body.slotId;
  });
  afterAll(async () => {
    await server?.close();
  });

  it(`answers ${requestsPerDialect} random requests over every route with no 5xx`, async () => {
    const random = seededRandom(dialect === 'sqlite' ? 13 : 31);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const junk = (n: number) =>
      Array.from({ length: n }, () => String.fromCharCode(Math.floor(random() * 0x7f) + 1)).join(
        '',
      );
    const ids = () =>
      pick([
        device.vaultId,
        randomId(),
        'x',
        '',
        junk(22),
        '%00',
        '..',
        'A'.repeat(200),
        '%E0%A4%A',
      ]);
    const slots = () => pick([slotId, randomToken(), 'short', junk(43), '%ZZ']);
    const tokens = () =>
      pick<string | undefined>([
        device.token,
        device.token,
        mailboxToken,
        randomToken(),
        undefined,
        'abc',
        `${device.token}=`,
        junk(43),
      ]);
    const routes: [string, () => string][] = [
      ['GET', () => ''],
      ['PUT', () => `/vaults/${ids()}`],
      ['GET', () => `/vaults/${ids()}`],
      ['DELETE', () => `/vaults/${randomId()}`],
      ['POST', () => `/vaults/${ids()}/changes`],
      [
        'GET',
        () =>
          `/vaults/${ids()}/changes?${pick(['after=0', 'after=-1', 'limit=5', 'after=1e3', 'after=0&limit=1001', `after=${junk(4)}`, ''])}`,
      ],
      [
        'PUT',
        () => `/vaults/${ids()}/snapshot?${pick(['seq=1', 'seq=0', 'seq=99', 'seq=', junk(5)])}`,
      ],
      ['GET', () => `/vaults/${ids()}/snapshot`],
      ['GET', () => `/vaults/${ids()}/devices`],
      ['PUT', () => `/vaults/${ids()}/devices/${pick([deviceKeyId, randomId(), 'x'])}`],
      ['DELETE', () => `/vaults/${ids()}/devices/${randomId()}`],
      ['GET', () => `/vaults/${ids()}/devices/${pick([deviceKeyId, randomId(), 'x'])}/mailbox`],
      ['DELETE', () => `/vaults/${ids()}/devices/${pick([deviceKeyId, 'x'])}/mailbox`],
      ['POST', () => `/vaults/${ids()}/rotate`],
      ['POST', () => '/pairing'],
      ['GET', () => `/pairing/${slots()}`],
      ['POST', () => `/pairing/${slots()}/answer`],
      ['PUT', () => `/pairing/${slots()}/sealed`],
      ['GET', () => `/pairing/${slots()}/sealed`],
      ['DELETE', () => `/pairing/${randomToken()}`],
      [pick(['PATCH', 'OPTIONS', 'HEAD']), () => `/vaults/${ids()}`],
      ['GET', () => `/${junk(10)}`],
    ];
    const validish = (): unknown =>
      pick([
        { v: 1 },
        {
          v: 1,
          changes: [
            { id: randomId(), envelope: b64(randomEnvelope(1 + Math.floor(random() * 300))) },
          ],
        },
        {
          v: 1,
          changes: [
            {
              id: pick([randomId(), 'x', 5, null]),
              envelope: pick(['', 'AA', '!!', 7, b64(randomEnvelope(10))]),
            },
          ],
        },
        { v: pick([1, 2, '1', null]), changes: pick([[], null, {}, 'x']) },
        {
          v: 1,
          publicKey: pick([b64(randomEnvelope(65)), 'x', b64(randomEnvelope(1))]),
          mailboxToken: pick([randomToken(), 'y']),
        },
        {
          v: 1,
          vaultId: pick([device.vaultId, randomId(), 3]),
          offerKey: pick([b64(randomEnvelope(65)), '']),
        },
        { v: 1, answerKey: pick([b64(randomEnvelope(65)), 'AAA=']) },
        { v: 1, sealed: pick([b64(randomEnvelope(200)), b64(randomEnvelope(5000))]) },
        {
          v: 1,
          credential: pick([randomToken(), 'x']),
          from: randomId(),
          remove: pick([[], [deviceKeyId], ['x']]),
          mailbox: pick([[], [{ deviceKeyId, sealed: b64(randomEnvelope(40)) }], [{}]]),
        },
        JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"v":1}'),
        [1, 2, 3],
        'just a string',
        null,
        { v: 1, deep: JSON.parse('['.repeat(500) + ']'.repeat(500)) },
      ]);
    const bodies = (): { body?: RequestInit['body']; type?: string } =>
      pick([
        {},
        { body: JSON.stringify(validish()), type: 'application/json' },
        { body: JSON.stringify(validish()), type: 'application/json' },
        {
          body: JSON.stringify(validish()),
          type: pick([
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/json; charset=utf-16',
            'application/octet-stream',
          ]),
        },
        { body: junk(Math.floor(random() * 200)), type: 'application/json' },
        { body: randomEnvelope(Math.floor(random() * 2000) + 1), type: 'application/octet-stream' },
        {
          body: randomEnvelope(100),
          type: pick(['application/json', 'multipart/form-data; boundary=x', '']),
        },
        {
          body: `{"v":1,"changes":[{"id":"${randomId()}","envelope":"${'A'.repeat(90_000)}"}]}`,
          type: 'application/json',
        },
        { body: 'A'.repeat(2 * 1024 * 1024 + 10), type: 'application/json' },
      ]);

    const statuses = new Map<number, number>();
    const fiveHundreds: string[] = [];
    let sent = 0;
    const worker = async () => {
      while (sent < requestsPerDialect) {
        sent++;
        const [method, path] = pick(routes);
        const url = `${server.base}/api/sync/v1${path()}`;
        const token = tokens();
        const { body, type } = method === 'GET' || method === 'HEAD' ? {} : bodies();
        const headers: Record<string, string> = {};
        if (token !== undefined)
          headers.authorization = pick([
            `Bearer ${token}`,
            `bearer ${token}`,
            token,
            `Basic ${token}`,
          ]);
        if (type !== undefined) headers['content-type'] = type;
        let status: number;
        try {
          const res = await fetch(url, { method, headers, body });
          status = res.status;
          await res.arrayBuffer();
        } catch {
          // The server answered early (413) and closed while a huge body was still uploading.
          status = -1;
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500) fiveHundreds.push(`${method} ${url} -> ${status}`);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));

    // Truncated bodies and broken HTTP, over raw sockets.
    const raw = async (text: string) =>
      new Promise<string>((resolve) => {
        const url = new URL(server.base);
        const socket = connect(Number(url.port), '127.0.0.1', () => socket.end(text));
        let answer = '';
        socket.setEncoding('utf8').on('data', (d: string) => {
          answer += d;
        });
        socket.on('close', () => resolve(answer));
        socket.on('error', () => resolve(answer));
      });
    const rawCases = [
      `POST /api/sync/v1/vaults/${device.vaultId}/changes HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${device.token}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"v":1,"changes":[{"id":"${randomId()}",`,
      `PUT /api/sync/v1/vaults/${device.vaultId}/snapshot?seq=1 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${device.token}\r\nContent-Type: application/octet-stream\r\nContent-Length: 100000\r\n\r\nabc`,
      `POST /api/sync/v1/pairing HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n5\r\n{"v":\r\n`,
      `POST /api/sync/v1/pairing HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!`,
      'GARBAGE / HTTP/9.9\r\n\r\n',
      `GET /api/sync/v1/vaults/${device.vaultId} HTTP/1.1\r\nHost: x\r\nAuthorization: ${'B'.repeat(20_000)}\r\n\r\n`,
    ];
    for (const text of rawCases) {
      const answer = await raw(text);
      sent++;
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500) fiveHundreds.push(`raw ${text.slice(0, 40)} -> ${status}`);
    }

    console.log(
      `fuzz (${dialect}): ${sent} requests; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    expect(fiveHundreds).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(requestsPerDialect);
    // Still healthy, and the real device still works.
    expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
    const ok = await call(server.base, 'GET', `/vaults/${device.vaultId}/changes?after=0`, {
      token: device.token,
    });
    expect([200, 401, 404]).toContain(ok.status);
  }, 180_000);
});
