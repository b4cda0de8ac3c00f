// Persistent storage: without it the browser may clear IndexedDB when the device runs short of
// space, and with it the person's records. Asked for after the first record is saved (Firefox
// shows a prompt, which would be puzzling on the first screen), and again from settings.

export type PersistenceState = 'granted' | 'not-granted' | 'unsupported';

const storage = (): StorageManager | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.storage;

export async function persistenceState(): Promise<PersistenceState> {
  const s = storage();
  if (!s?.persisted) return 'unsupported';
  try {
    return (await s.persisted()) ? 'granted' : 'not-granted';
  } catch {
    return 'unsupported';
  }
}

/** Asks the browser to keep our storage; the answer is the browser's own, without a reason. */
export async function requestPersistence(): Promise<PersistenceState> {
  const s = storage();
  if (!s?.persist) return 'unsupported';
  try {
    return (await s.persist()) ? 'granted' : 'not-granted';
  } catch {
    return 'unsupported';
  }
}
