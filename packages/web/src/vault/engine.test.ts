// The encrypted vault against fake-indexeddb (a real IndexedDB implementation in memory), with
// real WebCrypto and real Argon2id (at small parameters where the passcode is not the point).
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createEncryptedVault, type EncryptedVault } from './engine.ts';
import { META, RECORDS, readAll } from './idb.ts';
import { VaultLockedError } from './types.ts';

declare module './types.ts' {
  interface RecordKinds {
    'test-note': { text: string };
  }
}

const MARKER = 'MARKER-purple-giraffe-7731';

function fixture(start = Date.parse('2026-03-01T10:00:00Z')) {
  const factory = new IDBFactory();
  let t = start;
  const clock = {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
  const open = () => createEncryptedVault({ indexedDB: factory, name: 'test', now: clock.now });
  return { factory, clock, open };
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

  it('leaves a record that does not decrypt alone, and counts it', async () => {
    const { open, factory } = fixture();
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
    b.close();
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
    expect(await a.changePasscode('first', 'second')).toEqual({ ok: true, value: undefined });
    expect(await a.recoveryCode('second')).toEqual(set);
    a.close();

    const b = f.open();
    await b.ready();
    expect(await b.unlock('first')).toMatchObject({ reason: 'wrong-passcode' });
    f.clock.advance(60_000);
    expect(await b.unlock('second')).toMatchObject({ ok: true });
    expect(await b.removePasscode('second')).toEqual({ ok: true, value: undefined });
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
    newer[13] = 2;
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
