// The encrypted vault: records encrypted at rest in IndexedDB, decrypted into memory while
// unlocked, behind the VaultRecords contract features use.
//
// Key hierarchy (see @onward/crypto's README): a random data key encrypts every record. It is
// wrapped EITHER by a non-extractable device key kept in IndexedDB (no passcode: the vault opens
// by itself on this device) OR by a key derived from the passcode with Argon2id (the device key
// then no longer opens it). Never both: setting a passcode deletes the device wrapping in the same
// transaction that stores the passcode wrapping, so the passcode is really needed.
//
// Records are stored in encrypted pages of up to 128 (page-layout.ts, stored format 2): opening
// decrypts a few hundred pages rather than one value per record, and a write rewrites the one
// page that holds the record, after checking in the same transaction that no other tab has
// rewritten it since this tab read it. A vault stored one record per value (format 1,
// record-layout.ts) is moved into pages on its first unlock.
//
// TRUST BOUNDARY: storage can be read, edited or damaged by anyone with the device. Nothing in
// plaintext goes into it but what idb.ts lists; everything read back is checked (envelopes are
// authenticated, wrapped keys and counters parsed field by field) and a stored value (a page or
// a format-1 record) that fails to decrypt is counted and left alone, never deleted or
// overwritten.
import {
  DEFAULT_KDF_PARAMS,
  type DeriveBytes,
  dataKeyFromRecoveryCode,
  decryptRecord,
  deriveKeyBytes,
  encryptRecord,
  exportDataKeyBytes,
  generateDataKey,
  generateDeviceKey,
  importDataKey,
  needsRehash,
  openBackup,
  parseWrappedDataKey,
  recoveryCodeFromDataKey,
  sealBackup,
  unwrapDataKeyWithDeviceKey,
  unwrapDataKeyWithPasscode,
  type WrappedByPasscodeV1,
  wrapDataKeyWithDeviceKey,
  wrapDataKeyWithPasscode,
} from '@onward/crypto';
import {
  type Attempts,
  afterWrongPasscode,
  NO_ATTEMPTS,
  parseAttempts,
  waitFor,
} from './backoff.ts';
import {
  type BackupContents,
  encodeBackupPayload,
  type ImportPreview,
  mergeChanges,
  parseBackupPayload,
  previewImport,
  recordKey,
} from './backup-payload.ts';
import {
  type Commit,
  commit,
  deleteDatabase,
  type MetaKey,
  openDatabase,
  putMetaIfAbsent,
  readAll,
  readAllRecords,
  readMeta,
  readRecords,
  WriteConflict,
} from './idb.ts';
import { inRange } from './memory-vault.ts';
import {
  headOf,
  newPageId,
  type OpenedEntry,
  openStored,
  PAGE_LIMITS,
  type PageLimits,
  packPages,
  pageBytes,
  pageEntryJson,
  recordFromEntryJson,
  STORED_FORMAT_V1,
  STORED_FORMAT_V2,
  sealPage,
} from './page-layout.ts';
import {
  type CrisisCopy,
  type RecordKind,
  type RecordKinds,
  type StoredRecord,
  type TimeRange,
  VaultLockedError,
  type VaultRecords,
  type VaultStatus,
} from './types.ts';

type Ok<T> = { ok: true; value: T };
type Fail<R extends string> = { ok: false; reason: R };
type Result<T, R extends string> = Ok<T> | Fail<R>;
const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
const fail = <R extends string>(reason: R): Fail<R> => ({ ok: false, reason });

/** Why a passcode was not accepted. 'damaged': the stored wrapping cannot be read by this build. */
export type PasscodeFailure = 'wrong-passcode' | 'too-soon' | 'damaged' | 'locked';
export type RecoveryFailure = 'invalid-code' | 'wrong-code' | 'damaged';
export type ImportFailure =
  | 'wrong-passphrase'
  | 'not-a-backup'
  | 'truncated'
  | 'unsupported-version'
  | 'locked';

export interface PendingImport {
  preview: ImportPreview;
  contents: BackupContents;
}

/** Messages between tabs of the app, so each tab's in-memory view stays in step. */
type TabMessage =
  | { t: 'records'; slots: string[] }
  | { t: 'reset' }
  | { t: 'keys' }
  | { t: 'lock' }
  | { t: 'copy' };

export interface TabChannel {
  postMessage(message: TabMessage): void;
  onmessage: ((event: { data: TabMessage }) => void) | null;
  close(): void;
}

export interface EngineOptions {
  indexedDB: IDBFactory | undefined;
  name: string;
  now?: () => Date;
  /** Tells other tabs what changed; null in tests. */
  channel?: TabChannel | null;
  /** Called once, after the first record is saved (the app then asks for persistent storage). */
  onFirstWrite?: () => void;
  /** How full a page gets (tests use small pages); PAGE_LIMITS by default. */
  pageLimits?: PageLimits;
  /**
   * Passcode/passphrase -> key bytes (Argon2id). Every derivation in the engine goes through
   * this one function (the `derive` constant below): the app may pass one that runs in a Web
   * Worker. @onward/crypto's deriveKeyBytes (this thread) by default.
   */
  derive?: DeriveBytes;
}

/** A stored value this tab has opened: a page (format 2) or one format-1 record. */
interface StoredEntry {
  format: number;
  /** The envelope's head as last read or written: a write checks it is still there. */
  head: Uint8Array;
  /** The records (recordKey) it holds in the view. */
  keys: Set<string>;
  /** About how many bytes it holds, to tell whether a page has room. */
  bytes: number;
}

