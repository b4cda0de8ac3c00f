// The encrypted vault against fake-indexeddb (a real IndexedDB implementation in memory), with
// real WebCrypto and real Argon2id (at small parameters where the passcode is not the point).
import {
  type DeriveBytes,
  deriveKeyBytes,
  encryptRecord,
  unwrapDataKeyWithDeviceKey,
  unwrapDataKeyWithPasscode,
} from '@onward/crypto';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createEncryptedVault, type EncryptedVault } from './engine.ts';
import { commit, META, openDatabase, RECORDS, readAll } from './idb.ts';
import { openPage, PAGE_PAD, type PageLimits } from './page-layout.ts';
import { newSlot, openRecord, recordJson, sealRecord } from './record-layout.ts';
import { type StoredRecord, VaultLockedError } from './types.ts';

declare module './types.ts' {
  interface RecordKinds {
    'test-note': { text: string };
  }
}

const MARKER = 'MARKER-purple-giraffe-7731';

/**
 * Argon2id through the engine's one `derive` seam, counted. The stored parameters stay today's
 * (64 MiB, t = 3), but the tests run it at 1 MiB, t = 1, so the many derivations here do not
 * take minutes on a busy machine; @onward/crypto's tests pin the real parameters.
 */
function countingDerive() {
  const calls = { n: 0 };
  const derive: DeriveBytes = (secret, salt, params) => {
    calls.n++;
    return deriveKeyBytes(secret, salt, { ...params, m: 1024, t: 1 });
  };
  return { calls, derive };
}

function fixture(start = Date.parse('2026-03-01T10:00:00Z'), pageLimits?: PageLimits) {
  const factory = new IDBFactory();
  let t = start;
  const clock = {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
    set: (ms: number) => {
      t = ms;
    },
  };
  const kdf = countingDerive();
  const open = () =>
    createEncryptedVault({
      indexedDB: factory,
      name: 'test',
      now: clock.now,
      pageLimits,
      derive: kdf.derive,
    });
  return { factory, clock, open, kdf };
}

async function rawBytes(factory: IDBFactory): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = factory.open('test');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const snap = await readAll(db);
  db.close();
  const parts: string[] = [...snap.meta.keys()];
  for (const [slot, bytes] of snap.records) {
    parts.push(slot, new TextDecoder('latin1').decode(bytes));
  }
  for (const v of snap.meta.values()) {
    parts.push(v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : JSON.stringify(v));
  }
  return parts.join('\n');
}

/** Every value in the records store, by key. */
async function storedValues(factory: IDBFactory): Promise<Map<string, Uint8Array>> {
  const db = await openDatabase(factory, 'test');
  const snap = await readAll(db);
  db.close();
  return new Map(snap.records);
}

async function storedMeta(factory: IDBFactory): Promise<Map<string, unknown>> {
  const db = await openDatabase(factory, 'test');
  const snap = await readAll(db);
  db.close();
  return snap.meta;
}

/** Writes straight to storage, as damage, another tab or an older build would. */
async function writeRaw(factory: IDBFactory, change: Parameters<typeof commit>[1]) {
  const db = await openDatabase(factory, 'test');
  await commit(db, change);
  db.close();
}

async function storedDataKey(factory: IDBFactory): Promise<CryptoKey> {
  const meta = await storedMeta(factory);
  const key = await unwrapDataKeyWithDeviceKey(
    meta.get('wrap-device'),
    meta.get('device-key') as CryptoKey,
  );
  if (!key.ok) throw new Error(key.reason);
  return key.value;
}

/**
 * Makes the stored vault look as a build from before manifests left it: no manifest, and the
 * key-check that does not promise one.
 */
async function asBeforeManifests(factory: IDBFactory, key: CryptoKey) {
  await writeRaw(factory, {
    metaDelete: ['manifest', 'manifest-n'],
    metaPut: [
      [
        'key-check',
        await encryptRecord(
          key,
          { kind: 'vault-key-check', id: 'data-key' },
          'onward-key-check-v1',
        ),
      ],
    ],
  });
}

const note = (id: string, text: string, at = '2026-01-01T00:00:00.000Z'): StoredRecord =>
  ({ kind: 'test-note', id, at, updatedAt: at, value: { text } }) as StoredRecord;

async function unlocked(open: () => EncryptedVault) {
  const v = open();
  await v.ready();
  expect(v.status().state).toBe('unlocked');
  return v;
}

