import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../test-databases.ts';
import {
  call,
  createVault,
  type Device,
  newChanges,
  push,
  randomEnvelope,
  randomId,
  randomToken,
  startOnFreshDatabase,
  startSyncServer,
} from './test-client.ts';

// The live channel (Server-Sent Events) over real HTTP, on both dialects; and on PostgreSQL, two
// server processes' worth of servers (two buildServer instances, two pools, one database): a push
// answered by one wakes the streams held by the other, through LISTEN/NOTIFY.

interface Event {
  event: string;
  data: string;
  id?: string;
}

interface EventStream {
  status: number;
  events: Event[];
  /** Resolves with the first event (already received or coming) that matches. */
  next(match: (e: Event) => boolean, timeoutMs?: number): Promise<Event>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

async function openEvents(base: string, device: Device): Promise<EventStream> {
  const controller = new AbortController();
  const res = await fetch(`${base}/api/sync/v1/vaults/${device.vaultId}/events`, {
    headers: { authorization: `Bearer ${device.token}` },
    signal: controller.signal,
  });
  const events: Event[] = [];
  const waiters: { match: (e: Event) => boolean; resolve: (e: Event) => void }[] = [];
  let buffer = '';
  const ended = (async () => {
    if (res.body === null) return;
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body) {
        buffer += decoder.decode(chunk, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: Event = { event: 'message', data: '' };
          let any = false;
          for (const line of block.split('\n')) {
            const [field, ...rest] = line.split(': ');
            const value = rest.join(': ');
            if (field === 'event') event.event = value;
            else if (field === 'data') event.data = value;
            else if (field === 'id') event.id = value;
            else continue;
            any = true;
          }
          if (!any) continue;
          events.push(event);
          for (const waiter of [...waiters]) {
            if (waiter.match(event)) {
              waiters.splice(waiters.indexOf(waiter), 1);
              waiter.resolve(event);
            }
          }
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return {
    status: res.status,
    events,
    next(match, timeoutMs = 10_000) {
      const found = events.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching event; got ${JSON.stringify(events)}`)),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
        });
      });
    },
    ended,
    close: () => controller.abort(),
  };
}

const headIs = (head: number) => (e: Event) =>
  e.event === 'head' && e.data === `{"v":1,"head":${head}}`;

describe.each(testDialects)('live channel on %s', (dialect) => {
  let server: Awaited<ReturnType<typeof startOnFreshDatabase>>;
  const open: EventStream[] = [];
  beforeAll(async () => {
    server = await startOnFreshDatabase(dialect, {
      settings: { vaultRatePerMinute: 0, ipRatePerMinute: 0, streamsPerVault: 2 },
    });
  });
  afterAll(async () => {
    for (const stream of open) stream.close();
    await server?.close();
  });
  const events = async (device: Device) => {
    const stream = await openEvents(server.base, device);
    open.push(stream);
    return stream;
  };

  it('sends the head at once, then an event for each push, with no payload beyond the head', async () => {
    const device = await createVault(server.base);
    await push(server.base, device, newChanges(2));
    const stream = await events(device);
    expect(stream.status).toBe(200);
    const first = await stream.next((e) => e.event === 'head');
    expect(first).toEqual({ event: 'head', data: '{"v":1,"head":2}', id: '2' });
    const started = performance.now();
    await push(server.base, device, newChanges(3));
    await stream.next(headIs(5));
    const latency = performance.now() - started;
    // The figure belongs to the bench; here only that it arrives while the push is fresh.
    expect(latency).toBeLessThan(5_000);
    // A push of changes already stored moves nothing and sends nothing new.
    await push(server.base, device, newChanges(1));
    await stream.next(headIs(6));
    expect(stream.events.filter((e) => e.event === 'head').map((e) => e.data)).toEqual([
      '{"v":1,"head":2}',
      '{"v":1,"head":5}',
      '{"v":1,"head":6}',
    ]);
  });

  it('refuses a wrong credential or unknown vault with JSON, not a stream', async () => {
    const device = await createVault(server.base);
    const wrong = await call(server.base, 'GET', `/vaults/${device.vaultId}/events`, {
      token: randomToken(),
    });
    expect([wrong.status, wrong.body.error.reason]).toEqual([401, 'bad-credential']);
    const unknown = await call(server.base, 'GET', `/vaults/${randomId()}/events`, {
      token: device.token,
    });
    expect(unknown.status).toBe(404);
  });

  it('tells of a compaction, then ends the stream on rotation (credential-changed)', async () => {
    const device = await createVault(server.base);
    await push(server.base, device, newChanges(3));
    const stream = await events(device);
    await stream.next(headIs(3));
    await call(server.base, 'PUT', `/vaults/${device.vaultId}/snapshot?seq=2`, {
      token: device.token,
      body: randomEnvelope(100),
      type: 'application/octet-stream',
    });
    await stream.next((e) => e.event === 'compacted' && e.data === '{"v":1,"snapshotSeq":2}');
    await call(server.base, 'POST', `/vaults/${device.vaultId}/rotate`, {
      token: device.token,
      json: { v: 1, credential: randomToken(), from: randomId(), remove: [], mailbox: [] },
    });
    await stream.next((e) => e.event === 'credential-changed');
    await stream.ended;
    // The old credential cannot listen again.
    const again = await call(server.base, 'GET', `/vaults/${device.vaultId}/events`, {
      token: device.token,
    });
    expect(again.status).toBe(401);
  });

  it('ends the stream when the vault is deleted', async () => {
    const device = await createVault(server.base);
    const stream = await events(device);
    await stream.next(headIs(0));
    await call(server.base, 'DELETE', `/vaults/${device.vaultId}`, { token: device.token });
    await stream.next((e) => e.event === 'deleted');
    await stream.ended;
  });

  it('refuses more streams than the per-vault limit (429, Retry-After)', async () => {
    const device = await createVault(server.base);
    const one = await events(device);
    const two = await events(device);
    await one.next(headIs(0));
    await two.next(headIs(0));
    const three = await call(server.base, 'GET', `/vaults/${device.vaultId}/events`, {
      token: device.token,
    });
    expect([three.status, three.body.error.reason]).toEqual([429, 'too-many-streams']);
    expect(three.headers.get('retry-after')).not.toBeNull();
    one.close();
    await expect
      .poll(
        async () =>
          (await call(server.base, 'GET', `/vaults/${device.vaultId}`, { token: device.token }))
            .status,
      )
      .toBe(200);
  });

  it('does not hold the server open: closing it ends the streams', async () => {
    const own = await startSyncServer(server.database.url);
    const device = await createVault(own.base);
    const stream = await openEvents(own.base, device);
    await stream.next(headIs(0));
    await own.close();
    await stream.ended;
  });
});

describe('live channel across two servers on one PostgreSQL', () => {
  it('a push answered by one server wakes the stream held by the other, and a rotation on one ends it', async () => {
    const first = await startOnFreshDatabase('postgres', {
      settings: { vaultRatePerMinute: 0, ipRatePerMinute: 0 },
    });
    const second = await startSyncServer(first.database.url, {
      settings: { vaultRatePerMinute: 0, ipRatePerMinute: 0 },
    });
    try {
      const device = await createVault(first.base);
      const stream = await openEvents(second.base, device);
      await stream.next(headIs(0));
      await push(first.base, device, newChanges(4));
      await stream.next(headIs(4));
      // And the other way round, with the changes pulled from the other server.
      const back = await openEvents(first.base, device);
      await back.next(headIs(4));
      await push(second.base, device, newChanges(1));
      await back.next(headIs(5));
      await stream.next(headIs(5));
      await call(first.base, 'POST', `/vaults/${device.vaultId}/rotate`, {
        token: device.token,
        json: { v: 1, credential: randomToken(), from: randomId(), remove: [], mailbox: [] },
      });
      await stream.next((e) => e.event === 'credential-changed');
      await stream.ended;
      back.close();
    } finally {
      await second.close();
      await first.close();
    }
  });
});