/** Records to write into pages or delete from them, and values to rewrite (or migrate). */
interface PageChange {
  puts: readonly StoredRecord[];
  deletes: readonly string[];
  touch: readonly string[];
}

export interface EncryptedVault extends VaultRecords {
  /** Resolves when opening is over (locked, unlocked or unavailable). */
  ready(): Promise<void>;
  status(): VaultStatus;
  onStatus(listener: () => void): () => void;
  unlock(passcode: string): Promise<Result<void, PasscodeFailure>>;
  /** Locks now (only with a passcode; without one there is nothing to lock). */
  lock(): boolean;
  /** Sets a first passcode; returns the recovery code to show once. */
  setPasscode(passcode: string): Promise<Result<string, 'locked' | 'already-set' | 'damaged'>>;
  changePasscode(current: string, next: string): Promise<Result<void, PasscodeFailure>>;
  removePasscode(current: string): Promise<Result<void, PasscodeFailure>>;
  /** The recovery code again (the current passcode is asked for when one is set). */
  recoveryCode(current?: string): Promise<Result<string, PasscodeFailure>>;
  /** A lost passcode: the recovery code opens the vault and sets a new passcode. */
  unlockWithRecoveryCode(code: string, newPasscode: string): Promise<Result<void, RecoveryFailure>>;
  exportBackup(passphrase: string): Promise<Result<Uint8Array<ArrayBuffer>, 'locked'>>;
  /** Opens and checks a backup and previews the import; changes nothing. */
  readBackup(passphrase: string, file: Uint8Array): Promise<Result<PendingImport, ImportFailure>>;
  /** All or nothing: one transaction. */
  applyImport(pending: PendingImport, mode: 'merge' | 'replace'): Promise<void>;
  /** Erases the database (keys, records, counters) and starts a new, empty vault. */
  deleteEverything(): Promise<void>;
  getCrisisCopy(): Promise<CrisisCopy | undefined>;
  setCrisisCopy(value: CrisisCopy | null): Promise<void>;
  onCrisisCopy(listener: () => void): () => void;
  /** Every record (backups, counts in settings). */
  all(): StoredRecord[];
  close(): void;
}

const KEY_CHECK_REF = { kind: 'vault-key-check', id: 'data-key' };
const KEY_CHECK_VALUE = 'onward-key-check-v1';
const CRISIS_COPY_REF = { kind: 'crisis-copy', id: 'device' };