describe('encrypted vault', () => {
  it('opens a new vault unlocked, with no passcode', async () => {
    const { open } = fixture();
    const v = await unlocked(open);
    expect(v.status()).toMatchObject({ hasPasscode: false, failures: 0, damaged: 0 });
    v.close();
  });

  it('keeps records across reopening, with `at`, ranges and delete', async () => {
    const { open, clock } = fixture();
    const a = await unlocked(open);
    await a.put('test-note', 'b', { text: 'two' }, { at: '2026-01-02T00:00:00Z' });
    await a.put('test-note', 'a', { text: 'one' }, { at: '2026-01-01T00:00:00Z' });
    clock.advance(1000);
    await a.put('test-note', 'a', { text: 'one, edited' });
    await a.put('test-note', 'c', { text: 'three' });
    await a.delete('test-note', 'c');
    a.close();

    const b = await unlocked(open);
    expect(b.list('test-note').map((r) => [r.id, r.value.text])).toEqual([
      ['a', 'one, edited'],
      ['b', 'two'],
    ]);
    const edited = b.get('test-note', 'a');
    expect(edited?.at).toBe('2026-01-01T00:00:00Z');
    expect(edited?.updatedAt).toBe('2026-03-01T10:00:01.000Z');
    expect(b.list('test-note', { from: '2026-01-02T00:00:00Z' }).map((r) => r.id)).toEqual(['b']);
    b.close();
  });

  it('stores no plaintext: not the value, the kind, the id or the time', async () => {
    const { open, factory } = fixture();
    const v = await unlocked(open);
    await v.put('test-note', `id-${MARKER}`, { text: MARKER }, { at: '2031-07-07T07:07:07Z' });
    v.close();
    const raw = await rawBytes(factory);
    expect(raw).not.toContain(MARKER);
    expect(raw).not.toContain('test-note');
    expect(raw).not.toContain('2031-07-07');
  });

  it('gives the view JSON semantics and never the caller object', async () => {
    const { open } = fixture();
    const v = await unlocked(open);
    const value = { text: 'x', gone: undefined } as { text: string };
    await v.put('test-note', 'a', value);
    value.text = 'changed';
    expect(v.get('test-note', 'a')?.value).toEqual({ text: 'x' });
    v.close();
  });

  it("writeBatch with `parsed` (sync's JSON.parse output) stores the same, checks the entry, and survives a reload", async () => {
    const { open } = fixture();
    const v = await unlocked(open);
    const at = '2026-03-01T10:00:00.000Z';
    const record = JSON.parse(
      JSON.stringify({ kind: 'test-note', id: 'p', at, updatedAt: at, value: { text: 'parsed' } }),
    ) as StoredRecord;
    await v.writeBatch([record], [], { parsed: true, durability: 'relaxed' });
    expect(v.get('test-note', 'p')?.value).toEqual({ text: 'parsed' });
    const bad = { ...record, id: 7 } as unknown as StoredRecord;
    await expect(v.writeBatch([bad], [], { parsed: true })).rejects.toThrow(TypeError);
    v.close();
    const again = await unlocked(open);
    expect(again.get('test-note', 'p')).toEqual(record);
    again.close();
  });

  it('notifies subscribers of the changed kind', async () => {
    const { open } = fixture();
    const v = await unlocked(open);
    const seen: string[] = [];
    const stop = v.subscribe((k) => seen.push(k));
    await v.put('test-note', 'a', { text: 'x' });
    await v.delete('test-note', 'a');
    stop();
    await v.put('test-note', 'b', { text: 'y' });
    expect(seen).toEqual(['test-note', 'test-note']);
    v.close();
  });

  it('leaves a stored value that does not decrypt alone, and counts it', async () => {
    // Pages of one record, so the damaged value holds one of the two records.
    const { open, factory } = fixture(undefined, { records: 1, bytes: 32 * 1024 });
    const a = await unlocked(open);
    await a.put('test-note', 'a', { text: 'keep' });
    await a.put('test-note', 'b', { text: 'damage me' });
    a.close();
    // Flip one byte of one stored envelope.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open('test');
      r.onsuccess = () => resolve(r.result);
    });
    const snap = await readAll(db);
    const [slot, bytes] = snap.records[0] as [string, Uint8Array];
    const changed = bytes.slice();
    changed[20] = (changed[20] as number) ^ 1;
    await new Promise<void>((resolve) => {
      const tx = db.transaction(RECORDS, 'readwrite');
      tx.objectStore(RECORDS).put(changed, slot);
      tx.oncomplete = () => resolve();
    });
    db.close();
    const b = await unlocked(open);
    expect(b.status().damaged).toBe(1);
    expect(b.list('test-note')).toHaveLength(1);
    // Writes go elsewhere: the damaged value is never rewritten or deleted.
    await b.put('test-note', 'c', { text: 'new' });
    b.close();
    expect((await storedValues(factory)).get(slot)).toEqual(changed);
  });

  it('a damaged page hides the records that share it, and is left untouched', async () => {
    const { open, factory } = fixture();
    const a = await unlocked(open);
    await a.put('test-note', 'a', { text: 'one' });
    await a.put('test-note', 'b', { text: 'two' });
    a.close();
    const [[slot, bytes]] = [...(await storedValues(factory))] as [[string, Uint8Array]];
    const changed = bytes.slice();
    changed[40] = (changed[40] as number) ^ 1;
    await writeRaw(factory, { recordPut: [[slot, changed]] });
    const b = await unlocked(open);
    expect(b.status().damaged).toBe(1);
    expect(b.list('test-note')).toEqual([]);
    await b.put('test-note', 'c', { text: 'new' });
    b.close();
    const after = await storedValues(factory);
    expect(after.size).toBe(2);
    expect(after.get(slot)).toEqual(changed);
  });

  it('moving a ciphertext to another slot does not decrypt', async () => {
    const { open, factory } = fixture();
    const a = await unlocked(open);
    await a.put('test-note', 'a', { text: 'one' });
    a.close();
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open('test');
      r.onsuccess = () => resolve(r.result);
    });
    const [slot, bytes] = (await readAll(db)).records[0] as [string, Uint8Array];
    await new Promise<void>((resolve) => {
      const tx = db.transaction(RECORDS, 'readwrite');
      tx.objectStore(RECORDS).delete(slot);
      tx.objectStore(RECORDS).put(bytes, `${slot}x`);
      tx.oncomplete = () => resolve();
    });
    db.close();
    const b = await unlocked(open);
    expect(b.status().damaged).toBe(1);
    expect(b.list('test-note')).toEqual([]);
    b.close();
  });
});

