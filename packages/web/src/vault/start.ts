// The one encrypted vault of this page: created when this module is first imported, which the
// eager facade in index.ts does on first use (a lazy chunk, so the help screens never download
// the vault's code unless they show something from it). Screens that manage the vault itself
// (lock screen, privacy settings) import `engine` from here; features use `vault` from index.ts.
import { startAutoLock } from './auto-lock.ts';
import { VAULT_DB_NAME } from './db-name.ts';
import { createEncryptedVault, type EncryptedVault, type TabChannel } from './engine.ts';
import { requestPersistence } from './persistence.ts';
import { createWorkerDerive } from './worker-derive.ts';

// Outside a browser (unit tests in Node) there is no IndexedDB: the vault is then memory-only
// with the same behaviour, so features can be tested against the real module.
const hasIndexedDb = typeof indexedDB !== 'undefined';

export const engine: EncryptedVault = createEncryptedVault({
  indexedDB: hasIndexedDb ? indexedDB : undefined,
  name: VAULT_DB_NAME,
  channel:
    hasIndexedDb && typeof BroadcastChannel !== 'undefined'
      ? (new BroadcastChannel(VAULT_DB_NAME) as unknown as TabChannel)
      : null,
  onFirstWrite: () => void requestPersistence(),
  // Argon2id in a Web Worker, so unlocking never freezes the page (quick exit keeps working);
  // on this thread only where there is no Worker.
  derive: createWorkerDerive(),
});

if (hasIndexedDb && typeof window !== 'undefined') startAutoLock(engine);
