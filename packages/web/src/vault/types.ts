// The vault's contract: the one way features keep a person's private records. The encrypted
// IndexedDB implementation and the in-memory one used in tests both satisfy it.
//
// Each feature declares its record kinds by augmenting RecordKinds from its own folder:
//
//   declare module '../vault/types.ts' {
//     interface RecordKinds { 'safety-plan': SafetyPlan }
//   }
//
// so `vault.put('safety-plan', id, plan)` is type-checked without a central list to edit.

// biome-ignore lint/suspicious/noEmptyInterface: augmented by each feature.
export interface RecordKinds {}

export type RecordKind = keyof RecordKinds & string;

export interface StoredRecord<K extends RecordKind = RecordKind> {
  kind: K;
  id: string;
  /** ISO time the record is about (when an urge happened, a diary card's day); for ranges. */
  at: string;
  /** ISO time of the last write. */
  updatedAt: string;
  value: RecordKinds[K];
}

export interface TimeRange {
  /** Inclusive ISO lower bound on `at`. */
  from?: string;
  /** Exclusive ISO upper bound on `at`. */
  to?: string;
}

export interface VaultRecords {
  /**
   * Saves a record. Resolves only once the write is durable (committed to storage), so the UI
   * may say "saved" after it resolves. `at` defaults to the time of the first write.
   */
  put<K extends RecordKind>(
    kind: K,
    id: string,
    value: RecordKinds[K],
    options?: { at?: string },
  ): Promise<void>;
  /** Reads from the decrypted in-memory view: synchronous. */
  get<K extends RecordKind>(kind: K, id: string): StoredRecord<K> | undefined;
  /** Records of a kind, oldest `at` first, optionally within a time range. */
  list<K extends RecordKind>(kind: K, range?: TimeRange): StoredRecord<K>[];
  delete(kind: RecordKind, id: string): Promise<void>;
  /** Called after any change to records of the given kinds (all kinds when omitted). */
  subscribe(listener: (kind: RecordKind) => void): () => void;
}

// ---------------------------------------------------------------------------------------------
// Lock and status (added with the encrypted vault; everything above is unchanged).
//
// While the vault is `opening` or `locked`, `get` returns undefined, `list` returns [] and `put`
// / `delete` wait while opening, then reject with VaultLockedError if the vault is locked (the
// app shows the lock screen on private routes, so features rarely see it). Values must be JSON:
// plain objects, arrays, strings, finite numbers, booleans, null (a Date becomes its ISO string
// and `undefined` fields are dropped, exactly as after a reload; keep binary as base64 text).

export type VaultState =
  /** Reading keys and records from storage. Help screens never wait for this. */
  | 'opening'
  /** A passcode is set and has not been entered (or the vault locked itself). */
  | 'locked'
  /** Records are decrypted in memory; reads and writes work. */
  | 'unlocked'
  /**
   * This browser gives us no storage (IndexedDB missing or refused, e.g. some private modes):
   * records live in memory for this visit only. Settings say so plainly.
   */
  | 'unavailable';

export interface VaultStatus {
  state: VaultState;
  /** A passcode wraps the data key (so the vault can lock). */
  hasPasscode: boolean;
  /** Wrong passcodes in a row (kept in storage, so a reload does not clear it). */
  failures: number;
  /** Epoch ms before which no passcode is tried (growing delay after wrong ones); 0 if none. */
  retryAt: number;
  /** Stored records that could not be decrypted (damaged storage); they are left untouched. */
  damaged: number;
  /**
   * Pages the manifest does not list as they are (an older copy put back, a page put back after
   * it was deleted, or a page gone): they are not shown, and left untouched. 0 if none.
   */
  rolledBack?: number;
  /** The device key no longer opens the data (damaged storage): only the recovery code can. */
  needsRecovery?: boolean;
}

export class VaultLockedError extends Error {
  constructor() {
    super('The vault is locked');
    this.name = 'VaultLockedError';
  }
}

// ---------------------------------------------------------------------------------------------
// Crisis copy: the part of the safety plan the person chose to see on the lock screen and the
// help screens while locked. It is encrypted under a key wrapped by the device key (NOT by the
// passcode), so it opens without the passcode: only what the person opted in to belongs here.
// `setCrisisCopy(value)` (value null = opted out, and the copy is erased) and `useCrisisCopy()`
// live in vault/index.ts. The safety-plan feature keeps it in step with the plan.

export interface CrisisContact {
  name: string;
  /** As the person typed it; the screen builds tel:/sms: links from it. */
  phone?: string;
  /** E.g. "my key worker", "weekdays 9 to 5". */
  note?: string;
}

export interface CrisisCopy {
  /** Step 2: things I can do on my own. */
  copingStrategies: readonly string[];
  /** Step 4: people I can ask for help. */
  people: readonly CrisisContact[];
  /** Step 5: professionals and agencies. */
  professionals: readonly CrisisContact[];
  /** Reasons for living, when the person chose to include them. */
  reasons?: readonly string[];
}
