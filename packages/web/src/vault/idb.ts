// The vault's IndexedDB layer: one database, two object stores, promise helpers, nothing else.
//
// TRUST BOUNDARY: everything written here is readable by anyone who can open the browser's
// profile (devtools, a backup of the phone, forensic tools). So only these ever reach it:
//   records: opaque random page id -> page envelope bytes (AES-GCM; every record's kind, id,
//            times and value are inside the ciphertext; stored format 2, page-layout.ts), or,
//            in a vault not yet migrated, opaque random slot id -> one record's envelope
//            (stored format 1, record-layout.ts).
//   meta:    the non-extractable device key, the wrapped data key (by device key or by passcode,
//            with the KDF parameters and salt), a key-check envelope, the wrapped crisis-copy key
//            and its envelope, the wrong-passcode counter and the layout version.
// See SECURITY_INVARIANTS.md; e2e/privacy-vault.e2e.ts searches the raw bytes for plaintext.
//
// Writes resolve on the transaction's `complete` event with durability 'strict', so "saved" in
// the UI means the browser has committed the bytes, not merely queued them (sync's writes of
// what the server holds may ask for 'relaxed': see Commit.durability). A write that
// rewrites a page names the envelope it expects to replace (`expectRecords`): another tab may
// have rewritten the same page meanwhile, and overwriting it blindly would lose that tab's
// record. The check and the write are one readwrite transaction, so nothing comes between them.

export const RECORDS = 'records';
export const META = 'meta';
/** Version of this database's layout (object stores and meta keys), for upgrades. */
export const DB_VERSION = 1;

export type MetaKey =
  | 'format'
  | 'device-key'
  | 'wrap-device'
  | 'wrap-passcode'
  | 'key-check'
  | 'attempts'
  | 'wrap-copy'
  | 'crisis-copy'
  | 'manifest'
  | 'manifest-n';

export interface Snapshot {
  meta: Map<string, unknown>;
  records: Array<[slot: string, envelope: Uint8Array]>;
}

export interface Commit {
  metaPut?: ReadonlyArray<readonly [MetaKey, unknown]>;
  metaDelete?: readonly MetaKey[];
  /** Applied before the record puts (import with "replace"). */
  clearRecords?: boolean;
  recordPut?: ReadonlyArray<readonly [string, Uint8Array]>;
  recordDelete?: readonly string[];
  /**
   * Preconditions, checked inside the same transaction before anything is written: each record
   * entry must still start with the given bytes (an envelope's version, algorithm and random IV,
   * which name one encryption), or be absent (null); each meta entry must hold the given
   * primitive. If any does not, nothing is written and commit rejects with WriteConflict.
   */
  expectRecords?: ReadonlyArray<readonly [string, Uint8Array | null]>;
  expectMeta?: ReadonlyArray<readonly [MetaKey, string | number | undefined]>;
  /**
   * 'strict' (the default): resolves once the bytes are flushed to disk. 'relaxed' only for
   * writes that can be fetched again: what sync brings from the server, committed atomically
   * with the cursor, so a crash loses both and the next pull brings them back.
   */
  durability?: 'strict' | 'relaxed';
}

/** A commit's precondition did not hold (another tab wrote first); nothing was written. */
export class WriteConflict extends Error {
  constructor() {
    super('Another tab changed the vault first');
    this.name = 'WriteConflict';
  }
}

const asPromise = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

const done = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

export function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(RECORDS)) db.createObjectStore(RECORDS);
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    // Another tab holds an older version open: it closes on versionchange (see engine).
    request.onblocked = () => undefined;
  });
}

/** Everything, in one read transaction (a consistent snapshot). */
export async function readAll(db: IDBDatabase): Promise<Snapshot> {
  const tx = db.transaction([META, RECORDS], 'readonly');
  const meta = tx.objectStore(META);
  const records = tx.objectStore(RECORDS);
  const [metaKeys, metaValues, slots, envelopes] = await Promise.all([
    asPromise(meta.getAllKeys()),
    asPromise(meta.getAll()),
    asPromise(records.getAllKeys()),
    asPromise(records.getAll()),
  ]);
  await done(tx);
  return {
    meta: new Map(metaKeys.map((k, i) => [String(k), metaValues[i]])),
    records: slots.map((k, i) => [String(k), envelopes[i] as Uint8Array]),
  };
}

