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