export function createEncryptedVault(options: EngineOptions): EncryptedVault {
  const now = options.now ?? (() => new Date());
  const channel = options.channel ?? null;
  // The ONE place the engine names its key derivation (see EngineOptions.derive).
  const derive: DeriveBytes = options.derive ?? deriveKeyBytes;

  let db: IDBDatabase | undefined;
  let deviceKey: CryptoKey | undefined;
  let dataKey: CryptoKey | undefined;
  let status: VaultStatus = {
    state: 'opening',
    hasPasscode: false,
    failures: 0,
    retryAt: 0,
    damaged: 0,
  };
  let closed = false;
  let wroteOnce = false;

  /**
   * The decrypted view: kind -> id -> record. And where each record is stored: `entries` has
   * every stored value this tab opened (a page, or a format-1 record not yet moved into one)
   * with the head of its envelope as last read or written, and `entryOf` maps each record to
   * its value. A value that did not open has no entry, so no write ever touches it.
   */
  const view = new Map<string, Map<string, StoredRecord>>();
  const entries = new Map<string, StoredEntry>();
  const entryOf = new Map<string, string>();
  /** Values holding a stale copy of a record, to rewrite without it at the next write. */
  const touchNext = new Set<string>();
  const limits = options.pageLimits ?? PAGE_LIMITS;
  /** The stored format (meta 'format': absent or 1 = a record per value, 2 = pages). */
  let format: number = STORED_FORMAT_V2;
  let formatMeta: number | undefined = STORED_FORMAT_V2;
  const setFormat = (x: unknown) => {
    format = x === undefined ? STORED_FORMAT_V1 : typeof x === 'number' ? x : -1;
    formatMeta = typeof x === 'number' ? x : undefined;
  };

  const recordListeners = new Set<(kind: RecordKind) => void>();
  const statusListeners = new Set<() => void>();
  const copyListeners = new Set<() => void>();

  const emitKinds = (kinds: Iterable<string>) => {
    for (const kind of new Set(kinds)) {
      for (const l of [...recordListeners]) l(kind as RecordKind);
    }
  };
  const setStatus = (next: Partial<VaultStatus>) => {
    status = { ...status, ...next };
    for (const l of [...statusListeners]) l();
  };
  const setAttempts = (a: Attempts) => setStatus({ failures: a.failures, retryAt: a.notBefore });

  // One operation on keys or records at a time, in call order: a write never interleaves with
  // an unlock, a lock or another write.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(op: () => Promise<T>): Promise<T> => {
    const run = queue.then(op, op);
    queue = run.catch(() => undefined);
    return run;
  };

  const commitChange = async (change: Commit) => {
    if (db) await commit(db, change);
  };

  // ---- the in-memory view ------------------------------------------------------------------

  function clearView(): string[] {
    const kinds = [...view.keys()];
    view.clear();
    entries.clear();
    entryOf.clear();
    touchNext.clear();
    return kinds;
  }

  /** Puts a record in the view; `entry` is the stored value holding it (none: memory only). */
  function setInView(record: StoredRecord, entry?: string) {
    let byId = view.get(record.kind);
    if (!byId) {
      byId = new Map();
      view.set(record.kind, byId);
    }
    byId.set(record.id, record);
    if (entry === undefined) return;
    const key = recordKey(record);
    const before = entryOf.get(key);
    if (before !== undefined && before !== entry) entries.get(before)?.keys.delete(key);
    entryOf.set(key, entry);
    entries.get(entry)?.keys.add(key);
  }

  function removeFromView(kind: string, id: string) {
    const key = recordKey({ kind, id });
    view.get(kind)?.delete(id);
    const entry = entryOf.get(key);
    entryOf.delete(key);
    if (entry !== undefined) entries.get(entry)?.keys.delete(key);
  }

  const current = (kind: string, id: string) => view.get(kind)?.get(id);

  /**
   * Opens stored values into the view: all of them when unlocking, or those another tab changed
   * (bytes `undefined`: the value is gone). A value that does not open is counted and left alone:
   * it gets no entry, so nothing ever rewrites it. Two values can hold the same record (two tabs
   * created it at once, or a tab of an older build wrote it again in format 1): the copy written
   * last is kept, and the value holding the other is rewritten without it at the next write.
   */
  async function loadEntries(
    key: CryptoKey,
    stored: ReadonlyArray<readonly [string, Uint8Array | undefined]>,
  ): Promise<{ damaged: number; kinds: string[] }> {
    const present = stored.filter((s): s is readonly [string, Uint8Array] => s[1] !== undefined);
    const opened = await openStored(key, present, format);
    // Locked while decrypting: nothing decrypted may reach the view after the key is dropped.
    if (dataKey !== key) return { damaged: 0, kinds: [] };
    let damaged = 0;
    let next = 0;
    const kinds: string[] = [];
    for (const [id, bytes] of stored) {
      const before = entries.get(id);
      if (before) {
        for (const k of [...before.keys]) {
          const record = findByKey(k);
          if (!record) continue;
          removeFromView(record.kind, record.id);
          kinds.push(record.kind);
        }
        entries.delete(id);
        touchNext.delete(id);
      }
      if (!bytes) continue;
      const result = opened[next++] as OpenedEntry;
      if (!result.ok) {
        damaged++;
        continue;
      }
      entries.set(id, {
        format: result.format,
        head: headOf(bytes),
        keys: new Set(),
        bytes: bytes.length,
      });
      for (const record of result.records) {
        const k = recordKey(record);
        const mine = current(record.kind, record.id);
        const mineEntry = entryOf.get(k);
        if (mine && mineEntry !== undefined && mineEntry !== id) {
          if (Date.parse(mine.updatedAt) >= Date.parse(record.updatedAt)) {
            touchNext.add(id);
            continue;
          }
          touchNext.add(mineEntry);
        }
        setInView(record, id);
        kinds.push(record.kind);
      }
    }
    return { damaged, kinds };
  }

  /** The whole view again from storage (after another tab wrote first, or an import). */
  async function reload(key: CryptoKey): Promise<void> {
    if (!db) return;
    const snap = await readAll(db);
    setFormat(snap.meta.get('format'));
    const before = clearView();
    const loaded = await loadEntries(key, snap.records);
    if (dataKey === key) setStatus({ damaged: loaded.damaged });
    emitKinds([...before, ...loaded.kinds]);
  }

  // ---- writing pages -----------------------------------------------------------------------

  /**
   * Writes records into pages: each put into the page already holding it (or, for a new record
   * or one still in a format-1 value, into a page with room, else a new page); each delete out
   * of its page. Every page touched is rewritten whole from the view, the values left empty are
   * deleted, all in one transaction that first checks each value is still the envelope this tab
   * last saw (WriteConflict otherwise, and nothing is written). Updates the view once durable.
   * Returns the ids of the values written, for other tabs.
   */
  async function persist(
    key: CryptoKey,
    change: PageChange,
    meta?: Pick<Commit, 'metaPut' | 'expectMeta'>,
  ): Promise<string[]> {
    if (!db) return [];
    const database = db;
    const members = new Map<string, Set<string>>();
    const touched = (id: string) => {
      let m = members.get(id);
      if (!m) {
        m = new Set(entries.get(id)?.keys);
        members.set(id, m);
      }
      return m;
    };
    const values = new Map<string, StoredRecord>();
    const homeless: string[] = [];
    for (const k of change.deletes) {
      const id = entryOf.get(k);
      if (id !== undefined) touched(id).delete(k);
    }
    for (const record of change.puts) {
      const k = recordKey(record);
      values.set(k, record);
      const id = entryOf.get(k);
      if (id !== undefined && entries.get(id)?.format === STORED_FORMAT_V2) {
        touched(id).add(k);
      } else {
        if (id !== undefined) touched(id).delete(k);
        homeless.push(k);
      }
    }
    for (const id of [...change.touch, ...touchNext]) if (entries.has(id)) touched(id);
    // A format-1 value that is touched is deleted, and what it held moves into a page.
    for (const [id, m] of members) {
      if (entries.get(id)?.format !== STORED_FORMAT_V1) continue;
      for (const k of m) {
        const record = findByKey(k);
        if (record && !values.has(k)) {
          values.set(k, record);
          homeless.push(k);
        }
      }
      m.clear();
    }
    const json = new Map<string, string>();
    const entryJson = (k: string): string | undefined => {
      let s = json.get(k);
      if (s === undefined) {
        const record = values.get(k) ?? findByKey(k);
        if (!record) return undefined;
        s = pageEntryJson(record);
        json.set(k, s);
      }
      return s;
    };
    if (homeless.length > 0) {
      // Fill the fullest pages with room first, then new pages: pages stay few and full.
      const fill = new Map<string, { count: number; bytes: number }>();
      const candidates: string[] = [];
      for (const [id, e] of entries) {
        if (e.format !== STORED_FORMAT_V2) continue;
        const count = members.get(id)?.size ?? e.keys.size;
        if (count >= limits.records || e.bytes >= limits.bytes) continue;
        fill.set(id, { count, bytes: e.bytes });
        candidates.push(id);
      }
      candidates.sort((a, b) => (fill.get(b)?.count ?? 0) - (fill.get(a)?.count ?? 0));
      let at = 0;
      for (const k of homeless) {
        const size = (entryJson(k)?.length ?? 0) + 1;
        for (; at < candidates.length; at++) {
          const f = fill.get(candidates[at] as string);
          if (f && f.count < limits.records && (f.count === 0 || f.bytes + size <= limits.bytes)) {
            break;
          }
        }
        if (at === candidates.length) {
          const id = newPageId();
          candidates.push(id);
          fill.set(id, { count: 0, bytes: 0 });
        }
        const id = candidates[at] as string;
        const f = fill.get(id) as { count: number; bytes: number };
        f.count++;
        f.bytes += size;
        touched(id).add(k);
      }
    }
    const recordPut: Array<readonly [string, Uint8Array]> = [];
    const recordDelete: string[] = [];
    const expectRecords: Array<readonly [string, Uint8Array | null]> = [];
    const sizes = new Map<string, number>();
    await Promise.all(
      [...members].map(async ([id, m]) => {
        expectRecords.push([id, entries.get(id)?.head ?? null]);
        const list: string[] = [];
        for (const k of m) {
          const s = entryJson(k);
          if (s === undefined) m.delete(k);
          else list.push(s);
        }
        if (m.size === 0) {
          if (entries.has(id)) recordDelete.push(id);
          return;
        }
        const plain = pageBytes(list);
        sizes.set(id, plain.length);
        recordPut.push([id, await sealPage(key, id, plain)]);
      }),
    );
    if (recordPut.length === 0 && recordDelete.length === 0 && !meta) return [];
    // Locked while encrypting: drop the write rather than store it under a key we let go.
    if (dataKey !== key) throw new VaultLockedError();
    await commit(database, { ...meta, recordPut, recordDelete, expectRecords });
    // Locked while committing: the view is gone and stays gone; the next unlock reads storage.
    if (dataKey !== key) return [...members.keys()];
    for (const id of recordDelete) entries.delete(id);
    for (const [id, envelope] of recordPut) {
      entries.set(id, {
        format: STORED_FORMAT_V2,
        head: headOf(envelope),
        keys: new Set(),
        bytes: sizes.get(id) ?? envelope.length,
      });
    }
    for (const k of change.deletes) {
      const record = findByKey(k);
      if (record) removeFromView(record.kind, record.id);
    }
    for (const [id, m] of members) {
      touchNext.delete(id);
      if (m.size === 0) continue;
      for (const k of m) {
        const record = values.get(k) ?? findByKey(k);
        if (record) setInView(record, id);
      }
    }
    return [...members.keys()];
  }

  /** persist, again from a fresh view when another tab wrote first (a few times at most). */
  async function persistWithRetry(
    key: CryptoKey,
    change: PageChange,
    meta?: () => Pick<Commit, 'metaPut' | 'expectMeta'> | undefined,
  ): Promise<string[]> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await persist(key, change, meta?.());
      } catch (e) {
        if (!(e instanceof WriteConflict) || attempt >= 5) throw e;
        await reload(key);
        if (dataKey !== key) throw new VaultLockedError();
      }
    }
  }

  /**
   * After loading: moves records still in format-1 values into pages (the migration to stored
   * format 2 on the first unlock after an update, in one transaction with the format change),
   * and rewrites values that hold a stale copy. A failure leaves storage as it was (every value
   * still opens); it is tried again at the next unlock.
   */
  async function tidy(key: CryptoKey): Promise<void> {
    if (!db || dataKey !== key) return;
    const old = () => [...entries].filter(([, e]) => e.format === STORED_FORMAT_V1).map(([i]) => i);
    if (old().length === 0 && touchNext.size === 0 && format !== STORED_FORMAT_V1) return;
    try {
      const written = await persistWithRetry(key, { puts: [], deletes: [], touch: old() }, () =>
        format === STORED_FORMAT_V1
          ? {
              metaPut: [['format', STORED_FORMAT_V2]],
              expectMeta: [['format', formatMeta]],
            }
          : undefined,
      );
      if (format === STORED_FORMAT_V1) {
        format = STORED_FORMAT_V2;
        formatMeta = STORED_FORMAT_V2;
      }
      // Other tabs reread what changed; after a migration that is everything, read at once.
      if (written.length > 256) post({ t: 'reset' });
      else if (written.length > 0) post({ t: 'records', slots: written });
    } catch {
      // Still readable as it is; tried again at the next unlock.
    }
  }

  // ---- opening -----------------------------------------------------------------------------

  async function createKeys(database: IDBDatabase) {
    const fresh = await generateDataKey();
    const device = await generateDeviceKey();
    const copyKey = await generateDataKey();
    const values: Array<[MetaKey, unknown]> = [
      ['format', STORED_FORMAT_V2],
      ['device-key', device],
      ['wrap-device', await wrapDataKeyWithDeviceKey(fresh, device)],
      ['key-check', await encryptRecord(fresh, KEY_CHECK_REF, KEY_CHECK_VALUE)],
      ['wrap-copy', await wrapDataKeyWithDeviceKey(copyKey, device)],
    ];
    // If another tab created the vault first, theirs is kept and ours is dropped.
    await putMetaIfAbsent(database, ['wrap-device', 'wrap-passcode'], values);
  }

  async function open(): Promise<void> {
    if (!options.indexedDB) {
      setStatus({ state: 'unavailable' });
      return;
    }
    let database: IDBDatabase;
    try {
      database = await openDatabase(options.indexedDB, options.name);
    } catch {
      setStatus({ state: 'unavailable' });
      return;
    }
    if (closed) {
      database.close();
      return;
    }
    db = database;
    // Another tab is deleting everything (or a newer build upgrades the layout): let go, then
    // open again once it is done, which gives a fresh, empty vault.
    database.onversionchange = () => {
      database.close();
      if (db === database) db = undefined;
      reset();
      if (!closed) opening = exclusive(open);
    };
    let snap = await readAll(database);
    if (!snap.meta.has('wrap-device') && !snap.meta.has('wrap-passcode')) {
      await createKeys(database);
      snap = await readAll(database);
    }
    deviceKey = snap.meta.get('device-key') as CryptoKey | undefined;
    setFormat(snap.meta.get('format'));
    const hasPasscode = snap.meta.has('wrap-passcode');
    setAttempts(parseAttempts(snap.meta.get('attempts')));
    if (hasPasscode) {
      setStatus({ state: 'locked', hasPasscode: true });
      return;
    }
    const unwrapped = deviceKey
      ? await unwrapDataKeyWithDeviceKey(snap.meta.get('wrap-device'), deviceKey)
      : fail('wrong-key-or-tampered' as const);
    if (!unwrapped.ok) {
      // The device key is gone or does not fit: only the recovery code can open the data now.
      setStatus({ state: 'locked', hasPasscode: false, needsRecovery: true });
      return;
    }
    await unlockWith(unwrapped.value, snap.records);
  }

  async function unlockWith(key: CryptoKey, stored?: ReadonlyArray<[string, Uint8Array]>) {
    let records = stored;
    if (!records) {
      const snap = db ? await readAll(db) : undefined;
      if (snap) setFormat(snap.meta.get('format'));
      records = snap?.records ?? [];
    }
    clearView();
    dataKey = key;
    const { damaged, kinds } = await loadEntries(key, records);
    setStatus({ state: 'unlocked', damaged, needsRecovery: false });
    emitKinds(kinds);
    await tidy(key);
  }

  function reset() {
    dataKey = undefined;
    deviceKey = undefined;
    const kinds = clearView();
    setStatus({ state: 'opening', hasPasscode: false, failures: 0, retryAt: 0, damaged: 0 });
    emitKinds(kinds);
  }

  let opening = exclusive(open);

  // ---- reading and writing records -----------------------------------------------------------

  /** Waits while opening; then refuses unless unlocked (or storage is unavailable: memory only). */
  async function writable(): Promise<void> {
    await opening;
    if (status.state !== 'unlocked' && status.state !== 'unavailable') {
      throw new VaultLockedError();
    }
  }

  function firstWrite() {
    if (wroteOnce) return;
    wroteOnce = true;
    options.onFirstWrite?.();
  }

  const post = (message: TabMessage) => {
    try {
      channel?.postMessage(message);
    } catch {
      // A closed channel: other tabs catch up at their next unlock.
    }
  };

  async function put<K extends RecordKind>(
    kind: K,
    id: string,
    value: RecordKinds[K],
    options?: { at?: string },
  ): Promise<void> {
    await writable();
    return exclusive(async () => {
      if (status.state !== 'unlocked' && status.state !== 'unavailable') {
        throw new VaultLockedError();
      }
      const key = dataKey;
      const stamp = now().toISOString();
      const previous = current(kind, id);
      const draft = {
        kind,
        id,
        at: options?.at ?? previous?.at ?? stamp,
        updatedAt: stamp,
        value,
      } as StoredRecord;
      // The view holds what a reload would give back (JSON semantics), never the caller's object.
      const record = recordFromEntryJson(pageEntryJson(draft));
      let written: string[] = [];
      if (key && db) {
        written = await persistWithRetry(key, { puts: [record], deletes: [], touch: [] });
      } else setInView(record);
      emitKinds([kind]);
      post({ t: 'records', slots: written });
      firstWrite();
    });
  }

  async function remove(kind: RecordKind, id: string): Promise<void> {
    await writable();
    return exclusive(async () => {
      if (!current(kind, id)) return;
      const key = dataKey;
      let written: string[] = [];
      if (key && db) {
        const change = { puts: [], deletes: [recordKey({ kind, id })], touch: [] };
        written = await persistWithRetry(key, change);
      }
      removeFromView(kind, id);
      emitKinds([kind]);
      post({ t: 'records', slots: written });
    });
  }

  // ---- passcode ----------------------------------------------------------------------------

  /**
   * Tries a passcode against the stored wrapping, with the growing delay after wrong ones. The
   * counter is read from storage each time, so every tab and every reload shares it.
   */
  async function tryPasscode(
    passcode: string,
    extractable: boolean,
  ): Promise<Result<{ key: CryptoKey; stored: WrappedByPasscodeV1 }, PasscodeFailure>> {
    if (!db) return fail('damaged');
    const [storedAttempts, stored] = await readMeta(db, ['attempts', 'wrap-passcode']);
    let attempts = parseAttempts(storedAttempts);
    setAttempts(attempts);
    if (waitFor(attempts, now().getTime()) > 0) return fail('too-soon');
    const parsed = parseWrappedDataKey(stored);
    if (!parsed.ok || parsed.value.by !== 'passcode') return fail('damaged');
    const unwrapped = await unwrapDataKeyWithPasscode(parsed.value, passcode, {
      extractable,
      derive,
    });
    if (!unwrapped.ok) {
      if (unwrapped.reason !== 'wrong-passcode-or-tampered') return fail('damaged');
      attempts = afterWrongPasscode(attempts, now().getTime());
      await commitChange({ metaPut: [['attempts', attempts]] });
      setAttempts(attempts);
      return fail('wrong-passcode');
    }
    if (attempts.failures > 0) {
      await commitChange({ metaDelete: ['attempts'] });
      setAttempts(NO_ATTEMPTS);
    }
    return ok({ key: unwrapped.value, stored: parsed.value });
  }

  async function nonExtractable(key: CryptoKey): Promise<CryptoKey> {
    if (!key.extractable) return key;
    const raw = await exportDataKeyBytes(key);
    try {
      return await importDataKey(raw);
    } finally {
      raw.fill(0);
    }
  }

  async function unlock(passcode: string): Promise<Result<void, PasscodeFailure>> {
    await opening;
    return exclusive(async () => {
      if (status.state === 'unlocked') return ok(undefined);
      if (status.state !== 'locked' || !status.hasPasscode) return fail('damaged');
      // Read the envelopes while Argon2id runs, so unlocking costs little more than the KDF.
      const envelopes = db ? readAllRecords(db) : Promise.resolve([]);
      envelopes.catch(() => undefined);
      const tried = await tryPasscode(passcode, false);
      if (!tried.ok) return tried;
      await unlockWith(tried.value.key, await envelopes);
      // Parameters below today's target (set by an older build): re-wrap with today's, now that
      // we have the passcode. Failing to do so is harmless; it is tried again next time.
      if (needsRehash(tried.value.stored.kdf)) {
        const again = await unwrapDataKeyWithPasscode(tried.value.stored, passcode, {
          extractable: true,
          derive,
        });
        if (again.ok) {
          const wrapped = await wrapDataKeyWithPasscode(again.value, passcode, {
            params: DEFAULT_KDF_PARAMS,
            derive,
          });
          await commitChange({ metaPut: [['wrap-passcode', wrapped]] }).catch(() => undefined);
        }
      }
      return ok(undefined);
    });
  }

  function lock(): boolean {
    if (status.state !== 'unlocked' || !status.hasPasscode) return false;
    dataKey = undefined;
    const kinds = clearView();
    setStatus({ state: 'locked' });
    emitKinds(kinds);
    post({ t: 'lock' });
    return true;
  }

  async function setPasscode(passcode: string) {
    await opening;
    return exclusive(async (): Promise<Result<string, 'locked' | 'already-set' | 'damaged'>> => {
      if (status.state !== 'unlocked') return fail('locked');
      if (status.hasPasscode) return fail('already-set');
      if (!db || !deviceKey) return fail('damaged');
      const [stored] = await readMeta(db, ['wrap-device']);
      const unwrapped = await unwrapDataKeyWithDeviceKey(stored, deviceKey, { extractable: true });
      if (!unwrapped.ok) return fail('damaged');
      const wrapped = await wrapDataKeyWithPasscode(unwrapped.value, passcode, { derive });
      const code = await recoveryCodeFromDataKey(unwrapped.value);
      // One transaction: the passcode wrapping appears as the device wrapping disappears, so
      // there is never a moment when neither (data lost) or both (passcode bypassed) exist.
      await commitChange({
        metaPut: [['wrap-passcode', wrapped]],
        metaDelete: ['wrap-device', 'attempts'],
      });
      setStatus({ hasPasscode: true, failures: 0, retryAt: 0 });
      post({ t: 'keys' });
      return ok(code);
    });
  }

  async function changePasscode(currentPasscode: string, next: string) {
    await opening;
    return exclusive(async (): Promise<Result<void, PasscodeFailure>> => {
      if (status.state !== 'unlocked') return fail('locked');
      if (!status.hasPasscode) return fail('damaged');
      const tried = await tryPasscode(currentPasscode, true);
      if (!tried.ok) return tried;
      // Re-wraps the one data key: no record is touched.
      const wrapped = await wrapDataKeyWithPasscode(tried.value.key, next, { derive });
      await commitChange({ metaPut: [['wrap-passcode', wrapped]] });
      post({ t: 'keys' });
      return ok(undefined);
    });
  }

  async function removePasscode(currentPasscode: string) {
    await opening;
    return exclusive(async (): Promise<Result<void, PasscodeFailure>> => {
      if (status.state !== 'unlocked') return fail('locked');
      if (!status.hasPasscode) return ok(undefined);
      if (!deviceKey) return fail('damaged');
      const tried = await tryPasscode(currentPasscode, true);
      if (!tried.ok) return tried;
      const wrapped = await wrapDataKeyWithDeviceKey(tried.value.key, deviceKey);
      await commitChange({
        metaPut: [['wrap-device', wrapped]],
        metaDelete: ['wrap-passcode', 'attempts'],
      });
      setStatus({ hasPasscode: false });
      post({ t: 'keys' });
      return ok(undefined);
    });
  }

  async function recoveryCode(currentPasscode?: string) {
    await opening;
    return exclusive(async (): Promise<Result<string, PasscodeFailure>> => {
      if (status.state !== 'unlocked' || !db) return fail('locked');
      if (status.hasPasscode) {
        const tried = await tryPasscode(currentPasscode ?? '', true);
        if (!tried.ok) return tried;
        return ok(await recoveryCodeFromDataKey(tried.value.key));
      }
      if (!deviceKey) return fail('damaged');
      const [stored] = await readMeta(db, ['wrap-device']);
      const unwrapped = await unwrapDataKeyWithDeviceKey(stored, deviceKey, { extractable: true });
      if (!unwrapped.ok) return fail('damaged');
      return ok(await recoveryCodeFromDataKey(unwrapped.value));
    });
  }

  async function unlockWithRecoveryCode(code: string, newPasscode: string) {
    await opening;
    return exclusive(async (): Promise<Result<void, RecoveryFailure>> => {
      if (!db) return fail('damaged');
      const decoded = await dataKeyFromRecoveryCode(code, { extractable: true });
      if (!decoded.ok) return fail('invalid-code');
      const [check] = await readMeta(db, ['key-check']);
      if (!(check instanceof Uint8Array)) return fail('damaged');
      const checked = await decryptRecord(decoded.value, KEY_CHECK_REF, check);
      if (!checked.ok || checked.value !== KEY_CHECK_VALUE) return fail('wrong-code');
      let device = deviceKey;
      const metaPut: Array<[MetaKey, unknown]> = [];
      if (!device) {
        device = await generateDeviceKey();
        metaPut.push(['device-key', device]);
      }
      if (newPasscode) {
        metaPut.push([
          'wrap-passcode',
          await wrapDataKeyWithPasscode(decoded.value, newPasscode, { derive }),
        ]);
        await commitChange({ metaPut, metaDelete: ['wrap-device', 'attempts'] });
      } else {
        metaPut.push(['wrap-device', await wrapDataKeyWithDeviceKey(decoded.value, device)]);
        await commitChange({ metaPut, metaDelete: ['wrap-passcode', 'attempts'] });
      }
      deviceKey = device;
      setStatus({ hasPasscode: Boolean(newPasscode), failures: 0, retryAt: 0 });
      await unlockWith(await nonExtractable(decoded.value));
      post({ t: 'keys' });
      return ok(undefined);
    });
  }

  // ---- backup and restore ------------------------------------------------------------------

  function all(): StoredRecord[] {
    const out: StoredRecord[] = [];
    for (const byId of view.values()) for (const r of byId.values()) out.push(r);
    return sortedByTime(out);
  }

  async function exportBackup(passphrase: string) {
    await opening;
    if (status.state !== 'unlocked' && status.state !== 'unavailable') return fail('locked');
    const payload = encodeBackupPayload(all(), now().toISOString());
    return ok(await sealBackup(passphrase, payload));
  }

  async function readBackup(
    passphrase: string,
    file: Uint8Array,
  ): Promise<Result<PendingImport, ImportFailure>> {
    await opening;
    if (status.state !== 'unlocked' && status.state !== 'unavailable') return fail('locked');
    const opened = await openBackup(passphrase, file);
    if (!opened.ok) {
      return fail(
        opened.reason === 'wrong-passphrase-or-tampered' ? 'wrong-passphrase' : opened.reason,
      );
    }
    const parsed = parseBackupPayload(opened.value);
    if (!parsed.ok) return parsed;
    return ok({ preview: previewImport(all(), parsed.value.records), contents: parsed.value });
  }

  async function applyImport(pending: PendingImport, mode: 'merge' | 'replace') {
    await writable();
    return exclusive(async () => {
      const key = dataKey;
      const incoming = pending.contents.records;
      const changes = mode === 'replace' ? incoming : mergeChanges(all(), incoming);
      // Every record is checked before anything is written (TypeError if one is not JSON).
      const staged = changes.map((r) => recordFromEntryJson(pageEntryJson(r)));
      // Encrypt everything first, then one transaction: the import lands whole or not at all.
      let kinds: string[] = [];
      if (mode === 'replace') {
        if (key && db) {
          const pages = packPages(staged, limits);
          const sealed = await Promise.all(
            pages.map((p) => sealPage(key, p.id, pageBytes(p.entries))),
          );
          if (dataKey !== key) throw new VaultLockedError();
          await commitChange({
            clearRecords: true,
            recordPut: pages.map((p, i) => [p.id, sealed[i] as Uint8Array] as const),
            ...(format === STORED_FORMAT_V1
              ? { metaPut: [['format', STORED_FORMAT_V2] as const] }
              : {}),
          });
          if (format === STORED_FORMAT_V1) setFormat(STORED_FORMAT_V2);
          kinds = clearView();
          // Stored either way; locked while committing, the next unlock reads it from storage.
          if (dataKey === key)
            pages.forEach((p, i) => {
              const envelope = sealed[i] as Uint8Array;
              entries.set(p.id, {
                format: STORED_FORMAT_V2,
                head: headOf(envelope),
                keys: new Set(),
                bytes: envelope.length,
              });
              for (const r of p.records) setInView(r, p.id);
            });
        } else {
          kinds = clearView();
          for (const r of staged) setInView(r);
        }
      } else if (key && db) {
        await persistWithRetry(key, { puts: staged, deletes: [], touch: [] });
      } else {
        for (const r of staged) setInView(r);
      }
      for (const r of staged) kinds.push(r.kind);
      if (mode === 'replace') setStatus({ damaged: 0 });
      emitKinds(kinds);
      post({ t: 'reset' });
      firstWrite();
    });
  }

  async function deleteEverything() {
    await opening;
    await exclusive(async () => {
      const database = db;
      db = undefined;
      database?.close();
      reset();
      if (options.indexedDB) await deleteDatabase(options.indexedDB, options.name);
      wroteOnce = false;
    });
    for (const l of [...copyListeners]) l();
    opening = exclusive(open);
    await opening;
  }

  // ---- crisis copy (opens without the passcode) ----------------------------------------------

  async function copyKey(): Promise<CryptoKey | undefined> {
    if (!db || !deviceKey) return undefined;
    const [wrapped] = await readMeta(db, ['wrap-copy']);
    const unwrapped = await unwrapDataKeyWithDeviceKey(wrapped, deviceKey);
    return unwrapped.ok ? unwrapped.value : undefined;
  }

  async function getCrisisCopy(): Promise<CrisisCopy | undefined> {
    await opening;
    if (!db) return undefined;
    const [envelope] = await readMeta(db, ['crisis-copy']);
    if (!(envelope instanceof Uint8Array)) return undefined;
    const key = await copyKey();
    if (!key) return undefined;
    const opened = await decryptRecord(key, CRISIS_COPY_REF, envelope);
    return opened.ok ? parseCrisisCopy(opened.value) : undefined;
  }

  async function setCrisisCopy(value: CrisisCopy | null) {
    await writable();
    await exclusive(async () => {
      // Only while unlocked: otherwise anyone holding the phone could change what the lock
      // screen shows the person in a crisis.
      if (status.state !== 'unlocked') throw new VaultLockedError();
      if (value === null) {
        await commitChange({ metaDelete: ['crisis-copy'] });
      } else {
        const key = await copyKey();
        if (!key) return;
        const envelope = await encryptRecord(key, CRISIS_COPY_REF, parseCrisisCopy(value));
        await commitChange({ metaPut: [['crisis-copy', envelope]] });
      }
    });
    for (const l of [...copyListeners]) l();
    post({ t: 'copy' });
  }

  // ---- other tabs --------------------------------------------------------------------------

  async function onTabMessage(message: TabMessage) {
    await opening;
    if (!db) return;
    const database = db;
    switch (message.t) {
      case 'records': {
        const key = dataKey;
        if (!key) return;
        await exclusive(async () => {
          const values = await readRecords(database, message.slots);
          const loaded = await loadEntries(
            key,
            message.slots.map((slot, i) => [slot, values[i]] as const),
          );
          emitKinds(loaded.kinds);
          await tidy(key);
        });
        return;
      }
      case 'reset':
        if (dataKey) {
          const key = dataKey;
          await exclusive(async () => {
            await reload(key);
            await tidy(key);
          });
        }
        return;
      case 'keys':
        await exclusive(async () => {
          const [passcode, device] = await readMeta(database, ['wrap-passcode', 'wrap-device']);
          setStatus({ hasPasscode: passcode !== undefined });
          if (status.state === 'locked' && passcode === undefined && deviceKey) {
            const unwrapped = await unwrapDataKeyWithDeviceKey(device, deviceKey);
            if (unwrapped.ok) await unlockWith(unwrapped.value);
          }
        });
        return;
      case 'lock':
        lock();
        return;
      case 'copy':
        for (const l of [...copyListeners]) l();
        return;
    }
  }

  function findByKey(key: string): StoredRecord | undefined {
    const at = key.indexOf('\u0000');
    return current(key.slice(0, at), key.slice(at + 1));
  }

  if (channel) {
    channel.onmessage = (event) => {
      void onTabMessage(event.data).catch(() => undefined);
    };
  }

  return {
    put,
    get<K extends RecordKind>(kind: K, id: string) {
      return current(kind, id) as StoredRecord<K> | undefined;
    },
    list<K extends RecordKind>(kind: K, range?: TimeRange) {
      const byId = view.get(kind);
      if (!byId) return [];
      return sortedByTime(
        [...byId.values()].filter((r) => inRange(r.at, range)),
      ) as StoredRecord<K>[];
    },
    delete: remove,
    subscribe(listener) {
      recordListeners.add(listener);
      return () => {
        recordListeners.delete(listener);
      };
    },
    ready: () => opening,
    status: () => status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => {
        statusListeners.delete(listener);
      };
    },
    unlock,
    lock,
    setPasscode,
    changePasscode,
    removePasscode,
    recoveryCode,
    unlockWithRecoveryCode,
    exportBackup,
    readBackup,
    applyImport,
    deleteEverything,
    getCrisisCopy,
    setCrisisCopy,
    onCrisisCopy(listener) {
      copyListeners.add(listener);
      return () => {
        copyListeners.delete(listener);
      };
    },
    all,
    close() {
      closed = true;
      channel?.close();
      db?.close();
      db = undefined;
    },
  };
}