describe('pages (stored format 2)', () => {
  it('keeps records in few padded pages under random ids; a write rewrites one page', async () => {
    const { open, factory } = fixture(undefined, { records: 4, bytes: 32 * 1024 });
    const a = await unlocked(open);
    for (let i = 0; i < 10; i++) await a.put('test-note', `n${i}`, { text: `note ${i}` });
    a.close();
    const before = await storedValues(factory);
    expect(before.size).toBe(3);
    expect((await storedMeta(factory)).get('format')).toBe(2);
    for (const [id, bytes] of before) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      // Envelope: 14-byte head, content byte, padded JSON, 16-byte tag.
      expect((bytes.length - 31) % PAGE_PAD).toBe(0);
    }

    const b = await unlocked(open);
    await b.put('test-note', 'n5', { text: 'edited' });
    b.close();
    const after = await storedValues(factory);
    const changed = [...after].filter(([id, bytes]) => !equal(before.get(id), bytes));
    expect(changed).toHaveLength(1);
    expect(after.size).toBe(3);

    const c = await unlocked(open);
    expect(c.list('test-note').map((r) => r.value.text)).toEqual([
      ...[0, 1, 2, 3, 4].map((i) => `note ${i}`),
      'edited',
      ...[6, 7, 8, 9].map((i) => `note ${i}`),
    ]);
    // Emptying a page deletes it; its slot is not reused for anything else.
    for (let i = 0; i < 10; i++) await c.delete('test-note', `n${i}`);
    c.close();
    expect((await storedValues(factory)).size).toBe(0);
  });

  it('a page moved to another id, or two pages swapped, do not decrypt', async () => {
    const { open, factory } = fixture(undefined, { records: 1, bytes: 32 * 1024 });
    const a = await unlocked(open);
    await a.put('test-note', 'a', { text: 'one' });
    await a.put('test-note', 'b', { text: 'two' });
    a.close();
    const [x, y] = [...(await storedValues(factory))] as [
      [string, Uint8Array],
      [string, Uint8Array],
    ];
    await writeRaw(factory, {
      recordPut: [
        [x[0], y[1]],
        [y[0], x[1]],
      ],
    });
    const b = await unlocked(open);
    expect(b.status().damaged).toBe(2);
    expect(b.list('test-note')).toEqual([]);
    b.close();
  });

  it('two tabs writing to the same page keep both records', async () => {
    const { open, factory } = fixture();
    const first = await unlocked(open);
    await first.put('test-note', 'a', { text: 'one' });
    first.close();
    // Both tabs open the same page; each then writes a new record into it, with no message
    // between them: the second write finds the page changed, reloads it and writes again.
    const tab1 = await unlocked(open);
    const tab2 = await unlocked(open);
    await tab1.put('test-note', 'b', { text: 'from tab 1' });
    await tab2.put('test-note', 'c', { text: 'from tab 2' });
    await tab2.delete('test-note', 'a');
    expect(tab2.list('test-note').map((r) => r.id)).toEqual(['b', 'c']);
    tab1.close();
    tab2.close();
    expect((await storedValues(factory)).size).toBe(1);
    const again = await unlocked(open);
    expect(again.list('test-note').map((r) => r.value.text)).toEqual(['from tab 1', 'from tab 2']);
    again.close();
  });

  it('imports with "replace" into pages, and the vault reopens the same', async () => {
    const source = await unlocked(fixture().open);
    for (let i = 0; i < 9; i++) await source.put('test-note', `n${i}`, { text: `${i}` });
    const file = await source.exportBackup('p');
    if (!file.ok) throw new Error('export failed');
    source.close();
    const f = fixture(undefined, { records: 4, bytes: 32 * 1024 });
    const b = await unlocked(f.open);
    await b.put('test-note', 'mine', { text: 'mine' });
    const read = await b.readBackup('p', file.value);
    if (!read.ok) throw new Error(read.reason);
    await b.applyImport(read.value, 'replace');
    b.close();
    expect((await storedValues(f.factory)).size).toBe(3);
    const c = await unlocked(f.open);
    expect(c.list('test-note').map((r) => r.id)).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => `n${i}`),
    );
    c.close();
  });
});

describe('stored format 1 (a record per value)', () => {
  /** A vault as an older build left it: format 1, each record its own envelope. */
  async function formatOneVault(
    f: ReturnType<typeof fixture>,
    records: StoredRecord[],
    passcode?: string,
  ) {
    const a = await unlocked(f.open);
    if (passcode) await a.setPasscode(passcode);
    a.close();
    const key = passcode
      ? await unwrapDataKeyWithPasscode(
          (await storedMeta(f.factory)).get('wrap-passcode'),
          passcode,
          { derive: f.kdf.derive },
        )
      : await unwrapDataKeyWithDeviceKey(
          (await storedMeta(f.factory)).get('wrap-device'),
          (await storedMeta(f.factory)).get('device-key') as CryptoKey,
        );
    if (!key.ok) throw new Error(key.reason);
    const recordPut: Array<[string, Uint8Array]> = [];
    for (const r of records) {
      const slot = newSlot();
      recordPut.push([slot, await sealRecord(key.value, slot, recordJson(r))]);
    }
    await writeRaw(f.factory, { recordPut, metaPut: [['format', 1]] });
    await asBeforeManifests(f.factory, key.value);
    return { key: key.value, slots: recordPut };
  }

  it('moves every record into pages on the first unlock, in one step; damaged ones stay', async () => {
    const f = fixture(undefined, { records: 4, bytes: 32 * 1024 });
    const records = Array.from({ length: 10 }, (_, i) => note(`n${i}`, `old ${i}`));
    const { key, slots } = await formatOneVault(f, records);
    // One damaged format-1 record: counted and left exactly as it is.
    const junk: [string, Uint8Array] = [newSlot(), Uint8Array.of(1, 1, 9, 9)];
    await writeRaw(f.factory, { recordPut: [junk] });

    const a = await unlocked(f.open);
    expect(a.status().damaged).toBe(1);
    expect(a.list('test-note')).toEqual(records);
    a.close();
    const stored = await storedValues(f.factory);
    expect((await storedMeta(f.factory)).get('format')).toBe(2);
    for (const [slot] of slots) expect(stored.has(slot)).toBe(false);
    expect(stored.get(junk[0])).toEqual(junk[1]);
    stored.delete(junk[0]);
    expect(stored.size).toBe(3);
    const pages = await Promise.all([...stored].map(([id, bytes]) => openPage(key, id, bytes)));
    expect(
      pages
        .flatMap((p) => (p.ok ? p.value : []))
        .map((r) => r.id)
        .sort(),
    ).toEqual(records.map((r) => r.id).sort());

    const b = await unlocked(f.open);
    expect(b.list('test-note')).toEqual(records);
    expect(b.status().damaged).toBe(1);
    b.close();
  });

  it('migrates hundreds of records at once; damaged values between them stay', async () => {
    // Many old values take commit's bulk path (key ranges), which needs IDBKeyRange.
    vi.stubGlobal('IDBKeyRange', IDBKeyRange);
    onTestFinished(() => {
      vi.unstubAllGlobals();
    });
    const f = fixture();
    const records = Array.from({ length: 400 }, (_, i) =>
      note(`n${String(i).padStart(3, '0')}`, `old ${i}`),
    );
    const { slots } = await formatOneVault(f, records);
    const junk = Array.from({ length: 20 }, () => [newSlot(), Uint8Array.of(1, 1, 7)] as const);
    await writeRaw(f.factory, { recordPut: junk });
    const a = await unlocked(f.open);
    expect(a.status().damaged).toBe(20);
    a.close();
    const stored = await storedValues(f.factory);
    for (const [slot] of slots) expect(stored.has(slot)).toBe(false);
    for (const [slot, bytes] of junk) expect(stored.get(slot)).toEqual(bytes);
    expect(stored.size).toBe(20 + 4);
    const b = await unlocked(f.open);
    expect(b.list('test-note')).toEqual(records);
    b.close();
  });

  it('migrates on the first unlock with the passcode, and keeps working', async () => {
    const f = fixture();
    const { slots } = await formatOneVault(f, [note('a', 'one'), note('b', 'two')], 'p');
    const b = f.open();
    await b.ready();
    expect(b.status().state).toBe('locked');
    // Locked: nothing could be moved yet.
    expect((await storedMeta(f.factory)).get('format')).toBe(1);
    expect(await b.unlock('p')).toMatchObject({ ok: true });
    expect((await storedMeta(f.factory)).get('format')).toBe(2);
    const stored = await storedValues(f.factory);
    for (const [slot] of slots) expect(stored.has(slot)).toBe(false);
    await b.put('test-note', 'a', { text: 'edited' });
    await b.delete('test-note', 'b');
    b.close();
    const c = f.open();
    await c.ready();
    await c.unlock('p');
    expect(c.list('test-note').map((r) => r.value.text)).toEqual(['edited']);
    c.close();
  });

  it('a format-1 record written later (an older tab) is read, newest copy wins, then moved', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    await a.put('test-note', 'a', { text: 'in a page' });
    a.close();
    const key = await storedDataKey(f.factory);
    await asBeforeManifests(f.factory, key);
    const newer = note('a', 'newer, format 1', '2026-04-01T00:00:00.000Z');
    const slot = newSlot();
    const envelope = await sealRecord(key, slot, recordJson(newer));
    expect(await openRecord(key, slot, envelope)).toMatchObject({ ok: true });
    await writeRaw(f.factory, { recordPut: [[slot, envelope]] });

    const b = await unlocked(f.open);
    expect(b.get('test-note', 'a')?.value.text).toBe('newer, format 1');
    b.close();
    const stored = await storedValues(f.factory);
    expect(stored.has(slot)).toBe(false);
    expect(stored.size).toBe(1);
    const c = await unlocked(f.open);
    expect(c.list('test-note')).toEqual([newer]);
    c.close();
  });
});

