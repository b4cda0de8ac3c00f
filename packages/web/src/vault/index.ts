// The app's vault. INTERIM: an in-memory store with the same contract, so features can be built
// against `vault` while the encrypted IndexedDB vault (issue 3) is written; it replaces this file.
import { createMemoryVault } from './memory-vault.ts';
import type { VaultRecords } from './types.ts';

export type { RecordKind, RecordKinds, StoredRecord, TimeRange, VaultRecords } from './types.ts';
export { useRecord, useRecords } from './use-records.ts';

export const vault: VaultRecords = createMemoryVault();