/** Every record envelope, in one read transaction. */
export async function readAllRecords(db: IDBDatabase): Promise<Snapshot['records']> {
  const tx = db.transaction(RECORDS, 'readonly');
  const records = tx.objectStore(RECORDS);
  const [slots, envelopes] = await Promise.all([
    asPromise(records.getAllKeys()),
    asPromise(records.getAll()),
  ]);
  await done(tx);
  return slots.map((k, i) => [String(k), envelopes[i] as Uint8Array]);
}

export async function readMeta(db: IDBDatabase, keys: readonly MetaKey[]): Promise<unknown[]> {
  const tx = db.transaction(META, 'readonly');
  const store = tx.objectStore(META);
  const values = await Promise.all(keys.map((k) => asPromise(store.get(k))));
  await done(tx);
  return values;
}

export async function readRecords(
  db: IDBDatabase,
  slots: readonly string[],
): Promise<Array<Uint8Array | undefined>> {
  const tx = db.transaction(RECORDS, 'readonly');
  const store = tx.objectStore(RECORDS);
  const values = await Promise.all(slots.map((s) => asPromise(store.get(s))));
  await done(tx);
  return values as Array<Uint8Array | undefined>;
}

/** Above this many record preconditions, commit reads the store once instead of key by key. */
const BULK_CHECK = 256;

/**
 * One atomic write: all of it is committed, or none of it. Resolves once durable; rejects with
 * WriteConflict (and writes nothing) when a precondition in `change` does not hold.
 */
export async function commit(db: IDBDatabase, change: Commit): Promise<void> {
  const tx = db.transaction([META, RECORDS], 'readwrite', {
    durability: change.durability ?? 'strict',
  });
  const finished = done(tx);
  const meta = tx.objectStore(META);
  const records = tx.objectStore(RECORDS);
  const expected = change.expectRecords ?? [];
  const bulk = expected.length > BULK_CHECK;
  let conflict = false;
  let thrown: { error: unknown } | undefined;
  let sortedKeys: IDBValidKey[] | undefined;
  const queue = () => {
    for (const [k, v] of change.metaPut ?? []) meta.put(v, k);
    for (const k of change.metaDelete ?? []) meta.delete(k);
    if (change.clearRecords) records.clear();
    // Deletes before puts (a commit never deletes and puts the same key), so a key range below
    // can never catch a value this commit adds.
    if (sortedKeys) deleteRuns(records, sortedKeys, new Set(change.recordDelete ?? []));
    else for (const slot of change.recordDelete ?? []) records.delete(slot);
    for (const [slot, bytes] of change.recordPut ?? []) records.put(bytes, slot);
  };
  // Any throw while queueing (a value that cannot be cloned, quota, a bug) aborts the whole
  // transaction: requests already queued must not commit on their own.
  const write = () => {
    try {
      queue();
    } catch (error) {
      thrown = { error };
      try {
        tx.abort();
      } catch {
        // Already finished or aborting.
      }
    }
  };
  // The checks are reads in this same transaction, and the writes are issued from the last
  // check's success callback while the transaction is still active: nothing else can write
  // between the reads and the writes.
  const checks: Array<[IDBRequest, () => boolean]> = [];
  for (const [k, value] of change.expectMeta ?? []) {
    const request = meta.get(k);
    checks.push([request, () => request.result === value]);
  }
  if (bulk) {
    // Migrating thousands of format-1 values: two reads of the whole store cost far less than a
    // read per key, and the sorted keys let the deletes go as a few key ranges.
    const keys = records.getAllKeys();
    const values = records.getAll();
    checks.push([keys, () => true]);
    checks.push([
      values,
      () => {
        sortedKeys = keys.result;
        const stored = new Map(keys.result.map((key, i) => [String(key), values.result[i]]));
        return expected.every(([slot, head]) => startsWith(stored.get(slot), head));
      },
    ]);
  } else {
    for (const [slot, head] of expected) {
      const request = records.get(slot);
      checks.push([request, () => startsWith(request.result, head)]);
    }
  }
  if (checks.length === 0) write();
  else {
    let pending = checks.length;
    for (const [request, holds] of checks) {
      request.onsuccess = () => {
        if (!holds()) conflict = true;
        if (--pending > 0) return;
        if (conflict) tx.abort();
        else write();
      };
    }
  }
  try {
    await finished;
  } catch (e) {
    if (thrown) throw thrown.error;
    if (conflict) throw new WriteConflict();
    throw e;
  }
  if (thrown) throw thrown.error;
}

