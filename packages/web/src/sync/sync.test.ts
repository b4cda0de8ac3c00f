// The sync client end to end against an in-memory server that follows the protocol: two (or
// three) devices, each with its own encrypted vault on fake-indexeddb. The real server and real
// Chromium are covered by e2e/sync.e2e.ts.
import { emptyPlan, encodeHlc, type PlanVersion } from '@onward/core';
import { type SyncChangeBody, sealSnapshot } from '@onward/crypto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createEncryptedVault, type EncryptedVault } from '../vault/engine.ts';
import type { StoredRecord } from '../vault/types.ts';
import { api } from './api.ts';
import { allClocks, CLOCK_BUCKETS, readClock } from './clocks.ts';
import { createSyncEngine, readSyncState, type SyncEngine } from './engine.ts';
import { answerLink, offerLink, startVault, stopAndDelete, unlinkDevice } from './link.ts';
import { memoryServer } from './memory-server.test-helper.ts';
import { queueMany, writeLocal } from './queue.ts';
import { LOCAL_KINDS } from './records.ts';

declare module '../vault/types.ts' {
  interface RecordKinds {
    'test-note': { text: string };
  }
}

const MARKER = 'MARKER-blue-heron-5521';
const engines: SyncEngine[] = [];
afterEach(() => {
  for (const e of engines.splice(0)) e.stop();
});