function equal(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

describe('passcode lock', () => {
  it('locks after a reload, refuses writes, and the right passcode restores every record', async () => {
    const { open } = fixture();
    const a = await unlocked(open);
    await a.put('test-note', 'a', { text: 'one' });
    const code = await a.setPasscode('correct horse');
    expect(code.ok).toBe(true);
    await a.put('test-note', 'b', { text: 'two' });
    a.close();

    const b = open();
    await b.ready();
    expect(b.status()).toMatchObject({ state: 'locked', hasPasscode: true });
    expect(b.list('test-note')).toEqual([]);
    await expect(b.put('test-note', 'c', { text: 'x' })).rejects.toBeInstanceOf(VaultLockedError);
    expect(await b.unlock('correct horse')).toEqual({ ok: true, value: undefined });
    expect(b.list('test-note').map((r) => r.value.text)).toEqual(['one', 'two']);
    b.close();
  });

  it('a wrong passcode fails with a growing delay that survives a reload', async () => {
    const { open, clock } = fixture();
    const a = await unlocked(open);
    await a.setPasscode('right');
    a.lock();
    expect(a.status().state).toBe('locked');
    expect(await a.unlock('wrong')).toMatchObject({ ok: false, reason: 'wrong-passcode' });
    const first = a.status().retryAt - clock.now().getTime();
    // Too soon: refused without trying, even the right passcode.
    expect(await a.unlock('right')).toMatchObject({ ok: false, reason: 'too-soon' });
    a.close();

    const b = open();
    await b.ready();
    expect(b.status().failures).toBe(1);
    clock.advance(first);
    expect(await b.unlock('wrong again')).toMatchObject({ ok: false, reason: 'wrong-passcode' });
    const second = b.status().retryAt - clock.now().getTime();
    expect(second).toBeGreaterThan(first);
    clock.advance(second);
    expect(await b.unlock('right')).toMatchObject({ ok: true });
    expect(b.status()).toMatchObject({ state: 'unlocked', failures: 0, retryAt: 0 });
    b.close();
  });

  it('a wrong current passcode when changing it counts as a wrong attempt', async () => {
    const { open } = fixture();
    const a = await unlocked(open);
    await a.put('test-note', 'a', { text: 'one' });
    await a.setPasscode('first');
    expect(await a.changePasscode('nope', 'second')).toMatchObject({ reason: 'wrong-passcode' });
    a.close();

    const b = open();
    await b.ready();
    // The failed change attempt counts like any wrong passcode.
    expect(b.status().failures).toBe(1);
    b.close();
  });

  it('change, remove, and recovery code', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    await a.put('test-note', 'a', { text: 'one' });
    const set = await a.setPasscode('first');
    if (!set.ok) throw new Error('set failed');
    const changed = await a.changePasscode('first', 'second');
    if (!changed.ok) throw new Error('change failed');
    // A new recovery code with every change (the data key is new).
    expect(changed.value).not.toBe(set.value);
    expect(await a.recoveryCode('second')).toEqual(changed);
    a.close();

    const b = f.open();
    await b.ready();
    expect(await b.unlock('first')).toMatchObject({ reason: 'wrong-passcode' });
    f.clock.advance(60_000);
    expect(await b.unlock('second')).toMatchObject({ ok: true });
    expect(await b.removePasscode('second')).toMatchObject({ ok: true });
    b.close();

    const c = await unlocked(f.open);
    expect(c.status().hasPasscode).toBe(false);
    expect(c.get('test-note', 'a')?.value.text).toBe('one');
    expect(c.lock()).toBe(false);
    c.close();
  });

  it('the recovery code opens a vault whose passcode is lost, and sets a new one', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    await a.put('test-note', 'a', { text: 'one' });
    const set = await a.setPasscode('forgotten');
    if (!set.ok) throw new Error('set failed');
    a.close();

    const b = f.open();
    await b.ready();
    expect(await b.unlockWithRecoveryCode('0000-0000', 'new')).toMatchObject({
      reason: 'invalid-code',
    });
    expect(await b.unlockWithRecoveryCode(set.value, 'new one')).toMatchObject({ ok: true });
    expect(b.get('test-note', 'a')?.value.text).toBe('one');
    b.close();

    const c = f.open();
    await c.ready();
    expect(await c.unlock('new one')).toMatchObject({ ok: true });
    c.close();
  });

  it('a recovery code from another vault is refused', async () => {
    const one = fixture();
    const other = fixture();
    const a = await unlocked(one.open);
    const foreign = await (await unlocked(other.open)).recoveryCode();
    if (!foreign.ok) throw new Error('no code');
    await a.setPasscode('x');
    a.lock();
    expect(await a.unlockWithRecoveryCode(foreign.value, 'y')).toMatchObject({
      reason: 'wrong-code',
    });
    a.close();
  });

  it('the passcode really is needed: no device wrapping is left once it is set', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    await a.setPasscode('p');
    a.close();
    const raw = await rawBytes(f.factory);
    expect(raw).toContain('wrap-passcode');
    expect(raw).not.toContain('wrap-device');
    expect(raw).toContain('"alg":"argon2id","m":65536,"t":3,"p":1');
  });
});

