// The vault's IndexedDB layer: one database, two object stores, promise helpers, nothing else.
//
// TRUST BOUNDARY: everything written here is readable by anyone who can open the browser's
// profile (devtools, a backup of the phone, forensic tools). So only these ever reach it:
//   records: opaque random slot id -> record envelope bytes (AES-GCM; kind, id, times and the
//            value are all inside the ciphertext).
//   meta:    the non-extractable device key, the wrapped data key (by device key or by passcode,
//            with the KDF parameters and salt), a key-check envelope, the wrapped crisis-copy key
//            and its envelope, the wrong-passcode counter and the layout version.
// See SECURITY_INVARIANTS.md; e2e/privacy-vault.e2e.ts searches the raw bytes for plaintext.
//
// Writes resolve on the transaction's `complete` event with durability 'strict', so "saved" in
// the UI means the browser has committed the bytes, not merely queued them.

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
  | 'crisis-copy';

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

/** One atomic write: all of it is committed, or none of it. Resolves once durable. */
export async function commit(db: IDBDatabase, change: Commit): Promise<void> {
  const tx = db.transaction([META, RECORDS], 'readwrite', { durability: 'strict' });
  const finished = done(tx);
  const meta = tx.objectStore(META);
  const records = tx.objectStore(RECORDS);
  for (const [k, v] of change.metaPut ?? []) meta.put(v, k);
  for (const k of change.metaDelete ?? []) meta.delete(k);
  if (change.clearRecords) records.clear();
  for (const [slot, bytes] of change.recordPut ?? []) records.put(bytes, slot);
  for (const slot of change.recordDelete ?? []) records.delete(slot);
  await finished;
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
