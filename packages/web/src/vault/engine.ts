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
  MAX_BACKUP_BYTES,
  needsRehash,
  openBackup,
  parseWrappedDataKey,
  recoveryCodeFromDataKey,
  sealBackup,
  toBase64Url,
  unwrapDataKeyWithDeviceKey,
  unwrapDataKeyWithPasscode,
  type WrappedByPasscodeV1,
  wrapDataKeyWithDeviceKey,
  wrapDataKeyWithPasscode,
} from '@onward/crypto';
import { mark } from '../trace.ts';
import {
  type Attempts,
  afterWrongPasscode,
  clampAttempts,
  delayAfter,
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
  updateMeta,
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
  pageEntryJson,
  recordFromEntryJson,
  STORED_FORMAT_V1,
  STORED_FORMAT_V2,
  sealPages,
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
  | 'damaged'
  | 'too-large'
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

/** One record of a batch write (putMany). */
export interface BatchPut {
  kind: RecordKind;
  id: string;
  value: unknown;
  at?: string;
}

/**
 * The crisis copy padded like pages (to 1 KiB steps of its JSON), so its size in storage does
 * not tell how many contacts or lines the person chose to show while locked. `p` is ignored
 * when read (parseCrisisCopy keeps only the copy's own fields).
 */
const COPY_PAD = 1024;
export function paddedCrisisCopy(copy: CrisisCopy): CrisisCopy & { p: string } {
  const bytes = new TextEncoder().encode(JSON.stringify({ ...copy, p: '' })).length;
  const target = Math.max(COPY_PAD, Math.ceil(bytes / COPY_PAD) * COPY_PAD);
  return { ...copy, p: ' '.repeat(target - bytes) };
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
  /** Page entries (pageEntryJson) of `puts` already made, by recordKey: not made twice. */
  json?: ReadonlyMap<string, string>;
  /** recordKey of each of `puts` (same order), when the caller made them already. */
  putKeys?: readonly string[];
  durability?: 'relaxed';
}

export interface EncryptedVault extends VaultRecords {
  /** Resolves when opening is over (locked, unlocked or unavailable). */
  ready(): Promise<void>;
  status(): VaultStatus;
  onStatus(listener: () => void): () => void;
  unlock(passcode: string): Promise<Result<void, PasscodeFailure>>;
  /** Locks now (only with a passcode; without one there is nothing to lock). */
  lock(): boolean;
  /**
   * Sets a first passcode. Like changing and removing it, this makes a fresh data key and
   * re-encrypts every page under it in one transaction (see rekey): returns the NEW recovery
   * code to show once; every earlier code stops working.
   */
  setPasscode(passcode: string): Promise<Result<string, 'locked' | 'already-set' | 'damaged'>>;
  changePasscode(current: string, next: string): Promise<Result<string, PasscodeFailure>>;
  removePasscode(current: string): Promise<Result<string, PasscodeFailure>>;
  /** The recovery code again (the current passcode is asked for when one is set). */
  recoveryCode(current?: string): Promise<Result<string, PasscodeFailure>>;
  /**
   * A lost passcode: the recovery code opens the vault and sets a new passcode, under a fresh
   * data key (so the code just used, like every earlier one, stops working): returns the new
   * recovery code to show once.
   */
  unlockWithRecoveryCode(
    code: string,
    newPasscode: string,
  ): Promise<Result<string, RecoveryFailure>>;
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
  /**
   * Several records in ONE transaction (all or none), and, when `crisisCopy` is given and the
   * person opted in to a crisis copy, that copy replaced in the same transaction.
   */
  putMany(items: readonly BatchPut[], options?: { crisisCopy?: CrisisCopy }): Promise<void>;
  /** Every record (backups, counts in settings). */
  all(): StoredRecord[];
  /**
   * SEAM for sync (web/src/sync): puts (whole records: their `at` and `updatedAt` are kept) and
   * deletes in ONE transaction, all or nothing. Sync applies remote changes through this, around
   * the `vault` facade, so what arrives from another device is never queued to be sent back.
   * `durability: 'relaxed'` only for what can be fetched again (see idb.ts Commit.durability).
   * `parsed: true` says every put is a fresh object whose value came straight from JSON.parse
   * and that the caller keeps no reference to it (sync, with what it just decrypted): the view
   * then keeps those objects rather than a parsed copy of each (a newly linked device takes in
   * tens of thousands at once). Their page entries are still made, and checked, here.
   */
  writeBatch(
    puts: readonly StoredRecord[],
    deletes: readonly RecordRef[],
    options?: { durability?: 'relaxed'; parsed?: boolean },
  ): Promise<void>;
  close(): void;
}

type RecordRef = { kind: RecordKind; id: string };

const KEY_CHECK_REF = { kind: 'vault-key-check', id: 'data-key' };
const KEY_CHECK_VALUE = 'onward-key-check-v1';
/** The key-check of a vault that keeps a manifest: a missing manifest is then noticed. */
const KEY_CHECK_MANIFEST = 'onward-key-check-v2';
const CRISIS_COPY_REF = { kind: 'crisis-copy', id: 'device' };
const MANIFEST_REF = { kind: 'vault-manifest', id: 'pages' };

/**
 * The authenticated list of pages (finding 7), under the data key in meta `manifest`: every page
 * id with the head of its envelope (version, algorithm and random IV, which name one encryption),
 * and a counter that grows with every write. It is rewritten in the same transaction as every
 * page write, and the plaintext copy of the counter (`manifest-n`) is that transaction's
 * precondition, so two tabs never overwrite each other's manifest. At unlock a page whose head
 * differs (an older ciphertext put back), a page it does not list (a deleted one put back) or a
 * listed page that is gone is refused and counted (status.rolledBack), never loaded, rewritten
 * or deleted.
 */
interface Manifest {
  n: number;
  pages: Map<string, string>;
}

/** What a commit reads before it writes the manifest (see readManifest in the engine). */
interface StoredManifest {
  manifest: Manifest | undefined;
  /** The stored counter as found (the commit's precondition). */
  storedN: unknown;
  checked: 'v1' | 'v2';
}

const headId = (envelope: Uint8Array) => toBase64Url(headOf(envelope));

function parseManifest(x: unknown): Manifest | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const { n, pages } = x as Record<string, unknown>;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return undefined;
  if (typeof pages !== 'object' || pages === null || Array.isArray(pages)) return undefined;
  const out = new Map<string, string>();
  for (const [id, head] of Object.entries(pages)) {
    if (typeof head !== 'string') return undefined;
    out.set(id, head);
  }
  return { n, pages: out };
}