describe('backup and restore', () => {
  it('exports, and imports into a fresh vault every record', async () => {
    const a = await unlocked(fixture().open);
    await a.put('test-note', 'a', { text: 'one' }, { at: '2026-01-01T00:00:00Z' });
    await a.put('test-note', 'b', { text: 'two' });
    const file = await a.exportBackup('backup words');
    if (!file.ok) throw new Error('export failed');
    a.close();

    const fresh = fixture();
    const b = await unlocked(fresh.open);
    const read = await b.readBackup('backup words', file.value);
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.preview).toMatchObject({ incoming: 2, existing: 0, afterMerge: 2 });
    await b.applyImport(read.value, 'merge');
    b.close();
    const c = await unlocked(fresh.open);
    expect(c.list('test-note').map((r) => [r.id, r.value.text, r.at])).toEqual([
      ['a', 'one', '2026-01-01T00:00:00Z'],
      ['b', 'two', '2026-03-01T10:00:00.000Z'],
    ]);
    c.close();
  });

  it('refuses a wrong passphrase, a truncated, tampered or foreign file; nothing changes', async () => {
    const a = await unlocked(fixture().open);
    await a.put('test-note', 'a', { text: 'from backup' });
    const file = await a.exportBackup('pass');
    if (!file.ok) throw new Error('export failed');
    await a.put('test-note', 'mine', { text: 'mine' });
    const bytes = file.value;
    const tampered = bytes.slice();
    tampered[bytes.length - 3] = (tampered[bytes.length - 3] as number) ^ 0x40;
    const newer = bytes.slice();
    newer[4] = 3;
    const cases: Array<[Uint8Array, string, string]> = [
      [bytes, 'wrong', 'wrong-passphrase'],
      [bytes.slice(0, bytes.length - 10), 'pass', 'truncated'],
      [tampered, 'pass', 'wrong-passphrase'],
      [new TextEncoder().encode('PK\u0003\u0004 a zip file'), 'pass', 'not-a-backup'],
      [newer, 'pass', 'unsupported-version'],
    ];
    for (const [input, passphrase, reason] of cases) {
      expect(await a.readBackup(passphrase, input)).toEqual({ ok: false, reason });
    }
    expect(a.list('test-note').map((r) => r.id)).toEqual(['a', 'mine']);
    a.close();
  });

  it('merge keeps both sides, newer wins; replace keeps only the file', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    await a.put('test-note', 'shared', { text: 'old' });
    await a.put('test-note', 'only-file', { text: 'file' });
    f.clock.advance(1000);
    await a.put('test-note', 'shared', { text: 'new' });
    const file = await a.exportBackup('p');
    if (!file.ok) throw new Error('export failed');
    a.close();

    const g = fixture(Date.parse('2026-02-01T00:00:00Z'));
    const b = await unlocked(g.open);
    await b.put('test-note', 'shared', { text: 'device, older' });
    await b.put('test-note', 'only-device', { text: 'device' });
    const read = await b.readBackup('p', file.value);
    if (!read.ok) throw new Error(read.reason);
    expect(read.value.preview).toEqual({
      incoming: 2,
      existing: 2,
      inBoth: 1,
      newerInFile: 1,
      afterMerge: 3,
    });
    await b.applyImport(read.value, 'merge');
    expect(b.list('test-note').map((r) => `${r.id}=${r.value.text}`)).toEqual([
      'only-device=device',
      'only-file=file',
      'shared=new',
    ]);
    await b.applyImport(read.value, 'replace');
    b.close();
    const c = await unlocked(g.open);
    expect(
      c
        .list('test-note')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['only-file', 'shared']);
    c.close();
  });
});

describe('crisis copy and delete everything', () => {
  it('the crisis copy opens while locked, and only an unlocked vault can change it', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    await a.setCrisisCopy({
      copingStrategies: ['cold water on my face'],
      people: [{ name: 'Sam', phone: '07700 900123' }],
      professionals: [],
    });
    await a.setPasscode('p');
    a.close();
    const b = f.open();
    await b.ready();
    expect(b.status().state).toBe('locked');
    expect((await b.getCrisisCopy())?.people[0]?.name).toBe('Sam');
    await expect(b.setCrisisCopy(null)).rejects.toBeInstanceOf(VaultLockedError);
    b.close();
    expect(await rawBytes(f.factory)).not.toContain('Sam');
  });

  it('delete everything leaves a new, empty vault', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    await a.put('test-note', 'a', { text: 'x' });
    await a.setCrisisCopy({ copingStrategies: ['x'], people: [], professionals: [] });
    await a.setPasscode('p');
    await a.deleteEverything();
    expect(a.status()).toMatchObject({ state: 'unlocked', hasPasscode: false });
    expect(a.list('test-note')).toEqual([]);
    expect(await a.getCrisisCopy()).toBeUndefined();
    a.close();
  });
});

