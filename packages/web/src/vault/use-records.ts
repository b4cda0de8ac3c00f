// Preact hooks over the vault: components re-render when records of their kind change.
import { useEffect, useState } from 'preact/hooks';
import type { RecordKind, StoredRecord, TimeRange, VaultRecords } from './types.ts';

export function useRecords<K extends RecordKind>(
  vault: VaultRecords,
  kind: K,
  range?: TimeRange,
): StoredRecord<K>[] {
  const read = () => vault.list(kind, range);
  const [records, setRecords] = useState(read);
  useEffect(() => {
    setRecords(read());
    return vault.subscribe((k) => {
      if (k === kind) setRecords(read());
    });
  }, [vault, kind, range?.from, range?.to]);
  return records;
}

export function useRecord<K extends RecordKind>(
  vault: VaultRecords,
  kind: K,
  id: string,
): StoredRecord<K> | undefined {
  const [record, setRecord] = useState(() => vault.get(kind, id));
  useEffect(() => {
    setRecord(vault.get(kind, id));
    return vault.subscribe((k) => {
      if (k === kind) setRecord(vault.get(kind, id));
    });
  }, [vault, kind, id]);
  return record;
}