/**
 * Oldest `at` first, then by id: the same order as memory-vault's byTime, but each time parsed
 * once rather than in every comparison (50,000 records would otherwise parse 1.6 million dates).
 */
function sortedByTime<R extends StoredRecord>(records: R[]): R[] {
  return records
    .map((r) => ({ r, t: Date.parse(r.at) }))
    .sort((a, b) => a.t - b.t || (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0))
    .map((x) => x.r);
}

/** Keeps only the fields a CrisisCopy has (it is read back from storage: a trust boundary). */
export function parseCrisisCopy(x: unknown): CrisisCopy | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const r = x as Record<string, unknown>;
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
  const contacts = (v: unknown) =>
    Array.isArray(v)
      ? v.flatMap((c) => {
          if (typeof c !== 'object' || c === null) return [];
          const { name, phone, note } = c as Record<string, unknown>;
          if (typeof name !== 'string') return [];
          return [
            {
              name,
              ...(typeof phone === 'string' ? { phone } : {}),
              ...(typeof note === 'string' ? { note } : {}),
            },
          ];
        })
      : [];
  return {
    copingStrategies: strings(r.copingStrategies),
    people: contacts(r.people),
    professionals: contacts(r.professionals),
    ...(Array.isArray(r.reasons) ? { reasons: strings(r.reasons) } : {}),
  };
}