describe('storage unavailable', () => {
  it('works in memory for the visit and says so', async () => {
    const v = createEncryptedVault({ indexedDB: undefined, name: 'x' });
    await v.ready();
    expect(v.status().state).toBe('unavailable');
    await v.put('test-note', 'a', { text: 'x' });
    expect(v.get('test-note', 'a')?.value.text).toBe('x');
  });
});

// Keep the meta store name referenced so a rename is caught here too.
void META;

/** Every stored page that opens under `key` (none should, for a key from before a change). */
async function pagesOpenedBy(factory: IDBFactory, key: CryptoKey): Promise<number> {
  let opened = 0;
  for (const [id, bytes] of await storedValues(factory)) {
    if ((await openPage(key, id, bytes)).ok) opened++;
  }
  return opened;
}

/** Makes the `n`th put into the records store (counting from 1) throw, until restored. */
function throwOnRecordPut(n: number) {
  const put = IDBObjectStore.prototype.put;
  let puts = 0;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name === 'records' && ++puts === n) throw new Error('injected');
    return put.apply(this, args);
  });
  onTestFinished(() => spy.mockRestore());
  return spy;
}

describe('a fresh data key at every passcode change (issue 10, findings 1 and 2)', () => {
  it('set, change and remove each re-encrypt every page under a new key; old wrappings open nothing current', async () => {
    const f = fixture(undefined, { records: 4, bytes: 32 * 1024 });
    const a = await unlocked(f.open);
    for (let i = 0; i < 10; i++) await a.put('test-note', `n${i}`, { text: `note ${i}` });
    const before = await storedMeta(f.factory);
    const deviceKey = before.get('device-key') as CryptoKey;
    const oldDeviceWrap = before.get('wrap-device');
    const firstKey = await storedDataKey(f.factory);
    const firstCode = await a.recoveryCode();
    if (!firstCode.ok) throw new Error('no code');
    expect(await pagesOpenedBy(f.factory, firstKey)).toBe(3);

    const set = await a.setPasscode('first passcode');
    if (!set.ok) throw new Error('set failed');
    expect(set.value).not.toBe(firstCode.value);
    // The old device wrapping (as it may linger on disk) still unwraps the OLD key...
    const old = await unwrapDataKeyWithDeviceKey(oldDeviceWrap, deviceKey);
    if (!old.ok) throw new Error(old.reason);
    // ...which opens no page stored now.
    expect(await pagesOpenedBy(f.factory, old.value)).toBe(0);
    const setWrap = (await storedMeta(f.factory)).get('wrap-passcode');
    const setKey = await unwrapDataKeyWithPasscode(setWrap, 'first passcode', {
      derive: f.kdf.derive,
    });
    if (!setKey.ok) throw new Error(setKey.reason);
    expect(await pagesOpenedBy(f.factory, setKey.value)).toBe(3);
    await a.put('test-note', 'later', { text: 'written after the passcode' });
    expect(await pagesOpenedBy(f.factory, old.value)).toBe(0);

    const changed = await a.changePasscode('first passcode', 'second passcode');
    if (!changed.ok) throw new Error('change failed');
    expect(await pagesOpenedBy(f.factory, setKey.value)).toBe(0);
    // The old passcode's wrapping, with the old (weak) passcode guessed, opens nothing now.
    const viaOldWrap = await unwrapDataKeyWithPasscode(setWrap, 'first passcode', {
      derive: f.kdf.derive,
    });
    expect(viaOldWrap.ok && (await pagesOpenedBy(f.factory, viaOldWrap.value))).toBe(0);

    const changedKey = await unwrapDataKeyWithPasscode(
      (await storedMeta(f.factory)).get('wrap-passcode'),
      'second passcode',
      { derive: f.kdf.derive },
    );
    if (!changedKey.ok) throw new Error(changedKey.reason);
    const removed = await a.removePasscode('second passcode');
    if (!removed.ok) throw new Error('remove failed');
    expect(await pagesOpenedBy(f.factory, changedKey.value)).toBe(0);
    expect(await pagesOpenedBy(f.factory, await storedDataKey(f.factory))).toBe(3);
    expect(new Set([firstCode.value, set.value, changed.value, removed.value]).size).toBe(4);
    expect(a.list('test-note')).toHaveLength(11);
    a.close();

    const b = await unlocked(f.open);
    expect(b.list('test-note')).toHaveLength(11);
    expect(b.status()).toMatchObject({ damaged: 0, rolledBack: 0 });
    // Every earlier recovery code is refused; the current one works.
    for (const code of [firstCode.value, set.value, changed.value]) {
      expect(await b.unlockWithRecoveryCode(code, 'x y z w 1 2')).toEqual({
        ok: false,
        reason: 'wrong-code',
      });
    }
    expect(await b.unlockWithRecoveryCode(removed.value, '')).toMatchObject({ ok: true });
    b.close();
  });

  it('an earlier recovery code stops working after set, change and remove; the kit again needs the passcode', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    await a.put('test-note', 'a', { text: 'one' });
    const photographed = await a.recoveryCode();
    if (!photographed.ok) throw new Error('no code');
    const set = await a.setPasscode('a long passcode');
    if (!set.ok) throw new Error('set failed');
    // Showing the kit again asks for the passcode, even while unlocked.
    expect(await a.recoveryCode()).toMatchObject({ ok: false, reason: 'wrong-passcode' });
    f.clock.advance(60_000);
    expect(await a.recoveryCode('a long passcode')).toEqual(set);
    a.close();

    const b = f.open();
    await b.ready();
    expect(await b.unlockWithRecoveryCode(photographed.value, 'taken over')).toEqual({
      ok: false,
      reason: 'wrong-code',
    });
    // The current code works once; it is then replaced too (the vault moves to a new key).
    const recovered = await b.unlockWithRecoveryCode(set.value, 'my new passcode');
    if (!recovered.ok) throw new Error(recovered.reason);
    expect(recovered.value).not.toBe(set.value);
    expect(b.get('test-note', 'a')?.value.text).toBe('one');
    b.lock();
    expect(await b.unlockWithRecoveryCode(set.value, 'again')).toMatchObject({
      reason: 'wrong-code',
    });
    b.close();
  });

  it('a change interrupted while committing changes nothing (one transaction)', async () => {
    const f = fixture(undefined, { records: 2, bytes: 32 * 1024 });
    const a = await unlocked(f.open);
    for (let i = 0; i < 6; i++) await a.put('test-note', `n${i}`, { text: `note ${i}` });
    const storedBefore = await storedValues(f.factory);
    const metaBefore = await storedMeta(f.factory);
    const spy = throwOnRecordPut(2);
    await expect(a.setPasscode('a long passcode')).rejects.toThrow('injected');
    spy.mockRestore();
    a.close();
    expect(await storedValues(f.factory)).toEqual(storedBefore);
    const metaAfter = await storedMeta(f.factory);
    expect([...metaAfter.keys()].sort()).toEqual([...metaBefore.keys()].sort());
    expect(metaAfter.get('wrap-device')).toEqual(metaBefore.get('wrap-device'));
    const b = await unlocked(f.open);
    expect(b.status().hasPasscode).toBe(false);
    expect(b.list('test-note')).toHaveLength(6);
    b.close();
  });

  it('another open tab lets the old key go when the passcode is set elsewhere', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    const b = await unlocked(f.open);
    await a.put('test-note', 'a', { text: 'one' });
    await a.setPasscode('a long passcode');
    // No channel in tests: tab b learns at its next write, which is refused, never stored
    // under the old key.
    await expect(b.put('test-note', 'b', { text: 'two' })).rejects.toBeInstanceOf(VaultLockedError);
    expect(b.status()).toMatchObject({ state: 'locked', hasPasscode: true });
    expect(b.list('test-note')).toEqual([]);
    a.close();
    b.close();
    const c = f.open();
    await c.ready();
    expect(await c.unlock('a long passcode')).toMatchObject({ ok: true });
    expect(c.list('test-note').map((r) => r.id)).toEqual(['a']);
    expect(c.status().damaged).toBe(0);
    c.close();
  });
});

