// The IndexedDB layer's conditional commit, against fake-indexeddb.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commit, openDatabase, readAll, WriteConflict } from './idb.ts';

// A browser has IDBKeyRange beside indexedDB; Node does not, so give it fake-indexeddb's.
beforeAll(() => {
  vi.stubGlobal('IDBKeyRange', IDBKeyRange);
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const head = (n: number) => Uint8Array.of(1, 1, n & 0xff, n >> 8);
const value = (n: number) => Uint8Array.of(...head(n), 42, 42);
const key = (n: number) => `k${String(n).padStart(4, '0')}`;

async function seeded(n: number) {
  const db = await openDatabase(new IDBFactory(), 'idb-test');
  await commit(db, {
    recordPut: Array.from({ length: n }, (_, i) => [key(i), value(i)] as const),
    metaPut: [['format', 1]],
  });
  return db;
}

const keys = async (db: IDBDatabase) => (await readAll(db)).records.map(([k]) => k);

describe('commit with preconditions', () => {
  for (const n of [3, 600]) {
    it(`writes when every expected value is there (${n} preconditions)`, async () => {
      const db = await seeded(n);
      await commit(db, {
        expectRecords: [
          ...Array.from({ length: n }, (_, i) => [key(i), head(i)] as const),
          ['new', null],
        ],
        expectMeta: [['format', 1]],
        recordPut: [['new', value(9999)]],
        recordDelete: Array.from({ length: n }, (_, i) => key(i)).filter((_, i) => i % 3 !== 1),
        metaPut: [['format', 2]],
      });
      const snap = await readAll(db);
      expect(snap.meta.get('format')).toBe(2);
      // Every kept key survives, even between deleted neighbours (deleted as key ranges).
      expect(snap.records.map(([k]) => k)).toEqual([
        ...Array.from({ length: n }, (_, i) => key(i)).filter((_, i) => i % 3 === 1),
        'new',
      ]);
      expect(new Map(snap.records).get(key(1))).toEqual(value(1));
      db.close();
    });

    it(`writes nothing when one value changed, is gone or appeared (${n} preconditions)`, async () => {
      const db = await seeded(n);
      const before = await keys(db);
      const all = Array.from({ length: n }, (_, i) => [key(i), head(i)] as const);
      const attempts: Array<Parameters<typeof commit>[1]['expectRecords']> = [
        all.map(([k, h], i) => (i === 1 ? ([k, head(777)] as const) : ([k, h] as const))),
        [...all, ['missing', head(1)]],
        [...all, [key(0), null]],
      ];
      for (const expectRecords of attempts) {
        await expect(
          commit(db, {
            expectRecords,
            recordPut: [['new', value(1)]],
            recordDelete: [key(0)],
          }),
        ).rejects.toBeInstanceOf(WriteConflict);
      }
      await expect(
        commit(db, { expectMeta: [['format', 2]], recordDelete: [key(0)] }),
      ).rejects.toBeInstanceOf(WriteConflict);
      expect(await keys(db)).toEqual(before);
      db.close();
    });
  }
});
