import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../test-databases.ts';
import {
  b64,
  call,
  createVault,
  type Device,
  newChanges,
  pull,
  push,
  randomEnvelope,
  randomId,
  randomToken,
  type SyncServer,
  startOnFreshDatabase,
} from './test-client.ts';

// The sync API over real HTTP on loopback, on real SQLite and real PostgreSQL
// (docs/sync-protocol.md). Every refusal is checked to have stored nothing.

/** Row counts of every sync table, to prove a refused request stored nothing. */
async function counts(server: SyncServer) {
  const db = server.app.storage.db;
  const n = async (
    table: 'sync_vault' | 'sync_change' | 'sync_snapshot' | 'sync_device' | 'sync_pairing',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    );
  return {
    vaults: await n('sync_vault'),
    changes: await n('sync_change'),
    snapshots: await n('sync_snapshot'),
    devices: await n('sync_device'),
    slots: await n('sync_pairing'),
  };
}

describe.each(testDialects)('sync API on %s', (dialect) => {
  let server: Awaited<ReturnType<typeof startOnFreshDatabase>>;
  let base: string;
  beforeAll(async () => {
    server = await startOnFreshDatabase(dialect, {
      settings: { vaultRatePerMinute: 0, ipRatePerMinute: 0 },
    });
    base = server.base;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('describes itself at GET /api/sync/v1', async () => {
    const res = await call(base, 'GET', '');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      v: 1,
      protocol: 1,
      limits: { pushChanges: 500, envelopeBytes: 65536 },
    });
  });

  describe('vaults', () => {
    it('creates a vault (201), accepts the same create again (200), refuses another credential (409)', async () => {
      const vaultId = randomId();
      const token = randomToken();
      const first = await call(base, 'PUT', `/vaults/${vaultId}`, { token, json: { v: 1 } });
      expect(first.status).toBe(201);
      expect(first.body).toEqual({ v: 1, head: 0 });
      const again = await call(base, 'PUT', `/vaults/${vaultId}`, { token, json: { v: 1 } });
      expect(again.status).toBe(200);
      const other = await call(base, 'PUT', `/vaults/${vaultId}`, {
        token: randomToken(),
        json: { v: 1 },
      });
      expect(other.status).toBe(409);
      expect(other.body.error.reason).toBe('vault-exists');
    });

    it('stores only the SHA-256 of the credential', async () => {
      const device = await createVault(base);
      const row = await server.app.storage.db
        .selectFrom('sync_vault')
        .select('credential_hash')
        .where('vault_id', '=', device.vaultId)
        .executeTakeFirstOrThrow();
      const { createHash } = await import('node:crypto');
      const expected = createHash('sha256').update(Buffer.from(device.token, 'base64url')).digest();
      expect(Buffer.from(row.credential_hash).equals(expected)).toBe(true);
    });

    it('reports head, snapshot, key epoch and usage', async () => {
      const device = await createVault(base);
      await push(base, device, newChanges(3, 100));
      const res = await call(base, 'GET', `/vaults/${device.vaultId}`, { token: device.token });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        v: 1,
        head: 3,
        snapshotSeq: 0,
        keyEpoch: 1,
        usage: { bytes: 300, changes: 3 },
        limits: { bytes: 134217728, changes: 100000 },
      });
    });

    it('refuses a missing or malformed credential (401 missing-credential), a wrong one (401 bad-credential), an unknown vault (404)', async () => {
      const device = await createVault(base);
      const path = `/vaults/${device.vaultId}`;
      expect((await call(base, 'GET', path)).body.error.reason).toBe('missing-credential');
      const short = await call(base, 'GET', path, { token: 'abc' });
      expect([short.status, short.body.error.reason]).toEqual([401, 'missing-credential']);
      const wrong = await call(base, 'GET', path, { token: randomToken() });
      expect([wrong.status, wrong.body.error.reason]).toEqual([401, 'bad-credential']);
      const unknown = await call(base, 'GET', `/vaults/${randomId()}`, { token: device.token });
      expect([unknown.status, unknown.body.error.reason]).toEqual([404, 'vault-not-found']);
      const badId = await call(base, 'GET', '/vaults/not-an-id', { token: device.token });
      expect([badId.status, badId.body.error.reason]).toEqual([400, 'malformed-request']);
    });

    it('deletes a vault and everything in it; the id is then unknown', async () => {
      const device = await createVault(base);
      await push(base, device, newChanges(5));
      await call(base, 'PUT', `/vaults/${device.vaultId}/snapshot?seq=2`, {
        token: device.token,
        body: randomEnvelope(500),
        type: 'application/octet-stream',
      });
      await call(base, 'PUT', `/vaults/${device.vaultId}/devices/${randomId()}`, {
        token: device.token,
        json: { v: 1, publicKey: b64(randomEnvelope(65)), mailboxToken: randomToken() },
      });
      await call(base, 'POST', '/pairing', {
        token: device.token,
        json: { v: 1, vaultId: device.vaultId, offerKey: b64(randomEnvelope(65)) },
      });
      const before = await counts(server);
      const wrong = await call(base, 'DELETE', `/vaults/${device.vaultId}`, {
        token: randomToken(),
      });
      expect(wrong.status).toBe(401);
      expect(await counts(server)).toEqual(before);

      const res = await call(base, 'DELETE', `/vaults/${device.vaultId}`, { token: device.token });
      expect(res.status).toBe(204);
      const after = await counts(server);
      expect(after).toEqual({
        vaults: before.vaults - 1,
        changes: before.changes - 3,
        snapshots: before.snapshots - 1,
        devices: before.devices - 1,
        slots: before.slots - 1,
      });
      const db = server.app.storage.db;
      for (const table of [
        'sync_change',
        'sync_snapshot',
        'sync_device',
        'sync_pairing',
      ] as const) {
        const left = await db
          .selectFrom(table)
          .select('vault_id')
          .where('vault_id', '=', device.vaultId)
          .execute();
        expect(left).toEqual([]);
      }
      const gone = await pull(base, device);
      expect([gone.status, gone.body.error.reason]).toEqual([404, 'vault-not-found']);
    });
  });

  describe('push and pull', () => {
    it('acks with increasing sequences, is idempotent by change id, and pulls back exactly the bytes', async () => {
      const device = await createVault(base);
      const batch = newChanges(4);
      const first = await push(base, device, batch);
      expect(first.status).toBe(200);
      expect(first.body).toEqual({
        v: 1,
        acks: batch.map((c, i) => ({ id: c.id, seq: i + 1 })),
        head: 4,
      });
      // The same batch again (a lost answer), plus a repeat inside the batch and one new change.
      const extra = newChanges(1);
      const again = await push(base, device, [...batch, batch[0] as never, ...extra]);
      expect(again.body.acks.map((a: { seq: number }) => a.seq)).toEqual([1, 2, 3, 4, 1, 5]);
      expect(again.body.head).toBe(5);

      const pulled = await pull(base, device);
      expect(pulled.body).toEqual({
        v: 1,
        snapshot: null,
        changes: [...batch, ...extra].map((c, i) => ({
          seq: i + 1,
          id: c.id,
          envelope: b64(c.envelope),
        })),
        cursor: 5,
        more: false,
        head: 5,
      });
      const rows = await server.app.storage.db
        .selectFrom('sync_change')
        .select(['change_id'])
        .where('vault_id', '=', device.vaultId)
        .execute();
      expect(rows).toHaveLength(5);
    });

    it('paginates with `more` and a cursor', async () => {
      const device = await createVault(base);
      const batch = newChanges(7, 50);
      await push(base, device, batch);
      const seen: string[] = [];
      let cursor = 0;
      let pages = 0;
      for (;;) {
        const page = await pull(base, device, cursor, 3);
        expect(page.status).toBe(200);
        pages++;
        seen.push(...page.body.changes.map((c: { id: string }) => c.id));
        cursor = page.body.cursor;
        if (!page.body.more) break;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(batch.map((c) => c.id));
      const empty = await pull(base, device, 7);
      expect(empty.body).toMatchObject({ changes: [], cursor: 7, more: false, head: 7 });
    });

    it('caps a page at 2 MiB of envelopes (always at least one)', async () => {
      const device = await createVault(base);
      for (let i = 0; i < 3; i++) await push(base, device, newChanges(15, 64 * 1024));
      const page = await pull(base, device, 0, 1000);
      expect(page.body.changes).toHaveLength(32);
      expect(page.body.more).toBe(true);
    });

    it.each([
      ['not JSON', '{"v":1,', 'application/json', 400, 'malformed-body'],
      ['an empty body', '', 'application/json', 400, 'malformed-body'],
      [
        'version 2',
        JSON.stringify({ v: 2, changes: [] }),
        'application/json',
        400,
        'malformed-body',
      ],
      [
        'an unknown field',
        JSON.stringify({ v: 1, changes: [], x: 1 }),
        'application/json',
        400,
        'malformed-body',
      ],
      [
        'no changes',
        JSON.stringify({ v: 1, changes: [] }),
        'application/json',
        400,
        'malformed-body',
      ],
      [
        'a bad change id',
        JSON.stringify({ v: 1, changes: [{ id: 'x', envelope: 'AA' }] }),
        'application/json',
        400,
        'malformed-body',
      ],
      [
        'padded base64',
        JSON.stringify({ v: 1, changes: [{ id: 'AAAAAAAAAAAAAAAAAAAAAA', envelope: 'AA==' }] }),
        'application/json',
        400,
        'malformed-body',
      ],
      [
        'base64 with stray bits',
        JSON.stringify({ v: 1, changes: [{ id: 'AAAAAAAAAAAAAAAAAAAAAA', envelope: 'AB' }] }),
        'application/json',
        400,
        'malformed-body',
      ],
      [
        'text/plain',
        JSON.stringify({ v: 1, changes: [] }),
        'text/plain',
        415,
        'unsupported-media-type',
      ],
    ])('refuses %s and stores nothing', async (_name, body, type, status, reason) => {
      const device = await createVault(base);
      const before = await counts(server);
      const res = await call(base, 'POST', `/vaults/${device.vaultId}/changes`, {
        token: device.token,
        body,
        type,
      });
      expect([res.status, res.body.error?.reason]).toEqual([status, reason]);
      expect(res.body.v).toBe(1);
      expect(await counts(server)).toEqual(before);
    });

    it('refuses an oversized envelope (413 change-too-large with its index) and an oversized body (413), storing nothing', async () => {
      const device = await createVault(base);
      const before = await counts(server);
      const big = [...newChanges(2), { id: randomId(), envelope: randomEnvelope(64 * 1024 + 1) }];
      const res = await push(base, device, big);
      expect([res.status, res.body.error.reason, res.body.error.index]).toEqual([
        413,
        'change-too-large',
        2,
      ]);
      const huge = await call(base, 'POST', `/vaults/${device.vaultId}/changes`, {
        token: device.token,
        body: JSON.stringify({
          v: 1,
          changes: [{ id: randomId(), envelope: 'A'.repeat(3 * 1024 * 1024) }],
        }),
        type: 'application/json',
      });
      expect([huge.status, huge.body.error.reason]).toEqual([413, 'body-too-large']);
      const tooMany = await push(base, device, newChanges(501, 1));
      expect([tooMany.status, tooMany.body.error.reason]).toEqual([400, 'malformed-body']);
      expect(await counts(server)).toEqual(before);
    });

    it('refuses a push with a wrong credential or to an unknown vault, storing nothing', async () => {
      const device = await createVault(base);
      const before = await counts(server);
      const wrong = await push(base, { ...device, token: randomToken() }, newChanges(2));
      expect([wrong.status, wrong.body.error.reason]).toEqual([401, 'bad-credential']);
      const unknown = await push(base, { ...device, vaultId: randomId() }, newChanges(2));
      expect([unknown.status, unknown.body.error.reason]).toEqual([404, 'vault-not-found']);
      expect(await counts(server)).toEqual(before);
    });

    it.each([
      ['after=-1'],
      ['after=1.5'],
      ['after=99999999999999999'],
      ['limit=0'],
      ['limit=1001'],
      ['after=1&x=2'],
    ])('refuses a pull with %s (400 malformed-request)', async (query) => {
      const device = await createVault(base);
      const res = await call(base, 'GET', `/vaults/${device.vaultId}/changes?${query}`, {
        token: device.token,
      });
      expect([res.status, res.body.error.reason]).toEqual([400, 'malformed-request']);
    });
  });

  describe('compaction', () => {
    it('drops the changes a snapshot covers and gives a new device the snapshot first', async () => {
      const device = await createVault(base);
      const batch = newChanges(10);
      await push(base, device, batch);
      const snapshot = randomEnvelope(3000);
      const put = await call(base, 'PUT', `/vaults/${device.vaultId}/snapshot?seq=6`, {
        token: device.token,
        body: snapshot,
        type: 'application/octet-stream',
      });
      expect(put.status).toBe(200);
      expect(put.body).toEqual({ v: 1, snapshotSeq: 6, dropped: 6 });
      const status = await call(base, 'GET', `/vaults/${device.vaultId}`, { token: device.token });
      expect(status.body).toMatchObject({
        head: 10,
        snapshotSeq: 6,
        usage: { changes: 4, bytes: 4 * 200 + 3000 },
      });

      // A new device (cursor 0) and one behind the snapshot (cursor 3) get the snapshot first.
      for (const after of [0, 3]) {
        const first = await pull(base, device, after);
        expect(first.body).toEqual({
          v: 1,
          snapshot: { seq: 6, bytes: 3000 },
          changes: [],
          cursor: 6,
          more: true,
          head: 10,
        });
      }
      const got = await fetch(`${base}/api/sync/v1/vaults/${device.vaultId}/snapshot`, {
        headers: { authorization: `Bearer ${device.token}` },
      });
      expect(got.status).toBe(200);
      expect(got.headers.get('onward-snapshot-seq')).toBe('6');
      expect(got.headers.get('content-type')).toBe('application/octet-stream');
      expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(snapshot))).toBe(true);
      const rest = await pull(base, device, 6);
      expect(rest.body.changes.map((c: { seq: number }) => c.seq)).toEqual([7, 8, 9, 10]);
      // A device already past the snapshot is not sent it.
      expect((await pull(base, device, 8)).body.snapshot).toBeNull();
    });

    it('refuses a stale snapshot or one past the head (409), a wrong type (415), no seq (400)', async () => {
      const device = await createVault(base);
      await push(base, device, newChanges(5));
      const put = (seq: string, type = 'application/octet-stream') =>
        call(base, 'PUT', `/vaults/${device.vaultId}/snapshot?seq=${seq}`, {
          token: device.token,
          body: randomEnvelope(100),
          type,
        });
      expect((await put('4')).status).toBe(200);
      const stale = await put('3');
      expect([stale.status, stale.body.error]).toEqual([
        409,
        expect.objectContaining({ reason: 'stale-snapshot', snapshotSeq: 4, head: 5 }),
      ]);
      expect((await put('4')).status).toBe(409);
      expect((await put('6')).status).toBe(409);
      expect((await put('5', 'application/json')).status).toBe(415);
      expect((await put('')).status).toBe(400);
      expect((await put('abc')).status).toBe(400);
      const none = await call(
        base,
        'GET',
        `/vaults/${(await createVault(base)).vaultId}/snapshot`,
        {
          token: randomToken(),
        },
      );
      expect(none.status).toBe(401);
    });
  });

  describe('devices, mailbox and key rotation', () => {
    it('registers keys, rotates on unlink: the old credential and the unlinked device stop at once; the others find the new key in their mailbox', async () => {
      const a = await createVault(base);
      const ids = { a: randomId(), b: randomId(), c: randomId() };
      const mailboxTokens = { a: randomToken(), b: randomToken(), c: randomToken() };
      const keys = { a: randomEnvelope(65), b: randomEnvelope(65), c: randomEnvelope(65) };
      for (const name of ['a', 'b', 'c'] as const) {
        const res = await call(base, 'PUT', `/vaults/${a.vaultId}/devices/${ids[name]}`, {
          token: a.token,
          json: { v: 1, publicKey: b64(keys[name]), mailboxToken: mailboxTokens[name] },
        });
        expect(res.status).toBe(201);
      }
      const reRegister = await call(base, 'PUT', `/vaults/${a.vaultId}/devices/${ids.b}`, {
        token: a.token,
        json: { v: 1, publicKey: b64(keys.b), mailboxToken: mailboxTokens.b },
      });
      expect(reRegister.status).toBe(200);
      const clash = await call(base, 'PUT', `/vaults/${a.vaultId}/devices/${ids.b}`, {
        token: a.token,
        json: { v: 1, publicKey: b64(keys.c), mailboxToken: mailboxTokens.b },
      });
      expect([clash.status, clash.body.error.reason]).toEqual([409, 'device-exists']);
      const list = await call(base, 'GET', `/vaults/${a.vaultId}/devices`, { token: a.token });
      expect(list.body.devices).toHaveLength(3);
      expect(list.body.devices).toContainEqual({ deviceKeyId: ids.c, publicKey: b64(keys.c) });

      const newToken = randomToken();
      const sealedForB = randomEnvelope(120);
      // Forgetting a remaining device is refused, naming it, and changes nothing.
      const incomplete = await call(base, 'POST', `/vaults/${a.vaultId}/rotate`, {
        token: a.token,
        json: { v: 1, credential: newToken, from: ids.a, remove: [ids.c], mailbox: [] },
      });
      expect([
        incomplete.status,
        incomplete.body.error.reason,
        incomplete.body.error.missing,
      ]).toEqual([409, 'mailbox-incomplete', [ids.b]]);
      const forRemoved = await call(base, 'POST', `/vaults/${a.vaultId}/rotate`, {
        token: a.token,
        json: {
          v: 1,
          credential: newToken,
          from: ids.a,
          remove: [ids.c],
          mailbox: [
            { deviceKeyId: ids.b, sealed: b64(sealedForB) },
            { deviceKeyId: ids.c, sealed: b64(sealedForB) },
          ],
        },
      });
      expect(forRemoved.status).toBe(400);
      expect((await call(base, 'GET', `/vaults/${a.vaultId}`, { token: a.token })).status).toBe(
        200,
      );

      const rotated = await call(base, 'POST', `/vaults/${a.vaultId}/rotate`, {
        token: a.token,
        json: {
          v: 1,
          credential: newToken,
          from: ids.a,
          remove: [ids.c],
          mailbox: [{ deviceKeyId: ids.b, sealed: b64(sealedForB) }],
        },
      });
      expect(rotated.status).toBe(200);
      expect(rotated.body).toEqual({ v: 1, keyEpoch: 2 });

      // The old credential (which the unlinked device holds) stops working on every route.
      expect((await pull(base, a)).status).toBe(401);
      expect((await push(base, a, newChanges(1))).status).toBe(401);
      const c = `/vaults/${a.vaultId}/devices/${ids.c}/mailbox`;
      const cMailbox = await call(base, 'GET', c, { token: mailboxTokens.c });
      expect([cMailbox.status, cMailbox.body.error.reason]).toEqual([401, 'bad-credential']);
      // B finds the new key sealed for it, with its own mailbox token only.
      const b = `/vaults/${a.vaultId}/devices/${ids.b}/mailbox`;
      expect((await call(base, 'GET', b, { token: mailboxTokens.a })).status).toBe(401);
      const mailbox = await call(base, 'GET', b, { token: mailboxTokens.b });
      expect(mailbox.body).toEqual({ v: 1, keyEpoch: 2, sealed: b64(sealedForB) });
      expect((await call(base, 'DELETE', b, { token: mailboxTokens.b })).status).toBe(204);
      expect((await call(base, 'GET', b, { token: mailboxTokens.b })).status).toBe(204);
      // The new credential works.
      const next = { vaultId: a.vaultId, token: newToken };
      expect((await push(base, next, newChanges(1))).status).toBe(200);
      const after = await call(base, 'GET', `/vaults/${a.vaultId}/devices`, { token: newToken });
      expect(after.body.devices.map((d: { deviceKeyId: string }) => d.deviceKeyId).sort()).toEqual(
        [ids.a, ids.b].sort(),
      );
    });

    it('refuses more device keys than the limit and removes one on request', async () => {
      const limited = await startOnFreshDatabase(dialect, {
        settings: { devices: 2, vaultRatePerMinute: 0, ipRatePerMinute: 0 },
      });
      try {
        const a = await createVault(limited.base);
        const register = (id: string) =>
          call(limited.base, 'PUT', `/vaults/${a.vaultId}/devices/${id}`, {
            token: a.token,
            json: { v: 1, publicKey: b64(randomEnvelope(65)), mailboxToken: randomToken() },
          });
        const first = randomId();
        expect((await register(first)).status).toBe(201);
        expect((await register(randomId())).status).toBe(201);
        const third = await register(randomId());
        expect([third.status, third.body.error.reason]).toEqual([409, 'too-many-devices']);
        const path = `/vaults/${a.vaultId}/devices/${first}`;
        expect((await call(limited.base, 'DELETE', path, { token: a.token })).status).toBe(204);
        const again = await call(limited.base, 'DELETE', path, { token: a.token });
        expect([again.status, again.body.error.reason]).toEqual([404, 'device-not-found']);
        expect((await register(randomId())).status).toBe(201);
      } finally {
        await limited.close();
      }
    });
  });

  describe('pairing', () => {
    const offerKey = randomEnvelope(65);
    const answerKey = randomEnvelope(65);

    async function openSlot(device: Device, baseUrl = base) {
      const res = await call(baseUrl, 'POST', '/pairing', {
        token: device.token,
        json: { v: 1, vaultId: device.vaultId, offerKey: b64(offerKey) },
      });
      expect(res.status).toBe(201);
      return res.body.slotId as string;
    }

    it('links a new device: answer, seal, collect once; the slot is then emptied', async () => {
      const a = await createVault(base);
      const slotId = await openSlot(a);
      expect(slotId).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const waiting = await call(base, 'GET', `/pairing/${slotId}`, { token: a.token });
      expect(waiting.body).toMatchObject({ v: 1, state: 'open', answerKey: null });

      const answer = await call(base, 'POST', `/pairing/${slotId}/answer`, {
        json: { v: 1, answerKey: b64(answerKey) },
      });
      expect(answer.status).toBe(200);
      expect(answer.body.offerKey).toBe(b64(offerKey));
      const answerToken = answer.body.answerToken as string;
      const second = await call(base, 'POST', `/pairing/${slotId}/answer`, {
        json: { v: 1, answerKey: b64(randomEnvelope(65)) },
      });
      expect([second.status, second.body.error.reason]).toEqual([409, 'slot-used']);

      const seen = await call(base, 'GET', `/pairing/${slotId}`, { token: a.token });
      expect(seen.body).toMatchObject({ state: 'answered', answerKey: b64(answerKey) });
      const early = await call(base, 'GET', `/pairing/${slotId}/sealed`, { token: answerToken });
      expect([early.status, early.body]).toEqual([202, { v: 1, state: 'answered' }]);

      const sealed = randomEnvelope(200);
      const seal = await call(base, 'PUT', `/pairing/${slotId}/sealed`, {
        token: a.token,
        json: { v: 1, sealed: b64(sealed) },
      });
      expect(seal.status).toBe(204);
      const resealed = await call(base, 'PUT', `/pairing/${slotId}/sealed`, {
        token: a.token,
        json: { v: 1, sealed: b64(sealed) },
      });
      expect(resealed.status).toBe(409);

      const wrong = await call(base, 'GET', `/pairing/${slotId}/sealed`, { token: randomToken() });
      expect([wrong.status, wrong.body.error.reason]).toEqual([401, 'bad-credential']);
      const collected = await call(base, 'GET', `/pairing/${slotId}/sealed`, {
        token: answerToken,
      });
      expect(collected.body).toEqual({ v: 1, sealed: b64(sealed) });
      const reused = await call(base, 'GET', `/pairing/${slotId}/sealed`, { token: answerToken });
      expect([reused.status, reused.body.error.reason]).toEqual([409, 'slot-used']);

      const row = await server.app.storage.db
        .selectFrom('sync_pairing')
        .selectAll()
        .where('slot_id', '=', slotId)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        state: 'collected',
        offer_key: null,
        answer_key: null,
        answer_token_hash: null,
        sealed: null,
      });
    });

    it('answers 404 for an unknown slot, 400 for a malformed id, and hides a slot from another vault', async () => {
      const a = await createVault(base);
      const slotId = await openSlot(a);
      const unknown = await call(base, 'POST', `/pairing/${randomToken()}/answer`, {
        json: { v: 1, answerKey: b64(answerKey) },
      });
      expect([unknown.status, unknown.body.error.reason]).toEqual([404, 'slot-not-found']);
      const malformed = await call(base, 'POST', '/pairing/short/answer', {
        json: { v: 1, answerKey: b64(answerKey) },
      });
      expect(malformed.status).toBe(400);
      const other = await createVault(base);
      const peek = await call(base, 'GET', `/pairing/${slotId}`, { token: other.token });
      expect([peek.status, peek.body.error.reason]).toEqual([404, 'slot-not-found']);
      const cancel = await call(base, 'DELETE', `/pairing/${slotId}`, { token: a.token });
      expect(cancel.status).toBe(204);
      const late = await call(base, 'POST', `/pairing/${slotId}/answer`, {
        json: { v: 1, answerKey: b64(answerKey) },
      });
      expect([late.status, late.body.error.reason]).toEqual([409, 'slot-used']);
    });

    it('expires a slot after the TTL (410) and wipes its keys', async () => {
      let now = Date.parse('2026-12-02T09:00:00Z');
      const timed = await startOnFreshDatabase(dialect, {
        settings: { pairingTtlSeconds: 60, vaultRatePerMinute: 0, ipRatePerMinute: 0 },
        now: () => now,
      });
      try {
        const a = await createVault(timed.base);
        const slotId = await openSlot(a, timed.base);
        now += 61_000;
        const answer = await call(timed.base, 'POST', `/pairing/${slotId}/answer`, {
          json: { v: 1, answerKey: b64(answerKey) },
        });
        expect([answer.status, answer.body.error.reason]).toEqual([410, 'slot-expired']);
        const row = await timed.app.storage.db
          .selectFrom('sync_pairing')
          .select(['offer_key', 'answer_key'])
          .where('slot_id', '=', slotId)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ offer_key: null, answer_key: null });
        expect(
          (await call(timed.base, 'GET', `/pairing/${slotId}`, { token: a.token })).status,
        ).toBe(410);
      } finally {
        await timed.close();
      }
    });

    it('a rotation cancels open slots, so none can hand out the old key', async () => {
      const a = await createVault(base);
      const slotId = await openSlot(a);
      await call(base, 'POST', `/vaults/${a.vaultId}/rotate`, {
        token: a.token,
        json: { v: 1, credential: randomToken(), from: randomId(), remove: [], mailbox: [] },
      });
      const answer = await call(base, 'POST', `/pairing/${slotId}/answer`, {
        json: { v: 1, answerKey: b64(answerKey) },
      });
      expect([answer.status, answer.body.error.reason]).toEqual([409, 'slot-used']);
    });
  });

  describe('quotas and rate limits', () => {
    it('refuses a push past the change or byte quota (413 vault-full, nothing stored); compaction makes room', async () => {
      const small = await startOnFreshDatabase(dialect, {
        settings: { vaultChanges: 5, vaultBytes: 4096, vaultRatePerMinute: 0, ipRatePerMinute: 0 },
      });
      try {
        const a = await createVault(small.base);
        expect((await push(small.base, a, newChanges(4, 100))).status).toBe(200);
        const over = await push(small.base, a, newChanges(2, 100));
        expect(over.status).toBe(413);
        expect(over.body.error).toMatchObject({
          reason: 'vault-full',
          usage: { changes: 4, bytes: 400 },
          limits: { changes: 5, bytes: 4096 },
        });
        expect(over.headers.get('retry-after')).toBeNull();
        const bytes = await push(small.base, a, newChanges(1, 4000));
        expect(bytes.body.error.reason).toBe('vault-full');
        expect((await pull(small.base, a)).body.changes).toHaveLength(4);
        await call(small.base, 'PUT', `/vaults/${a.vaultId}/snapshot?seq=4`, {
          token: a.token,
          body: randomEnvelope(200),
          type: 'application/octet-stream',
        });
        expect((await push(small.base, a, newChanges(2, 100))).status).toBe(200);
      } finally {
        await small.close();
      }
    });

    it('answers 429 with Retry-After past the per-vault and per-address rates', async () => {
      let now = 1_000_000;
      const strict = await startOnFreshDatabase(dialect, {
        settings: { vaultRatePerMinute: 5, ipRatePerMinute: 3 },
        now: () => now,
      });
      try {
        const a = await createVault(strict.base); // one address token
        const statuses: number[] = [];
        let last: Awaited<ReturnType<typeof pull>> | undefined;
        for (let i = 0; i < 6; i++) {
          last = await pull(strict.base, a);
          statuses.push(last.status);
        }
        expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
        expect(last?.body.error.reason).toBe('rate-limited');
        expect(Number(last?.headers.get('retry-after'))).toBe(12);
        now += 12_000;
        expect((await pull(strict.base, a)).status).toBe(200);

        const creates: number[] = [];
        for (let i = 0; i < 3; i++) {
          creates.push(
            (
              await call(strict.base, 'PUT', `/vaults/${randomId()}`, {
                token: randomToken(),
                json: { v: 1 },
              })
            ).status,
          );
        }
        expect(creates).toEqual([201, 201, 429]);
      } finally {
        await strict.close();
      }
    });
  });
});