function parseStoredAttempts(meta: Map<string, unknown>): { failures: number; notBefore: number } {
  const a = meta.get('attempts') as { failures: number; notBefore: number } | undefined;
  return a ?? { failures: 0, notBefore: 0 };
}

describe('wrong passcodes across tabs and clocks (issue 10, findings 5 and 6)', () => {
  it('eight tabs guessing at once get one guess checked; the counter says so', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    await a.setPasscode('the right one');
    a.close();
    const tabs = Array.from({ length: 8 }, () => f.open());
    await Promise.all(tabs.map((t) => t.ready()));
    const derivedBefore = f.kdf.calls.n;
    const results = await Promise.all(tabs.map((t, i) => t.unlock(`guess ${i}`)));
    const reasons = results.map((r) => (r.ok ? 'ok' : r.reason));
    expect(reasons.filter((r) => r === 'wrong-passcode')).toHaveLength(1);
    expect(reasons.filter((r) => r === 'too-soon')).toHaveLength(7);
    expect(f.kdf.calls.n - derivedBefore).toBe(1);
    expect(parseStoredAttempts(await storedMeta(f.factory))).toMatchObject({ failures: 1 });

    // The next allowed slot: again one guess among eight, and the counter rises by one.
    f.clock.advance(1000);
    const again = await Promise.all(tabs.map((t, i) => t.unlock(`guess ${i + 8}`)));
    expect(again.filter((r) => !r.ok && r.reason === 'wrong-passcode')).toHaveLength(1);
    expect(f.kdf.calls.n - derivedBefore).toBe(2);
    expect(parseStoredAttempts(await storedMeta(f.factory))).toMatchObject({ failures: 2 });
    f.clock.advance(2000);
    expect(await tabs[0]?.unlock('the right one')).toMatchObject({ ok: true });
    expect((await storedMeta(f.factory)).has('attempts')).toBe(false);
    for (const t of tabs) t.close();
  });

  it('the wait runs from when a wrong answer is known, however long Argon2id took', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    await a.setPasscode('the right one');
    a.close();
    // Argon2id that takes 5 s of the (injected) clock, longer than the first waits.
    const slow = createEncryptedVault({
      indexedDB: f.factory,
      name: 'test',
      now: f.clock.now,
      derive: async (secret, salt, params) => {
        f.clock.advance(5000);
        return f.kdf.derive(secret, salt, params);
      },
    });
    await slow.ready();
    expect(await slow.unlock('wrong')).toMatchObject({ reason: 'wrong-passcode' });
    expect(slow.status().retryAt - f.clock.now().getTime()).toBe(1000);
    expect(await slow.unlock('the right one')).toMatchObject({ reason: 'too-soon' });
    slow.close();
  });

  it('a clock moved back (a stored wait a year ahead) costs one ordinary wait, not the year', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    await a.setPasscode('the right one');
    a.close();
    const now = f.clock.now().getTime();
    const year = 365 * 24 * 3600 * 1000;
    await writeRaw(f.factory, { metaPut: [['attempts', { failures: 3, notBefore: now + year }]] });
    const b = f.open();
    await b.ready();
    // Shown: at most the delay three failures earn (4 s), never the year.
    expect(b.status().retryAt - now).toBeLessThanOrEqual(4000);
    expect(await b.unlock('the right one')).toMatchObject({ reason: 'too-soon' });
    expect(parseStoredAttempts(await storedMeta(f.factory)).notBefore - now).toBeLessThanOrEqual(
      4000,
    );
    f.clock.advance(4001);
    expect(await b.unlock('the right one')).toMatchObject({ ok: true });
    b.close();
  });
});