async function until(check: () => boolean, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

type Server = ReturnType<typeof memoryServer>;

function device(server: Server, factory = new IDBFactory(), compactAfter?: number) {
  const vault = createEncryptedVault({ indexedDB: factory, name: 'onward-test', channel: null });
  const engine = createSyncEngine({
    vault,
    transport: server.transport,
    ...(compactAfter ? { compactAfter } : {}),
  });
  engines.push(engine);
  engine.start();
  const ctx = { vault, transport: server.transport, engine, pollMs: 5 };
  return {
    factory,
    vault,
    engine,
    ctx,
    put: (id: string, text: string) => writeLocal(vault, 'test-note', id, { text }),
    del: (id: string) => writeLocal(vault, 'test-note', id, undefined),
    note: (id: string) => vault.get('test-note', id)?.value.text,
  };
}

const shared = (v: EncryptedVault) =>
  v
    .all()
    .filter((r) => !LOCAL_KINDS.has(r.kind))
    .map((r: StoredRecord) => ({ kind: r.kind, id: r.id, at: r.at, value: r.value }))
    .sort((a, b) => (a.kind + a.id < b.kind + b.id ? -1 : 1));

async function linkPair(server: Server) {
  const a = device(server);
  const b = device(server);
  await a.vault.ready();
  await b.vault.ready();
  expect((await startVault(a.ctx, 'Phone')).ok).toBe(true);
  const offer = await offerLink(a.ctx, 'https://onward.test');
  if (!offer.ok) throw new Error(offer.reason);
  expect(offer.value.link).toBe(`https://onward.test/link#${offer.value.slotId}`);
  const join = await answerLink(b.ctx, offer.value.slotId);
  if (!join.ok) throw new Error(join.reason);
  const codeOnA = await offer.value.answered();
  expect(codeOnA).toEqual({ ok: true, value: join.value.code });
  const finished = join.value.finish('Laptop');
  expect(await offer.value.confirm()).toEqual({ ok: true, value: undefined });
  expect((await finished).ok).toBe(true);
  await until(
    () => b.vault.list('sync-device').length === 2 && a.vault.list('sync-device').length === 2,
    'both devices listed',
  );
  return { a, b };
}

/** Links one more device ("Tablet") to an existing one through a pairing slot. */
async function linkAnother(server: Server, existing: ReturnType<typeof device>) {
  const c = device(server);
  await c.vault.ready();
  const offer = await offerLink(existing.ctx, '');
  if (!offer.ok) throw new Error(offer.reason);
  const join = await answerLink(c.ctx, offer.value.slotId);
  if (!join.ok) throw new Error(join.reason);
  await offer.value.answered();
  const done = join.value.finish('Tablet');
  await offer.value.confirm();
  expect((await done).ok).toBe(true);
  return c;
}

describe('sync between devices', () => {
  it('links through the pairing slot; a note on A appears on B; a delete follows', async () => {
    const server = memoryServer();
    const { a, b } = await linkPair(server);
    await a.put('note-alpha', `first ${MARKER}`);
    await until(() => b.note('note-alpha') === `first ${MARKER}`, 'note on B');
    await b.put('note-beta', 'from the laptop');
    await until(() => a.note('note-beta') === 'from the laptop', 'note on A');
    await a.del('note-alpha');
    await until(() => b.note('note-alpha') === undefined, 'delete on B');
    await until(
      () => a.engine.status().phase === 'up-to-date' && b.engine.status().phase === 'up-to-date',
      'idle',
    );
    expect(shared(a.vault)).toEqual(shared(b.vault));
    expect(a.engine.status()).toMatchObject({ devices: 2, pending: 0 });
    // The server saw only ciphertext and opaque ids: no marker, no record id, no kind.
    const everything = server.seen.join('\n');
    for (const word of [MARKER, 'test-note', 'note-alpha', 'Laptop', 'sync-device', 'first']) {
      expect(everything).not.toContain(word);
    }
  });

  it('keeps edits made offline (durably, coalesced), and both sides end identical', async () => {
    const server = memoryServer();
    const { a, b } = await linkPair(server);
    await until(
      () => a.engine.status().pending === 0 && b.engine.status().pending === 0,
      'queues empty',
    );
    server.setOffline(true);
    await a.put('x', 'A offline 1');
    await a.put('x', 'A offline 2');
    await a.put('y', 'only on A');
    await b.put('x', 'B offline');
    await b.put('z', 'only on B');
    // One outbox entry per record, however often it changed.
    expect(
      a.vault
        .list('sync-outbox')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['test-note x', 'test-note y']);
    // The queue survives a reload of the app.
    a.engine.stop();
    a.vault.close();
    const a2 = device(server, a.factory);
    await a2.vault.ready();
    expect(a2.vault.list('sync-outbox')).toHaveLength(2);
    server.setOffline(false);
    await a2.engine.syncNow();
    await b.engine.syncNow();
    await a2.engine.syncNow();
    await until(
      () => JSON.stringify(shared(a2.vault)) === JSON.stringify(shared(b.vault)),
      'identical',
    );
    expect(b.note('y')).toBe('only on A');
    expect(a2.note('z')).toBe('only on B');
    // B wrote x last: the later clock wins on both.
    expect(a2.note('x')).toBe('B offline');
  });

  it('waits as the server asks (429 Retry-After) and then catches up', async () => {
    const server = memoryServer();
    const { a, b } = await linkPair(server);
    server.busy(1);
    await a.put('n', 'after a pause');
    await until(
      () => a.engine.status().phase === 'busy' || b.note('n') !== undefined,
      'busy or done',
    );
    await until(() => b.note('n') === 'after a pause', 'note after Retry-After', 15_000);
  });

  it('after unlinking, the unlinked device receives nothing more; the others keep syncing', async () => {
    const server = memoryServer();
    const { a, b } = await linkPair(server);
    // A third device, C, stays linked through the rotation.
    const c = await linkAnother(server, a);
    await a.put('before', 'seen by all');
    await until(
      () => b.note('before') === 'seen by all' && c.note('before') === 'seen by all',
      'before on B and C',
    );

    const bId = readSyncState(b.vault)?.deviceKeyId as string;
    const epoch = readSyncState(a.vault)?.keyEpoch;
    expect(await unlinkDevice(a.ctx, bId)).toEqual({ ok: true, value: undefined });
    expect(readSyncState(a.vault)?.keyEpoch).toBe((epoch as number) + 1);
    await a.put('after', 'not for B');
    await until(() => c.note('after') === 'not for B', 'C got the new key from its mailbox');
    await c.put('from-c', 'C still writes');
    await until(() => a.note('from-c') === 'C still writes', 'A hears C');
    await b.engine.syncNow();
    await until(() => b.engine.status().phase === 'unlinked', 'B told it is unlinked');
    expect(b.note('after')).toBeUndefined();
    expect(
      a.vault
        .list('sync-device')
        .map((d) => d.value.name)
        .sort(),
    ).toEqual(['Phone', 'Tablet']);
  });

  it('"stop syncing and delete my data" removes the vault from the server and sync from the device', async () => {
    const server = memoryServer();
    const { a, b } = await linkPair(server);
    await a.put('n', 'kept on the device');
    await until(() => b.note('n') !== undefined, 'synced');
    expect((await stopAndDelete(a.ctx)).ok).toBe(true);
    expect(server.vaults.size).toBe(0);
    expect(a.engine.status().phase).toBe('off');
    expect(a.note('n')).toBe('kept on the device');
    expect(a.vault.list('sync-clock')).toHaveLength(0);
    expect(a.vault.list('sync-clocks')).toHaveLength(0);
    await b.engine.syncNow();
    await until(() => b.engine.status().phase === 'unlinked', 'B sees the vault gone');
  });

  it('compacts: a device linked later gets everything from the snapshot plus the changes after it', async () => {
    const server = memoryServer();
    const a = device(server, new IDBFactory(), 5);
    await a.vault.ready();
    await startVault(a.ctx, 'Phone');
    for (let i = 0; i < 8; i++) await a.put(`note-${i}`, `text ${i}`);
    await a.del('note-0');
    await until(() => (server.vaults.values().next().value?.snapshot?.seq ?? 0) > 5, 'a snapshot');
    await a.put('note-late', 'after the snapshot');
    await until(() => a.engine.status().pending === 0, 'pushed');
    const c = await linkAnother(server, a);
    await until(() => c.note('note-late') === 'after the snapshot', 'late note on C');
    await until(
      () => JSON.stringify(shared(a.vault)) === JSON.stringify(shared(c.vault)),
      'identical',
    );
    expect(c.note('note-0')).toBeUndefined();
    expect(c.note('note-7')).toBe('text 7');
  });

  it('a snapshot of more entries than a call takes arguments (200,000 tombstones) is applied', async () => {
    const server = memoryServer();
    const a = device(server);
    await a.vault.ready();
    await startVault(a.ctx, 'Phone');
    await a.put('note-kept', 'still here');
    await until(
      () => a.engine.status().phase === 'up-to-date' && a.engine.status().pending === 0,
      'pushed',
    );
    // A long-used vault: its snapshot holds 200,000 deletions besides what is alive.
    const st = readSyncState(a.vault);
    if (!st) throw new Error('not linked');
    const k = await a.engine.keysFor(st);
    const wall = Date.parse('2026-01-01T00:00:00Z');
    const state: SyncChangeBody[] = [];
    for (let i = 0; i < 200_000; i++) {
      const hlc = encodeHlc({ wall, counter: i, device: st.deviceKeyId });
      state.push({
        kind: 'test-note',
        id: `gone-${i}`,
        deleted: true,
        hlc,
        device: st.deviceKeyId,
      });
    }
    for (const [key, c] of allClocks(a.vault)) {
      const at = key.indexOf(' ');
      const [kind, id] = [key.slice(0, at), key.slice(at + 1)];
      const record = a.vault.get(kind as 'test-note', id);
      if (record) {
        const value = { at: record.at, u: record.updatedAt, v: record.value };
        state.push({ kind, id, value, hlc: c.h, device: st.deviceKeyId });
      }
    }
    const seq = st.cursor;
    const ref = { vaultId: st.vaultId, seq, keyEpoch: st.keyEpoch };
    const bytes = await sealSnapshot(k.current.envelopeKey, ref, state);
    expect(
      (await api.putSnapshot(server.transport, st.vaultId, k.current.credential, seq, bytes)).ok,
    ).toBe(true);
    const c = await linkAnother(server, a);
    await until(() => c.note('note-kept') === 'still here', 'the snapshot on C', 120_000);
    await until(() => c.engine.status().phase === 'up-to-date', 'C up to date', 120_000);
    // Every tombstone is kept (a late put of one of them with an older clock stays deleted).
    expect(readClock(c.vault, 'test-note gone-199999')).toMatchObject({ d: 1 });
    expect(c.engine.status().unreadable).toBe(0);
  }, 240_000);

  it('records saved together (putMany) are queued in the same transaction and reach B', async () => {
    const server = memoryServer();
    const { a, b } = await linkPair(server);
    const items = [
      { kind: 'test-note' as const, id: 'many-1', value: { text: 'one' } },
      { kind: 'test-note' as const, id: 'many-2', value: { text: 'two' } },
    ];
    await a.vault.putMany([...items, ...queueMany(a.vault, items)]);
    await until(() => b.note('many-1') === 'one' && b.note('many-2') === 'two', 'both on B');
  });

  it('keeps clocks in buckets, and folds the per-record clocks of an earlier build into them', async () => {
    const server = memoryServer();
    const { a, b } = await linkPair(server);
    const items = Array.from({ length: 300 }, (_, i) => ({
      kind: 'test-note' as const,
      id: `bulk-${i}`,
      value: { text: `bulk ${i}` },
    }));
    await a.vault.putMany([...items, ...queueMany(a.vault, items)]);
    await until(() => b.note('bulk-299') === 'bulk 299', 'the bulk on B');
    // 300 notes and 2 devices: their clocks sit in at most CLOCK_BUCKETS records, not 302.
    for (const v of [a.vault, b.vault]) {
      expect(v.list('sync-clock')).toHaveLength(0);
      expect(v.list('sync-clocks').length).toBeLessThanOrEqual(CLOCK_BUCKETS);
      expect(allClocks(v).size).toBe(302);
    }
    // B as an earlier build left it: one 'sync-clock' record per record, no buckets.
    const before = allClocks(b.vault);
    const stamp = new Date().toISOString();
    await b.vault.writeBatch(
      [...before].map(
        ([id, value]) =>
          ({ kind: 'sync-clock', id, at: stamp, updatedAt: stamp, value }) as StoredRecord,
      ),
      b.vault.list('sync-clocks').map((r) => ({ kind: 'sync-clocks' as const, id: r.id })),
    );
    expect(readClock(b.vault, 'test-note bulk-7')).toEqual(before.get('test-note bulk-7'));
    await b.engine.syncNow();
    expect(b.vault.list('sync-clock')).toHaveLength(0);
    expect(allClocks(b.vault)).toEqual(before);
    // The clocks still decide: a newer edit on B wins on A, an older one would not.
    await b.put('bulk-7', 'edited on B');
    await until(() => a.note('bulk-7') === 'edited on B', 'the edit on A');
    expect(allClocks(a.vault).get('test-note bulk-7')).toEqual(
      allClocks(b.vault).get('test-note bulk-7'),
    );
  });

  it('a locked vault does not sync; setting a passcode (a new local data key) does not break sync', async () => {
    const server = memoryServer();
    const { a, b } = await linkPair(server);
    const set = await b.vault.setPasscode('river stones 7');
    expect(set.ok).toBe(true);
    await a.put('while-open', 'after the passcode');
    await until(
      () => b.note('while-open') === 'after the passcode',
      'still syncing after the key change',
    );
    expect(b.vault.lock()).toBe(true);
    await until(() => b.engine.status().phase === 'locked', 'B says locked');
    const requests = server.seen.length;
    await a.put('while-locked', 'waits for B');
    await until(() => a.engine.status().pending === 0, 'A pushed');
    await new Promise((r) => setTimeout(r, 300));
    expect(b.note('while-locked')).toBeUndefined();
    // A pushed (one body); B, locked, sent nothing.
    expect(server.seen.length - requests).toBe(1);
    expect(await b.vault.unlock('river stones 7')).toEqual({ ok: true, value: undefined });
    await until(() => b.note('while-locked') === 'waits for B', 'B catches up after unlock');
  }, 60_000);

  it('a slot can be answered once', async () => {
    const server = memoryServer();
    const a = device(server);
    await a.vault.ready();
    await startVault(a.ctx, 'Phone');
    const offer = await offerLink(a.ctx, '');
    if (!offer.ok) throw new Error(offer.reason);
    const b = device(server);
    const c = device(server);
    await b.vault.ready();
    await c.vault.ready();
    expect((await answerLink(b.ctx, offer.value.slotId)).ok).toBe(true);
    expect(await answerLink(c.ctx, offer.value.slotId)).toEqual({ ok: false, reason: 'slot-used' });
  });
});

describe('safety plan conflicts', () => {
  it('keeps the losing side of a concurrent edit as a dated version in the history, on both', async () => {
    const server = memoryServer();
    const { a, b } = await linkPair(server);
    const version = (id: string, savedAt: string, text: string): PlanVersion => {
      const plan = emptyPlan();
      plan.warningSigns.push({ id: 'w', text });
      return { id, savedAt, plan };
    };
    const currentId = (v: EncryptedVault) => v.get('safety-plan', 'current')?.value.id;
    server.setOffline(true);
    // Each side saves a plan: its version, then 'current' (as the plan feature does) - but B's
    // version record is lost, so only the conflict rule can keep it.
    await writeLocal(
      a.vault,
      'safety-plan',
      'current',
      version('va', '2026-05-01T10:00:00.000Z', 'A edit'),
    );
    await writeLocal(
      a.vault,
      'safety-plan-version',
      'va',
      version('va', '2026-05-01T10:00:00.000Z', 'A edit'),
    );
    await new Promise((r) => setTimeout(r, 3));
    await writeLocal(
      b.vault,
      'safety-plan',
      'current',
      version('vb', '2026-05-01T10:00:01.000Z', 'B edit'),
    );
    server.setOffline(false);
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();
    await until(
      () => JSON.stringify(shared(a.vault)) === JSON.stringify(shared(b.vault)),
      'identical',
    );
    expect(currentId(a.vault)).toBe('vb');
    const history = (v: EncryptedVault) =>
      v
        .list('safety-plan-version')
        .map((r) => r.value.id)
        .sort();
    expect(history(a.vault)).toEqual(['va']);
    expect(history(b.vault)).toEqual(['va']);

    // Now A's side loses and has no version record: it is added to the history.
    server.setOffline(true);
    await writeLocal(
      b.vault,
      'safety-plan',
      'current',
      version('vb2', '2026-05-02T10:00:00.000Z', 'B again'),
    );
    await new Promise((r) => setTimeout(r, 3));
    await writeLocal(
      a.vault,
      'safety-plan',
      'current',
      version('va2', '2026-05-02T10:00:01.000Z', 'A again'),
    );
    server.setOffline(false);
    await b.engine.syncNow();
    await a.engine.syncNow();
    await b.engine.syncNow();
    await until(
      () => JSON.stringify(shared(a.vault)) === JSON.stringify(shared(b.vault)),
      'identical again',
    );
    expect(currentId(a.vault)).toBe('va2');
    expect(history(a.vault)).toEqual(['va', 'vb2']);
    expect(a.vault.get('safety-plan-version', 'vb2')?.value.savedAt).toBe(
      '2026-05-02T10:00:00.000Z',
    );
    expect(b.vault.get('safety-plan-version', 'vb2')?.value.plan.warningSigns[0]?.text).toBe(
      'B again',
    );
  });
});
