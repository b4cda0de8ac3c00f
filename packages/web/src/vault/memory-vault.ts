// An in-memory VaultRecords: the same behaviour as the encrypted vault without storage. Used by
// unit tests of features (prefer it to mocks) and as the reference for the vault's own tests.
import type { RecordKind, RecordKinds, StoredRecord, TimeRange, VaultRecords } from './types.ts';

const keyOf = (kind: string, id: string) => `${kind}\u0000${id}`;

export function inRange(at: string, range?: TimeRange): boolean {
  if (!range) return true;
  const t = Date.parse(at);
  if (range.from !== undefined && t < Date.parse(range.from)) return false;
  if (range.to !== undefined && t >= Date.parse(range.to)) return false;
  return true;
}

export function byTime(a: StoredRecord, b: StoredRecord): number {
  return Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function createMemoryVault(now: () => Date = () => new Date()): VaultRecords {
  const records = new Map<string, StoredRecord>();
  const listeners = new Set<(kind: RecordKind) => void>();
  const emit = (kind: RecordKind) => {
    for (const l of listeners) l(kind);
  };
  return {
    async put<K extends RecordKind>(
      kind: K,
      id: string,
      value: RecordKinds[K],
      options?: { at?: string },
    ) {
      const stamp = now().toISOString();
      const previous = records.get(keyOf(kind, id));
      const at = options?.at ?? previous?.at ?? stamp;
      // Stored as a structured clone, as the encrypted vault would, so callers cannot mutate it.
      records.set(keyOf(kind, id), {
        kind,
        id,
        at,
        updatedAt: stamp,
        value: structuredClone(value),
      } as StoredRecord);
      emit(kind);
    },
    get<K extends RecordKind>(kind: K, id: string) {
      return records.get(keyOf(kind, id)) as StoredRecord<K> | undefined;
    },
    list<K extends RecordKind>(kind: K, range?: TimeRange) {
      return ([...records.values()] as StoredRecord<K>[])
        .filter((r) => r.kind === kind && inRange(r.at, range))
        .sort(byTime);
    },
    async delete(kind: RecordKind, id: string) {
      if (records.delete(keyOf(kind, id))) emit(kind);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
