// The app's vault, as features see it: the VaultRecords contract (put / get / list / delete /
// subscribe) over the encrypted IndexedDB vault (engine.ts).
//
// This file is small and bundled with the shell; the vault's code (engine, crypto, IndexedDB) is
// a separate chunk loaded on first use: any read, write, subscription, useVaultStatus() or
// useCrisisCopy() starts it, in the background. So the help screens never wait for the vault
// and never even download it unless they show something from it, while any screen that reads
// records opens it at once. Until it has opened, `get` returns undefined and `list` [] (the
// same as while locked), subscribers hear about every kind once records are in, and `put` /
// `delete` wait for it. With no passcode set it unlocks by itself with the device key.
import { useEffect, useState } from 'preact/hooks';
import { VAULT_DB_NAME } from './db-name.ts';
import type { EncryptedVault } from './engine.ts';
import type {
  CrisisCopy,
  RecordKind,
  RecordKinds,
  StoredRecord,
  TimeRange,
  VaultRecords,
  VaultStatus,
} from './types.ts';

export type {
  CrisisContact,
  CrisisCopy,
  RecordKind,
  RecordKinds,
  StoredRecord,
  TimeRange,
  VaultRecords,
  VaultState,
  VaultStatus,
} from './types.ts';
export { VaultLockedError } from './types.ts';
export { useRecord, useRecords } from './use-records.ts';
export { VAULT_DB_NAME };

let engine: EncryptedVault | undefined;
/** SEAM for sync (sync/queue.ts): what a local write stores beside the record, if anything. */
let writeLocal: typeof import('../sync/queue.ts').writeLocal | undefined;
let queueMany: typeof import('../sync/queue.ts').queueMany | undefined;
let loading: Promise<EncryptedVault> | undefined;
const recordListeners = new Set<(kind: RecordKind) => void>();
const statusListeners = new Set<() => void>();
const copyListeners = new Set<() => void>();
const OPENING: VaultStatus = {
  state: 'opening',
  hasPasscode: false,
  failures: 0,
  retryAt: 0,
  damaged: 0,
};

/** Starts opening the vault (once) and resolves with it. */
export function loadVault(): Promise<EncryptedVault> {
  loading ??= Promise.all([import('./start.ts'), import('../sync/queue.ts')]).then(
    ([{ engine: e }, q]) => {
      engine = e;
      writeLocal = q.writeLocal;
      queueMany = q.queueMany;
      e.subscribe((kind) => {
        for (const l of [...recordListeners]) l(kind);
      });
      e.onStatus(() => {
        for (const l of [...statusListeners]) l();
      });
      e.onCrisisCopy(() => {
        for (const l of [...copyListeners]) l();
      });
      for (const l of [...statusListeners]) l();
      // Sync runs in the background while unlocked and linked (its own lazy chunk; without a
      // linked device it makes no request).
      if (typeof window !== 'undefined')
        void import('../sync/start.ts').then((m) => m.syncContext());
      // Live share links follow the records they share (no request unless one exists).
      if (typeof window !== 'undefined')
        void import('../features/share/live.ts').then((m) => m.startLiveShares());
      return e;
    },
  );
  return loading;
}

/**
 * Whether this device may hold a vault: false only when the browser lists its databases and the
 * vault's is not among them, i.e. nothing of the person's has ever been stored here (a first
 * visit). True once the vault has started in this tab, and wherever the browser cannot say.
 */
export async function vaultMayExist(): Promise<boolean> {
  if (loading) return true;
  try {
    const databases = await indexedDB.databases();
    return databases.some((db) => db.name === VAULT_DB_NAME);
  } catch {
    return true;
  }
}

let presentChecked: Promise<EncryptedVault | undefined> | undefined;

/** The vault, opened only if this device may hold one (see vaultMayExist); else undefined. */
function presentVault(): Promise<EncryptedVault | undefined> {
  if (loading) return loading;
  presentChecked ??= vaultMayExist().then((yes) => (yes ? loadVault() : undefined));
  return presentChecked.then((e) => e ?? (loading ? loading : undefined));
}

const started = (): EncryptedVault | undefined => {
  // The build-time prerender (Node, import.meta.env.SSR) shows nobody's records: it reads nothing
  // and never opens the vault. The client build folds the flag away.
  if (!engine && !import.meta.env.SSR) void loadVault();
  return engine;
};

/**
 * Quick exit: lock now if the vault has been opened in this tab (drops the data key and the
 * decrypted view). Never starts loading the vault. Without a passcode there is nothing to lock;
 * leaving the page is what clears memory then.
 */
export function lockVaultNow(): void {
  engine?.lock();
}

