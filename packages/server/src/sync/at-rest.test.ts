import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../test-databases.ts';
import {
  b64,
  call,
  createVault,
  newChanges,
  push,
  randomEnvelope,
  randomId,
  randomToken,
  startOnFreshDatabase,
} from './test-client.ts';

// What the database holds for a synced vault: nothing the server was not given, and no token in
// a usable form. The envelopes here are random bytes (the device-side marker test, with real
// records, lives with the sync client); what this proves is the server side of that promise:
// - every table and column is one of the expected, opaque ones (a new column fails this test
//   until it is reviewed and added here and to SECURITY_INVARIANTS.md);
// - every binary value is exactly bytes a device sent, or a SHA-256 of a token;
// - no bearer token (credential, mailbox token, answer token) is stored, raw or encoded;
// - on SQLite, after "delete my data", no envelope byte sequence is left in the file or its WAL.

const expectedColumns: Record<string, string[]> = {
  server_meta: ['key', 'value'],
  // Share links (their own at-rest test is share/at-rest.test.ts).
  share_link: ['data', 'expires_at', 'last_viewed_at', 'revoke_hash', 'share_id', 'views'],
  share_revoked: ['expires_at', 'share_id'],
  sync_change: ['change_id', 'envelope', 'seq', 'vault_id'],
  sync_device: [
    'device_key_id',
    'mailbox_epoch',
    'mailbox_sealed',
    'mailbox_token_hash',
    'public_key',
    'vault_id',
  ],
  sync_pairing: [
    'answer_key',
    'answer_token_hash',
    'expires_at',
    'offer_key',
    'sealed',
    'slot_id',
    'state',
    'vault_id',
  ],
  sync_snapshot: ['data', 'seq', 'vault_id'],
  sync_vault: [
    'change_bytes',
    'change_count',
    'credential_hash',
    'head_seq',
    'key_epoch',
    'snapshot_bytes',
    'snapshot_seq',
    'vault_id',
  ],
};

const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());
const fromB64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64url'));

describe.each(testDialects)('what %s holds for a synced vault', (dialect) => {
  let server: Awaited<ReturnType<typeof startOnFreshDatabase>>;
  beforeAll(async () => {
    server = await startOnFreshDatabase(dialect, {
      settings: { vaultRatePerMinute: 0, ipRatePerMinute: 0 },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  async function everyValue(): Promise<Map<string, unknown[]>> {
    const db = server.app.storage.db;
    const tables = (await db.introspection.getTables()).filter(
      (t) => !t.name.startsWith('kysely_'),
    );
    const out = new Map<string, unknown[]>();
    for (const table of tables) {
      const rows = await sql<
        Record<string, unknown>
      >`select * from ${sql.table(table.name)}`.execute(db);
      for (const row of rows.rows) {
        for (const [column, value] of Object.entries(row)) {
          const key = `${table.name}.${column}`;
          out.set(key, [...(out.get(key) ?? []), value]);
        }
      }
    }
    return out;
  }

  it('has exactly the expected tables and columns', async () => {
    const tables = (await server.app.storage.db.introspection.getTables()).filter(
      (t) => !t.name.startsWith('kysely_'),
    );
    const found = Object.fromEntries(
      tables.map((t) => [t.name, t.columns.map((c) => c.name).sort()]),
    );
    expect(found).toEqual(expectedColumns);
  });

  it('stores only the bytes devices sent and hashes of tokens, never a token', async () => {
    const device = await createVault(server.base);
    const changes = newChanges(20, 180);
    await push(server.base, device, changes);
    const snapshot = randomEnvelope(700);
    await call(server.base, 'PUT', `/vaults/${device.vaultId}/snapshot?seq=5`, {
      token: device.token,
      body: snapshot,
      type: 'application/octet-stream',
    });
    const publicKey = randomEnvelope(65);
    const mailboxToken = randomToken();
    await call(server.base, 'PUT', `/vaults/${device.vaultId}/devices/${randomId()}`, {
      token: device.token,
      json: { v: 1, publicKey: b64(publicKey), mailboxToken },
    });
    const offerKey = randomEnvelope(65);
    const answerKey = randomEnvelope(65);
    const slot = await call(server.base, 'POST', '/pairing', {
      token: device.token,
      json: { v: 1, vaultId: device.vaultId, offerKey: b64(offerKey) },
    });
    const answer = await call(server.base, 'POST', `/pairing/${slot.body.slotId}/answer`, {
      json: { v: 1, answerKey: b64(answerKey) },
    });
    const answerToken: string = answer.body.answerToken;

    const sent = [
      ...changes.slice(5).map((c) => c.envelope),
      snapshot,
      publicKey,
      offerKey,
      answerKey,
      sha256(fromB64(device.token)),
      sha256(fromB64(mailboxToken)),
      sha256(fromB64(answerToken)),
    ].map((b) => Buffer.from(b).toString('hex'));
    const tokens = [device.token, mailboxToken, answerToken];

    const values = await everyValue();
    for (const [column, list] of values) {
      for (const value of list) {
        if (value instanceof Uint8Array) {
          expect(sent, column).toContain(Buffer.from(value).toString('hex'));
          for (const token of tokens) {
            expect(Buffer.from(value).includes(Buffer.from(fromB64(token))), column).toBe(false);
          }
        } else if (typeof value === 'string') {
          for (const token of tokens) expect(value, column).not.toContain(token);
        } else if (value !== null) {
          expect(typeof value, column).toBe('number');
        }
      }
    }
    // Text columns hold only random ids, the slot state and the server's own facts.
    const ids = new Set([device.vaultId, ...changes.map((c) => c.id), slot.body.slotId]);
    for (const id of values.get('sync_change.change_id') ?? [])
      expect(ids.has(id as string)).toBe(true);
    expect(values.get('sync_pairing.state')).toEqual(['answered']);
  });

  if (dialect === 'sqlite') {
    it('leaves no envelope or token bytes in the SQLite file or its WAL after the vault is deleted', async () => {
      const device = await createVault(server.base);
      const changes = newChanges(30, 256);
      await push(server.base, device, changes);
      const file = server.database.file as string;
      const readAll = async () => {
        const folder = dirname(file);
        const names = (await readdir(folder)).filter((n) => n.startsWith('onward.sqlite'));
        return Buffer.concat(await Promise.all(names.map((n) => readFile(`${folder}/${n}`))));
      };
      const before = await readAll();
      // Control: the bytes are findable while the vault exists.
      expect(changes.some((c) => before.includes(Buffer.from(c.envelope)))).toBe(true);
      const token = Buffer.from(fromB64(device.token));
      expect(before.includes(token)).toBe(false);
      expect(before.includes(Buffer.from(device.token))).toBe(false);

      expect(
        (await call(server.base, 'DELETE', `/vaults/${device.vaultId}`, { token: device.token }))
          .status,
      ).toBe(204);
      const after = await readAll();
      for (const change of changes) {
        expect(after.includes(Buffer.from(change.envelope.subarray(0, 32)))).toBe(false);
      }
      expect(after.includes(Buffer.from(sha256(token)))).toBe(false);
    });
  }
});