const sealManifest = (key: CryptoKey, m: Manifest) =>
  encryptRecord(key, MANIFEST_REF, { n: m.n, pages: Object.fromEntries(m.pages) });

async function openManifest(key: CryptoKey, stored: unknown): Promise<Manifest | 'absent' | 'bad'> {
  if (stored === undefined) return 'absent';
  if (!(stored instanceof Uint8Array)) return 'bad';
  const opened = await decryptRecord(key, MANIFEST_REF, stored);
  if (!opened.ok) return 'bad';
  return parseManifest(opened.value) ?? 'bad';
}

/** What the key-check says under `key`: 'v1', 'v2' (a manifest is kept) or 'wrong' key. */
async function keyCheck(key: CryptoKey, stored: unknown): Promise<'v1' | 'v2' | 'wrong'> {
  if (!(stored instanceof Uint8Array)) return 'wrong';
  const opened = await decryptRecord(key, KEY_CHECK_REF, stored);
  if (!opened.ok) return 'wrong';
  return opened.value === KEY_CHECK_MANIFEST
    ? 'v2'
    : opened.value === KEY_CHECK_VALUE
      ? 'v1'
      : 'wrong';
}

const storedCounter = (x: unknown): number | undefined =>
  typeof x === 'number' && Number.isSafeInteger(x) ? x : undefined;

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

  /** The stored manifest is missing or unreadable: the next write (or tidy) writes a new one. */
  let manifestNeeded = false;

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
  function setInView(record: StoredRecord, entry?: string, key = recordKey(record)) {
    let byId = view.get(record.kind);
    if (!byId) {
      byId = new Map();
      view.set(record.kind, byId);
    }
    byId.set(record.id, record);
    if (entry === undefined) return;
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
    refuse?: (id: string, bytes: Uint8Array) => boolean,
  ): Promise<{ damaged: number; refused: number; kinds: string[] }> {
    const present = stored.filter((s): s is readonly [string, Uint8Array] => s[1] !== undefined);
    const opened = await openStored(key, present, format);
    // Locked while decrypting: nothing decrypted may reach the view after the key is dropped.
    if (dataKey !== key) return { damaged: 0, refused: 0, kinds: [] };
    let damaged = 0;
    let refused = 0;
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
      // Opens, but the manifest does not list it as it is: an older copy put back. Left alone,
      // like a damaged value: never shown, rewritten or deleted.
      if (refuse?.(id, bytes)) {
        refused++;
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
    return { damaged, refused, kinds };
  }

  /**
   * Loads every stored value, checked against the manifest (finding 7). Without a manifest (a
   * vault from before manifests) everything is loaded and one is written at the next tidy; a
   * missing or unreadable manifest in a vault that kept one is told as a possible roll back.
   */
  async function loadChecked(
    key: CryptoKey,
    meta: { manifest: unknown; keyCheck: unknown },
    records: ReadonlyArray<readonly [string, Uint8Array]>,
  ): Promise<{ damaged: number; rolledBack: number; kinds: string[] }> {
    const manifest = await openManifest(key, meta.manifest);
    let refuse: ((id: string, bytes: Uint8Array) => boolean) | undefined;
    let missing = 0;
    if (typeof manifest === 'object') {
      manifestNeeded = false;
      const stored = new Set(records.map(([id]) => id));
      for (const id of manifest.pages.keys()) if (!stored.has(id)) missing++;
      refuse = (id, bytes) => manifest.pages.get(id) !== headId(bytes);
    } else {
      manifestNeeded = true;
      if ((await keyCheck(key, meta.keyCheck)) === 'v2') missing = 1;
    }
    const loaded = await loadEntries(key, records, refuse);
    return { damaged: loaded.damaged, rolledBack: loaded.refused + missing, kinds: loaded.kinds };
  }

  /** The whole view again from storage (after another tab wrote first, or an import). */
  async function reload(key: CryptoKey): Promise<void> {
    if (!db) return;
    const snap = await readAll(db);
    setFormat(snap.meta.get('format'));
    if ((await keyCheck(key, snap.meta.get('key-check'))) === 'wrong') {
      // Another tab set, changed or removed the passcode: this key is no longer the vault's.
      await keysChanged();
      return;
    }
    const before = clearView();
    const loaded = await loadChecked(
      key,
      { manifest: snap.meta.get('manifest'), keyCheck: snap.meta.get('key-check') },
      snap.records,
    );
    if (dataKey === key) setStatus({ damaged: loaded.damaged, rolledBack: loaded.rolledBack });
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
    change.puts.forEach((record, i) => {
      const k = change.putKeys?.[i] ?? recordKey(record);
      values.set(k, record);
      const id = entryOf.get(k);
      if (id !== undefined && entries.get(id)?.format === STORED_FORMAT_V2) {
        touched(id).add(k);
      } else {
        if (id !== undefined) touched(id).delete(k);
        homeless.push(k);
      }
    });
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
    // The caller's entries are read, never copied (a newly linked device passes 50,000).
    const given = change.json;
    const json = new Map<string, string>();
    const entryJson = (k: string): string | undefined => {
      let s = given?.get(k) ?? json.get(k);
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
    const toSeal: { id: string; entries: string[] }[] = [];
    for (const [id, m] of members) {
      expectRecords.push([id, entries.get(id)?.head ?? null]);
      const list: string[] = [];
      for (const k of m) {
        const s = entryJson(k);
        if (s === undefined) m.delete(k);
        else list.push(s);
      }
      if (m.size > 0) toSeal.push({ id, entries: list });
      else if (entries.has(id)) recordDelete.push(id);
    }
    // The manifest is read (IndexedDB, two small decryptions) while the pages are sealed.
    const manifestRead = toSeal.length > 0 ? readManifest(key, database) : undefined;
    manifestRead?.catch(() => undefined);
    const sealed = await sealPages(key, toSeal);
    toSeal.forEach(({ id }, i) => {
      const page = sealed[i] as { envelope: Uint8Array; plainBytes: number };
      sizes.set(id, page.plainBytes);
      recordPut.push([id, page.envelope]);
    });
    mark('vault:pages-sealed');
    if (recordPut.length === 0 && recordDelete.length === 0 && !meta && !manifestNeeded) return [];
    // The manifest, in the same transaction: what this write deletes goes, what it writes is
    // listed with its new head; pages it does not touch (other tabs', refused ones) stay as listed.
    const listed = await manifestChange(
      key,
      database,
      (m) => {
        const pages =
          m?.pages ??
          new Map(
            [...entries]
              .filter(([, e]) => e.format === STORED_FORMAT_V2)
              .map(([id, e]) => [id, toBase64Url(e.head)] as const),
          );
        for (const id of recordDelete) pages.delete(id);
        for (const [id, envelope] of recordPut) pages.set(id, headId(envelope));
        return pages;
      },
      manifestRead,
    );
    mark('vault:manifest-sealed');
    // Locked while encrypting: drop the write rather than store it under a key we let go.
    if (dataKey !== key) throw new VaultLockedError();
    await commit(database, {
      metaPut: [...(meta?.metaPut ?? []), ...(listed.metaPut ?? [])],
      expectMeta: [...(meta?.expectMeta ?? []), ...(listed.expectMeta ?? [])],
      recordPut,
      recordDelete,
      expectRecords,
      ...(change.durability ? { durability: change.durability } : {}),
    });
    mark('vault:committed');
    manifestNeeded = false;
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
        if (record) setInView(record, id, k);
      }
    }
    mark('vault:view-updated');
    return [...members.keys()];
  }

  /**
   * The stored manifest (if it opens), its counter and what the key-check says, read for a
   * commit; a key-check that does not open under `key` means another tab changed the data key:
   * this tab lets its key go. The commit itself checks the counter is still the one read here,
   * so reading it early (while the pages are sealed) never lets a write pass another tab's.
   */
  async function readManifest(key: CryptoKey, database: IDBDatabase): Promise<StoredManifest> {
    const [stored, storedN, check] = await readMeta(database, [
      'manifest',
      'manifest-n',
      'key-check',
    ]);
    const checked = await keyCheck(key, check);
    if (checked === 'wrong') {
      await keysChanged();
      throw new VaultLockedError();
    }
    const opened = await openManifest(key, stored);
    return { manifest: typeof opened === 'object' ? opened : undefined, storedN, checked };
  }

  /**
   * The manifest's part of a commit: the new manifest (pages from `edit`, given the stored one if
   * it opens), the counter one higher, the key-check raised to say a manifest is kept, and the
   * precondition that no other tab wrote since the counter was read. A key-check that does not
   * open means another tab changed the data key: this tab lets its key go.
   */
  async function manifestChange(
    key: CryptoKey,
    database: IDBDatabase,
    edit: (stored: Manifest | undefined) => Map<string, string>,
    read: Promise<StoredManifest> = readManifest(key, database),
  ): Promise<Pick<Commit, 'metaPut' | 'expectMeta'>> {
    const { manifest, storedN, checked } = await read;
    const n = Math.max(manifest?.n ?? 0, storedCounter(storedN) ?? 0) + 1;
    const metaPut: Array<readonly [MetaKey, unknown]> = [
      ['manifest', await sealManifest(key, { n, pages: edit(manifest) })],
      ['manifest-n', n],
    ];
    if (checked === 'v1') {
      metaPut.push(['key-check', await encryptRecord(key, KEY_CHECK_REF, KEY_CHECK_MANIFEST)]);
    }
    const primitive =
      storedN === undefined || typeof storedN === 'number' || typeof storedN === 'string';
    return {
      metaPut,
      expectMeta: primitive ? [['manifest-n', storedN as number | string | undefined]] : [],
    };
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
    if (
      old().length === 0 &&
      touchNext.size === 0 &&
      format !== STORED_FORMAT_V1 &&
      !manifestNeeded
    ) {
      return;
    }
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
      ['key-check', await encryptRecord(fresh, KEY_CHECK_REF, KEY_CHECK_MANIFEST)],
      ['manifest', await sealManifest(fresh, { n: 1, pages: new Map() })],
      ['manifest-n', 1],
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
    setAttempts(clampAttempts(parseAttempts(snap.meta.get('attempts')), now().getTime()));
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
    const [manifest, check] = db ? await readMeta(db, ['manifest', 'key-check']) : [];
    clearView();
    dataKey = key;
    const { damaged, rolledBack, kinds } = await loadChecked(
      key,
      { manifest, keyCheck: check },
      records,
    );
    if (dataKey !== key) return;
    setStatus({ state: 'unlocked', damaged, rolledBack, needsRecovery: false });
    emitKinds(kinds);
    await tidy(key);
  }

  /**
   * Another tab (or this one, in a race) changed the data key: let the old one go. With a
   * passcode now set, this tab locks; without one, it opens again with the device key.
   */
  async function keysChanged() {
    if (!db) return;
    const [passcode, device] = await readMeta(db, ['wrap-passcode', 'wrap-device']);
    setStatus({ hasPasscode: passcode !== undefined });
    if (dataKey) {
      dataKey = undefined;
      const kinds = clearView();
      setStatus({ state: 'locked' });
      emitKinds(kinds);
    }
    if (passcode === undefined && deviceKey) {
      const unwrapped = await unwrapDataKeyWithDeviceKey(device, deviceKey);
      if (unwrapped.ok) await unlockWith(unwrapped.value);
    }
  }

  function reset() {
    dataKey = undefined;
    deviceKey = undefined;
    const kinds = clearView();
    setStatus({
      state: 'opening',
      hasPasscode: false,
      failures: 0,
      retryAt: 0,
      damaged: 0,
      rolledBack: 0,
    });
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

  async function putMany(items: readonly BatchPut[], opts?: { crisisCopy?: CrisisCopy }) {
    await writable();
    let copyChanged = false;
    await exclusive(async () => {
      if (status.state !== 'unlocked' && status.state !== 'unavailable') {
        throw new VaultLockedError();
      }
      const key = dataKey;
      const stamp = now().toISOString();
      const records = items.map((item) => {
        const previous = current(item.kind, item.id);
        return recordFromEntryJson(
          pageEntryJson({
            kind: item.kind,
            id: item.id,
            at: item.at ?? previous?.at ?? stamp,
            updatedAt: stamp,
            value: item.value,
          } as StoredRecord),
        );
      });
      let written: string[] = [];
      if (key && db) {
        let meta: Pick<Commit, 'metaPut'> | undefined;
        const copy = opts?.crisisCopy ? parseCrisisCopy(opts.crisisCopy) : undefined;
        if (copy) {
          const [existing] = await readMeta(db, ['crisis-copy']);
          const ck = existing === undefined ? undefined : await copyKey();
          if (ck) {
            const envelope = await encryptRecord(ck, CRISIS_COPY_REF, paddedCrisisCopy(copy));
            meta = { metaPut: [['crisis-copy', envelope]] };
          }
        }
        written = await persistWithRetry(
          key,
          { puts: records, deletes: [], touch: [] },
          meta ? () => meta : undefined,
        );
        copyChanged = meta !== undefined;
      } else for (const r of records) setInView(r);
      emitKinds(records.map((r) => r.kind));
      post({ t: 'records', slots: written });
      firstWrite();
    });
    if (copyChanged) {
      for (const l of [...copyListeners]) l();
      post({ t: 'copy' });
    }
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

  async function writeBatch(
    puts: readonly StoredRecord[],
    deletes: readonly RecordRef[],
    options?: { durability?: 'relaxed'; parsed?: boolean },
  ): Promise<void> {
    await writable();
    return exclusive(async () => {
      if (status.state !== 'unlocked' && status.state !== 'unavailable') {
        throw new VaultLockedError();
      }
      // Checked (JSON) before anything is written, as a reload would give them back. The entry
      // made here is the one the page stores (JSON.stringify of what it parses to is the same).
      const json = new Map<string, string>();
      const putKeys: string[] = [];
      const staged = puts.map((r) => {
        const entry = pageEntryJson(r);
        let record: StoredRecord;
        if (options?.parsed) {
          // Already JSON values: only the fields a page entry must hold are checked.
          const { kind, id, at, updatedAt } = r as Record<keyof StoredRecord, unknown>;
          const strings = [kind, id, at, updatedAt].every((x) => typeof x === 'string');
          if (!strings) throw new TypeError('record is not JSON');
          record = r;
        } else record = recordFromEntryJson(entry);
        const k = recordKey(record);
        json.set(k, entry);
        putKeys.push(k);
        return record;
      });
      const gone = deletes.filter((d) => current(d.kind, d.id));
      if (staged.length === 0 && gone.length === 0) return;
      mark('vault:staged');
      const key = dataKey;
      let written: string[] = [];
      if (key && db) {
        const change: PageChange = {
          puts: staged,
          deletes: gone.map((d) => recordKey(d)),
          touch: [],
          json,
          putKeys,
          ...(options?.durability ? { durability: options.durability } : {}),
        };
        written = await persistWithRetry(key, change);
      } else for (const r of staged) setInView(r);
      for (const d of gone) removeFromView(d.kind, d.id);
      emitKinds([...new Set([...staged.map((r) => r.kind), ...gone.map((d) => d.kind)])]);
      mark('vault:listeners-done');
      post({ t: 'records', slots: written });
      firstWrite();
    });
  }

  // ---- passcode ----------------------------------------------------------------------------

  /**
   * Tries a passcode against the stored wrapping, with the growing delay after wrong ones. The
   * attempt is RECORDED FIRST (finding 5): one readwrite transaction reads the counter, refuses if
   * it is too soon, and otherwise stores the counter as if this guess were wrong, all before any
   * key is derived. N tabs guessing at once therefore get one guess per allowed slot: the others
   * find the wait already set. The right passcode clears it. A stored wait further ahead than its
   * failures earn (a clock moved back, finding 6) is clamped and written back in that transaction.
   */
  async function tryPasscode(
    passcode: string,
    extractable: boolean,
  ): Promise<Result<{ key: CryptoKey; stored: WrappedByPasscodeV1 }, PasscodeFailure>> {
    if (!db) return fail('damaged');
    const nowMs = now().getTime();
    type Gate =
      | { t: 'too-soon'; attempts: Attempts }
      | { t: 'damaged'; attempts: Attempts }
      | { t: 'try'; before: Attempts; recorded: Attempts; stored: WrappedByPasscodeV1 };
    const gate = await updateMeta<Gate>(db, ['attempts', 'wrap-passcode'], ([a, w]) => {
      const read = parseAttempts(a);
      const before = clampAttempts(read, nowMs);
      const fix = before.notBefore !== read.notBefore ? [['attempts', before] as const] : [];
      if (waitFor(before, nowMs) > 0)
        return { result: { t: 'too-soon', attempts: before }, put: fix };
      const parsed = parseWrappedDataKey(w);
      if (!parsed.ok || parsed.value.by !== 'passcode') {
        return { result: { t: 'damaged', attempts: before }, put: fix };
      }
      const recorded = afterWrongPasscode(before, nowMs);
      return {
        result: { t: 'try', before, recorded, stored: parsed.value },
        put: [['attempts', recorded]],
      };
    });
    if (gate.t !== 'try') {
      setAttempts(gate.attempts);
      return fail(gate.t);
    }
    setAttempts(gate.recorded);
    const unwrapped = await unwrapDataKeyWithPasscode(gate.stored, passcode, {
      extractable,
      derive,
    });
    if (!unwrapped.ok) {
      if (unwrapped.reason === 'wrong-passcode-or-tampered') {
        // The wait runs from when the answer is known, not from when the guess began (Argon2id
        // may take longer than the first waits): push notBefore on, never back, in one step.
        const afterMs = now().getTime();
        const settled = await updateMeta<Attempts>(db, ['attempts'], ([a]) => {
          const stored = parseAttempts(a);
          // Cleared meanwhile (the right passcode in another tab): nothing to push on.
          if (stored.failures === 0) return { result: stored };
          const notBefore = Math.max(stored.notBefore, afterMs + delayAfter(stored.failures));
          const next = { failures: stored.failures, notBefore };
          return { result: next, put: [['attempts', next]] };
        }).catch(() => gate.recorded);
        setAttempts(settled);
        return fail('wrong-passcode');
      }
      // Nothing was checked (parameters this build will not run): the attempt does not count.
      await commitChange(
        gate.before.failures > 0
          ? { metaPut: [['attempts', gate.before]] }
          : { metaDelete: ['attempts'] },
      ).catch(() => undefined);
      setAttempts(gate.before);
      return fail('damaged');
    }
    await commitChange({ metaDelete: ['attempts'] });
    setAttempts(NO_ATTEMPTS);
    return ok({ key: unwrapped.value, stored: gate.stored });
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

  /**
   * A fresh data key (finding 1): every record is re-encrypted under a new random key into new
   * pages, and ONE transaction writes them, deletes every old value this tab read, writes the new
   * key-check and manifest under the new key and the new wrapping (from `wrapping`), and deletes
   * the old wrappings and the counter. Interrupted, nothing has changed; committed, no stored
   * wrapping, device key or recovery code from before opens anything written now. (Old bytes
   * may linger in the browser's files for a while: they open only what was there before.)
   * Values that did not open (damaged, or refused by the manifest) are left as they are.
   * Returns the new recovery code. Runs inside `exclusive`, while unlocked.
   */
  async function rekey(
    wrapping: (fresh: CryptoKey) => Promise<{
      put: Array<readonly [MetaKey, unknown]>;
      remove: MetaKey[];
    }>,
  ): Promise<string> {
    for (let attempt = 1; ; attempt++) {
      const database = db;
      const old = dataKey;
      if (!database || !old) throw new VaultLockedError();
      const fresh = await generateDataKey();
      const records = all();
      const pages = packPages(records, limits);
      const sealed = (await sealPages(fresh, pages)).map((p) => p.envelope);
      const [storedN] = await readMeta(database, ['manifest-n']);
      const n = (storedCounter(storedN) ?? 0) + 1;
      const listed = new Map(pages.map((p, i) => [p.id, headId(sealed[i] as Uint8Array)]));
      const wrap = await wrapping(fresh);
      const code = await recoveryCodeFromDataKey(fresh);
      const metaPut: Array<readonly [MetaKey, unknown]> = [
        ...wrap.put,
        ['key-check', await encryptRecord(fresh, KEY_CHECK_REF, KEY_CHECK_MANIFEST)],
        ['manifest', await sealManifest(fresh, { n, pages: listed })],
        ['manifest-n', n],
        ['format', STORED_FORMAT_V2],
      ];
      const current = await nonExtractable(fresh);
      if (dataKey !== old) throw new VaultLockedError();
      try {
        await commit(database, {
          expectRecords: [...entries].map(([id, e]) => [id, e.head] as const),
          expectMeta: [
            ['manifest-n', storedN === undefined || typeof storedN === 'number' ? storedN : -1],
          ],
          recordDelete: [...entries.keys()],
          recordPut: pages.map((p, i) => [p.id, sealed[i] as Uint8Array] as const),
          metaPut,
          metaDelete: [...wrap.remove, 'attempts'],
        });
      } catch (e) {
        if (!(e instanceof WriteConflict) || attempt >= 5) throw e;
        await reload(old);
        continue;
      }
      dataKey = current;
      setFormat(STORED_FORMAT_V2);
      manifestNeeded = false;
      clearView();
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
      setStatus({ failures: 0, retryAt: 0 });
      return code;
    }
  }

  /** The wrapping of a fresh data key by a passcode (the old wrappings go). */
  const byPasscode = (passcode: string) => async (fresh: CryptoKey) => ({
    put: [['wrap-passcode', await wrapDataKeyWithPasscode(fresh, passcode, { derive })] as const],
    remove: ['wrap-device' as const],
  });

  async function setPasscode(passcode: string) {
    await opening;
    return exclusive(async (): Promise<Result<string, 'locked' | 'already-set' | 'damaged'>> => {
      if (status.state !== 'unlocked') return fail('locked');
      if (status.hasPasscode) return fail('already-set');
      if (!db || !deviceKey || !dataKey) return fail('damaged');
      // One transaction: the passcode wrapping of the new key appears as the device wrapping
      // disappears, so there is never a moment when neither (data lost) or both (passcode
      // bypassed) exist; and the device key no longer opens anything written from now on.
      const code = await rekey(byPasscode(passcode));
      setStatus({ hasPasscode: true });
      post({ t: 'keys' });
      return ok(code);
    });
  }

  async function changePasscode(currentPasscode: string, next: string) {
    await opening;
    return exclusive(async (): Promise<Result<string, PasscodeFailure>> => {
      if (status.state !== 'unlocked') return fail('locked');
      if (!status.hasPasscode) return fail('damaged');
      const tried = await tryPasscode(currentPasscode, false);
      if (!tried.ok) return tried;
      // A new key, not a re-wrap: the old passcode's wrapping may linger on disk, and must open
      // nothing written from now on.
      const code = await rekey(byPasscode(next));
      post({ t: 'keys' });
      return ok(code);
    });
  }

  async function removePasscode(currentPasscode: string) {
    await opening;
    return exclusive(async (): Promise<Result<string, PasscodeFailure>> => {
      if (status.state !== 'unlocked') return fail('locked');
      if (!status.hasPasscode) return fail('damaged');
      if (!deviceKey) return fail('damaged');
      const device = deviceKey;
      const tried = await tryPasscode(currentPasscode, false);
      if (!tried.ok) return tried;
      const code = await rekey(async (fresh) => ({
        put: [['wrap-device', await wrapDataKeyWithDeviceKey(fresh, device)]],
        remove: ['wrap-passcode'],
      }));
      setStatus({ hasPasscode: false });
      post({ t: 'keys' });
      return ok(code);
    });
  }

  async function recoveryCode(currentPasscode?: string) {
    await opening;
    return exclusive(async (): Promise<Result<string, PasscodeFailure>> => {
      if (status.state !== 'unlocked' || !db) return fail('locked');
      if (status.hasPasscode) {
        // Shown again only with the passcode (finding 2), even while unlocked.
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
    return exclusive(async (): Promise<Result<string, RecoveryFailure>> => {
      if (!db) return fail('damaged');
      const decoded = await dataKeyFromRecoveryCode(code, { extractable: true });
      if (!decoded.ok) return fail('invalid-code');
      const [check] = await readMeta(db, ['key-check']);
      if (!(check instanceof Uint8Array)) return fail('damaged');
      if ((await keyCheck(decoded.value, check)) === 'wrong') return fail('wrong-code');
      let device = deviceKey;
      if (!device) {
        device = await generateDeviceKey();
        await commitChange({ metaPut: [['device-key', device]] });
        deviceKey = device;
      }
      // Open with the code's key first, then move everything to a fresh key: the code just
      // typed (kept, or photographed) stops working like every other earlier code.
      await unlockWith(await nonExtractable(decoded.value));
      const withDevice = device;
      const fresh = await rekey(
        newPasscode
          ? byPasscode(newPasscode)
          : async (key) => ({
              put: [['wrap-device', await wrapDataKeyWithDeviceKey(key, withDevice)]],
              remove: ['wrap-passcode'],
            }),
      );
      setStatus({ hasPasscode: Boolean(newPasscode), failures: 0, retryAt: 0 });
      post({ t: 'keys' });
      return ok(fresh);
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
    return ok(await sealBackup(passphrase, payload, { derive }));
  }

  async function readBackup(
    passphrase: string,
    file: Uint8Array,
  ): Promise<Result<PendingImport, ImportFailure>> {
    await opening;
    if (status.state !== 'unlocked' && status.state !== 'unavailable') return fail('locked');
    // The screen checks the size before reading the file; this is the same cap, for any caller.
    if (file.length > MAX_BACKUP_BYTES) return fail('too-large');
    const opened = await openBackup(passphrase, file, { derive });
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
          const sealed = (await sealPages(key, pages)).map((p) => p.envelope);
          // The manifest lists exactly the imported pages (the clear removes every other).
          const listed = await manifestChange(
            key,
            db,
            () => new Map(pages.map((p, i) => [p.id, headId(sealed[i] as Uint8Array)])),
          );
          if (dataKey !== key) throw new VaultLockedError();
          await commitChange({
            clearRecords: true,
            recordPut: pages.map((p, i) => [p.id, sealed[i] as Uint8Array] as const),
            metaPut: [
              ...(listed.metaPut ?? []),
              ...(format === STORED_FORMAT_V1 ? [['format', STORED_FORMAT_V2] as const] : []),
            ],
            expectMeta: listed.expectMeta,
          });
          manifestNeeded = false;
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
      if (mode === 'replace') setStatus({ damaged: 0, rolledBack: 0 });
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
        const copy = parseCrisisCopy(value);
        if (!copy) return;
        const envelope = await encryptRecord(key, CRISIS_COPY_REF, paddedCrisisCopy(copy));
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
          const [passcode, check] = await readMeta(database, ['wrap-passcode', 'key-check']);
          setStatus({ hasPasscode: passcode !== undefined });
          // Still this tab's key (a re-wrap with raised parameters): nothing else to do.
          if (dataKey && (await keyCheck(dataKey, check)) !== 'wrong') return;
          if (dataKey || (status.state === 'locked' && passcode === undefined)) {
            await keysChanged();
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
    writeBatch,
    putMany,
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