/** Records: put / get / list / delete / subscribe. Features use only this. */
export const vault: VaultRecords = {
  async put<K extends RecordKind>(
    kind: K,
    id: string,
    value: RecordKinds[K],
    options?: { at?: string },
  ) {
    const e = await loadVault();
    // When this device syncs, the record, its clock and its outbox entry are one transaction.
    return writeLocal ? writeLocal(e, kind, id, value, options) : e.put(kind, id, value, options);
  },
  get<K extends RecordKind>(kind: K, id: string): StoredRecord<K> | undefined {
    return started()?.get(kind, id);
  },
  list<K extends RecordKind>(kind: K, range?: TimeRange): StoredRecord<K>[] {
    return started()?.list(kind, range) ?? [];
  },
  async delete(kind: RecordKind, id: string) {
    const e = await loadVault();
    return writeLocal ? writeLocal(e, kind, id, undefined) : e.delete(kind, id);
  },
  subscribe(listener) {
    started();
    recordListeners.add(listener);
    return () => {
      recordListeners.delete(listener);
    };
  },
};

/**
 * The vault as the help screens read it: the same records, but it never starts the vault on a
 * device that has none (vaultMayExist). On a first visit, "Get help now" then neither downloads
 * the vault's code nor creates its database, work a slow phone would do for nothing while the
 * person reads the crisis lines; there is nothing of theirs to show. Where a vault may exist it
 * opens as with `vault`, and subscribers hear about every kind once its records are in.
 */
export const helpVault: VaultRecords = {
  put: (kind, id, value, options) => vault.put(kind, id, value, options),
  delete: (kind, id) => vault.delete(kind, id),
  get<K extends RecordKind>(kind: K, id: string): StoredRecord<K> | undefined {
    return engine?.get(kind, id);
  },
  list<K extends RecordKind>(kind: K, range?: TimeRange): StoredRecord<K>[] {
    return engine?.list(kind, range) ?? [];
  },
  subscribe(listener) {
    if (!engine && !import.meta.env.SSR) void presentVault();
    recordListeners.add(listener);
    return () => {
      recordListeners.delete(listener);
    };
  },
};

/** The vault's state (opening, locked, unlocked, unavailable); re-renders on change. */
export function useVaultStatus(): VaultStatus {
  const read = () => started()?.status() ?? OPENING;
  const [status, setStatus] = useState(read);
  useEffect(() => {
    const update = () => setStatus(read());
    statusListeners.add(update);
    update();
    return () => {
      statusListeners.delete(update);
    };
  }, []);
  return status;
}

/**
 * Saves what the lock screen and the help screens may show while locked (null: the person opted
 * out, and the copy is erased). Encrypted under a key wrapped by the device key, NOT the
 * passcode, so keep it to what the person chose to show. Needs the vault unlocked (rejects with
 * VaultLockedError otherwise); resolves once durable.
 */
export async function setCrisisCopy(value: CrisisCopy | null): Promise<void> {
  return (await loadVault()).setCrisisCopy(value);
}

/**
 * Writes several records in ONE transaction: all are saved or none is. With `crisisCopy`, the
 * copy shown while locked (if the person opted in to one) is replaced in that same transaction.
 * Resolves once durable.
 */
export async function putMany(
  items: ReadonlyArray<{ kind: RecordKind; id: string; value: unknown; at?: string }>,
  options?: { crisisCopy?: CrisisCopy },
): Promise<void> {
  const e = await loadVault();
  await e.ready();
  // When this device syncs, each record's clock and outbox entry join the same transaction.
  const queued = queueMany ? queueMany(e, items) : [];
  return e.putMany([...items, ...queued], options);
}

/**
 * The crisis copy, or undefined (none, or not read yet); works while locked. `onlyIfPresent`
 * (the help screens): never starts the vault on a device that has none (see helpVault).
 */
export function useCrisisCopy(onlyIfPresent = false): CrisisCopy | undefined {
  const [copy, setCopy] = useState<CrisisCopy | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const read = () => {
      (onlyIfPresent ? presentVault() : loadVault())
        .then((e) => e?.getCrisisCopy())
        .then(
          (value) => live && setCopy(value),
          () => undefined,
        );
    };
    read();
    copyListeners.add(read);
    return () => {
      live = false;
      copyListeners.delete(read);
    };
  }, []);
  return copy;
}

/** Reads the crisis copy once (works while locked); undefined when there is none. */
export async function getCrisisCopy(): Promise<CrisisCopy | undefined> {
  return (await loadVault()).getCrisisCopy();
}

/**
 * A few controls for features and tests. The lock screen and the privacy settings use the full
 * vault (`engine` from vault/start.ts, in their own lazy chunks).
 */
export const vaultControl = {
  /** Resolves once the vault has opened (locked, unlocked or unavailable). */
  ready: async (): Promise<void> => (await loadVault()).ready(),
  status: (): VaultStatus => started()?.status() ?? OPENING,
  /** Locks now when a passcode is set (false when there is nothing to lock). */
  lock: (): boolean => engine?.lock() ?? false,
  getCrisisCopy,
};