/**
 * Deletes `doomed` keys as ranges of adjacent keys. `sorted` is every key of the store, read in
 * this transaction, so a range from one doomed key to the next holds nothing else. (A doomed
 * key not in the store is already gone.)
 */
function deleteRuns(store: IDBObjectStore, sorted: readonly IDBValidKey[], doomed: Set<string>) {
  let first: IDBValidKey | undefined;
  let last: IDBValidKey | undefined;
  const flush = () => {
    if (first === undefined || last === undefined) return;
    store.delete(first === last ? first : IDBKeyRange.bound(first, last));
    first = last = undefined;
  };
  for (const key of sorted) {
    if (doomed.has(String(key))) {
      first ??= key;
      last = key;
    } else flush();
  }
  flush();
}

function startsWith(stored: unknown, head: Uint8Array | null): boolean {
  if (head === null) return stored === undefined;
  if (!(stored instanceof Uint8Array) || stored.length < head.length) return false;
  for (let i = 0; i < head.length; i++) if (stored[i] !== head[i]) return false;
  return true;
}

/**
 * Reads `keys` and writes what `decide` returns from them, in ONE readwrite transaction: nothing
 * another tab does can come between the read and the write (the wrong-passcode counter).
 * `decide` runs synchronously inside the transaction; its result is returned once durable.
 */
export async function updateMeta<T>(
  db: IDBDatabase,
  keys: readonly MetaKey[],
  decide: (values: unknown[]) => {
    result: T;
    put?: ReadonlyArray<readonly [MetaKey, unknown]>;
    remove?: readonly MetaKey[];
  },
): Promise<T> {
  const tx = db.transaction(META, 'readwrite', { durability: 'strict' });
  const finished = done(tx);
  const store = tx.objectStore(META);
  const requests = keys.map((k) => store.get(k));
  let outcome: { result: T } | undefined;
  let thrown: { error: unknown } | undefined;
  let pending = requests.length;
  const run = () => {
    try {
      const d = decide(requests.map((r) => r.result));
      for (const [k, v] of d.put ?? []) store.put(v, k);
      for (const k of d.remove ?? []) store.delete(k);
      outcome = { result: d.result };
    } catch (error) {
      thrown = { error };
      tx.abort();
    }
  };
  if (pending === 0) run();
  for (const r of requests) {
    r.onsuccess = () => {
      if (--pending === 0) run();
    };
  }
  try {
    await finished;
  } catch (e) {
    throw thrown ? thrown.error : e;
  }
  if (!outcome) throw new Error('IndexedDB transaction ended without a decision');
  return outcome.result;
}

/**
 * Writes `values` only if none of `guard` keys exist yet, in one transaction (two tabs opening a
 * brand-new vault at once must not create two data keys). Returns false when the guard held.
 */
export async function putMetaIfAbsent(
  db: IDBDatabase,
  guard: readonly MetaKey[],
  values: ReadonlyArray<readonly [MetaKey, unknown]>,
): Promise<boolean> {
  const tx = db.transaction(META, 'readwrite', { durability: 'strict' });
  const finished = done(tx);
  const store = tx.objectStore(META);
  const existing = await Promise.all(guard.map((k) => asPromise(store.count(k))));
  const free = existing.every((n) => n === 0);
  if (free) for (const [k, v] of values) store.put(v, k);
  await finished;
  return free;
}

export function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    // Other tabs close their connection on versionchange; until then the delete waits.
    request.onblocked = () => undefined;
  });
}