describe('the page manifest (issue 10, finding 7)', () => {
  it('an older copy of a page put back is refused, counted and left untouched', async () => {
    const f = fixture(undefined, { records: 2, bytes: 32 * 1024 });
    const a = await unlocked(f.open);
    await a.put('test-note', 'contact', { text: 'a contact later removed' });
    await a.put('test-note', 'other', { text: 'stays' });
    const old = await storedValues(f.factory);
    await a.put('test-note', 'other', { text: 'stays, edited' });
    await a.delete('test-note', 'contact');
    a.close();
    // Someone puts the old ciphertexts back.
    await writeRaw(f.factory, { recordPut: [...old] });
    const b = await unlocked(f.open);
    expect(b.get('test-note', 'contact')).toBeUndefined();
    expect(b.status().rolledBack).toBe(1);
    expect(b.status().damaged).toBe(0);
    await b.put('test-note', 'new', { text: 'still writes' });
    b.close();
    // Left exactly as put back (never deleted), and still refused.
    const stored = await storedValues(f.factory);
    for (const [id, bytes] of old) expect(stored.get(id)).toEqual(bytes);
    const c = await unlocked(f.open);
    expect(c.get('test-note', 'contact')).toBeUndefined();
    expect(c.list('test-note').map((r) => r.id)).toEqual(['new']);
    expect(c.status().rolledBack).toBe(1);
    c.close();
  });

  it('a page deleted from storage is noticed', async () => {
    const f = fixture(undefined, { records: 1, bytes: 32 * 1024 });
    const a = await unlocked(f.open);
    await a.put('test-note', 'a', { text: 'one' });
    await a.put('test-note', 'b', { text: 'two' });
    a.close();
    const [first] = [...(await storedValues(f.factory)).keys()];
    await writeRaw(f.factory, { recordDelete: [first as string] });
    const b = await unlocked(f.open);
    expect(b.list('test-note')).toHaveLength(1);
    expect(b.status().rolledBack).toBe(1);
    b.close();
  });

  it('a deleted manifest is noticed; a vault from before manifests gets one at its first unlock', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    await a.put('test-note', 'a', { text: 'one' });
    a.close();
    await writeRaw(f.factory, { metaDelete: ['manifest'] });
    const b = await unlocked(f.open);
    expect(b.status().rolledBack).toBe(1);
    expect(b.list('test-note')).toHaveLength(1);
    b.close();
    const c = await unlocked(f.open);
    expect(c.status().rolledBack).toBe(0);
    c.close();

    const g = fixture();
    const d = await unlocked(g.open);
    await d.put('test-note', 'a', { text: 'one' });
    d.close();
    await asBeforeManifests(g.factory, await storedDataKey(g.factory));
    const e = await unlocked(g.open);
    expect(e.status().rolledBack).toBe(0);
    expect(e.list('test-note')).toHaveLength(1);
    e.close();
    expect((await storedMeta(g.factory)).has('manifest')).toBe(true);
  });
});

describe('commit aborts on any throw (issue 10, finding 9)', () => {
  it('a throw on the third put of a "replace" import leaves everything as it was', async () => {
    const f = fixture(undefined, { records: 2, bytes: 32 * 1024 });
    const a = await unlocked(f.open);
    for (let i = 0; i < 6; i++) await a.put('test-note', `mine${i}`, { text: `mine ${i}` });
    const file = await a.exportBackup('pass');
    if (!file.ok) throw new Error('export failed');
    for (let i = 0; i < 6; i++) await a.put('test-note', `mine${i}`, { text: `edited ${i}` });
    const read = await a.readBackup('pass', file.value);
    if (!read.ok) throw new Error(read.reason);
    const before = await storedValues(f.factory);
    const spy = throwOnRecordPut(3);
    await expect(a.applyImport(read.value, 'replace')).rejects.toThrow('injected');
    spy.mockRestore();
    a.close();
    expect(await storedValues(f.factory)).toEqual(before);
    const b = await unlocked(f.open);
    expect(b.list('test-note').map((r) => r.value.text)).toEqual(
      Array.from({ length: 6 }, (_, i) => `edited ${i}`),
    );
    expect(b.status().rolledBack).toBe(0);
    b.close();
  });
});

describe('one transaction for a batch, padded crisis copy (issue 10, finding 10)', () => {
  it('putMany saves every record and the opted-in crisis copy together, or nothing', async () => {
    const f = fixture(undefined, { records: 1, bytes: 32 * 1024 });
    const a = await unlocked(f.open);
    await a.setCrisisCopy({ copingStrategies: ['walk'], people: [], professionals: [] });
    const before = await storedValues(f.factory);
    const copyBefore = (await storedMeta(f.factory)).get('crisis-copy');
    const spy = throwOnRecordPut(2);
    await expect(
      a.putMany(
        [
          { kind: 'test-note', id: 'version', value: { text: 'v2' } },
          { kind: 'test-note', id: 'current', value: { text: 'v2' } },
        ],
        { crisisCopy: { copingStrategies: ['call a friend'], people: [], professionals: [] } },
      ),
    ).rejects.toThrow('injected');
    spy.mockRestore();
    expect(await storedValues(f.factory)).toEqual(before);
    expect((await storedMeta(f.factory)).get('crisis-copy')).toEqual(copyBefore);

    await a.putMany(
      [
        { kind: 'test-note', id: 'version', value: { text: 'v2' } },
        { kind: 'test-note', id: 'current', value: { text: 'v2' } },
      ],
      { crisisCopy: { copingStrategies: ['call a friend'], people: [], professionals: [] } },
    );
    a.close();
    const b = await unlocked(f.open);
    expect(b.list('test-note').map((r) => r.id)).toEqual(['current', 'version']);
    expect((await b.getCrisisCopy())?.copingStrategies).toEqual(['call a friend']);
    b.close();
  });

  it('putMany does not create a crisis copy the person did not opt in to', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    await a.putMany([{ kind: 'test-note', id: 'x', value: { text: 'x' } }], {
      crisisCopy: { copingStrategies: ['walk'], people: [], professionals: [] },
    });
    expect(await a.getCrisisCopy()).toBeUndefined();
    a.close();
  });

  it('the crisis copy is stored padded: its size does not tell how much it holds', async () => {
    const f = fixture();
    const a = await unlocked(f.open);
    const sizes: number[] = [];
    for (const people of [
      [],
      [{ name: 'Sam', phone: '0700 000000' }],
      [{ name: 'Alex' }, { name: 'Jo', phone: '1', note: 'weekdays' }],
    ]) {
      await a.setCrisisCopy({ copingStrategies: ['walk', 'music'], people, professionals: [] });
      sizes.push(((await storedMeta(f.factory)).get('crisis-copy') as Uint8Array).length);
    }
    expect(new Set(sizes).size).toBe(1);
    expect((await a.getCrisisCopy())?.people).toEqual([
      { name: 'Alex' },
      { name: 'Jo', phone: '1', note: 'weekdays' },
    ]);
    a.close();
  });
});
