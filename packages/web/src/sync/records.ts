// What sync keeps in the vault (encrypted under the local data key like every record, so a
// passcode change re-encrypts them and never breaks sync). Kinds:
//   'sync-state'   id 'this': this device's link: vault id, the sync key (and the epoch it
//                  belongs to), this device's mailbox key pair and token, the pull cursor.
//   'sync-clocks'  id = a bucket (clocks.ts): for each record in it (key "<kind> <id>") the clock
//                  stamp of its last change, and whether it was a delete (a tombstone outlives
//                  the record). Earlier builds kept one 'sync-clock' record per record (id =
//                  "<kind> <id>"); those are still read and folded into buckets.
//   'sync-outbox'  id = "<kind> <id>": the record waits to be sent; one entry per record, so
//                  editing a queued record again replaces its entry (coalesced).
// These never leave the device. 'sync-device' (id = device key id: the name the person
// gave each device, and when it was linked) is an ordinary record and syncs.
import type { RecordKind } from '../vault/types.ts';

export interface SyncState {
  v: 1;
  vaultId: string;
  /** base64url, 32 bytes. */
  syncKey: string;
  keyEpoch: number;
  /** Earlier keys, kept to read changes sealed before a rotation (epoch -> key). */
  oldKeys?: Record<string, string>;
  /** This device's key id (16 bytes, base64url); also its clock's device id. */
  deviceKeyId: string;
  /** PKCS#8 of this device's long-term ECDH key (for its key mailbox), base64url. */
  devicePrivate: string;
  devicePublic: string;
  mailboxToken: string;
  /** The last server sequence applied. */
  cursor: number;
  /** ISO time of the last successful exchange with the server. */
  lastSyncedAt?: string;
}

export interface SyncClock {
  /** Encoded hybrid logical clock stamp. */
  h: string;
  /** The last change was a delete. */
  d?: 1;
}

export interface SyncOutboxEntry {
  /** The change id this entry is sent under (a new one each time the record changes again). */
  c: string;
}

export interface SyncDevice {
  name: string;
  linkedAt: string;
}

declare module '../vault/types.ts' {
  interface RecordKinds {
    'sync-state': SyncState;
    'sync-clock': SyncClock;
    'sync-clocks': Record<string, SyncClock>;
    'sync-outbox': SyncOutboxEntry;
    'sync-device': SyncDevice;
  }
}

export const STATE_ID = 'this';
/** Kinds that stay on this device: never queued, never sent. */
export const LOCAL_KINDS: ReadonlySet<string> = new Set([
  'sync-state',
  'sync-clock',
  'sync-clocks',
  'sync-outbox',
]);

export const refKey = (kind: string, id: string): string => `${kind} ${id}`;
export function fromRefKey(key: string): { kind: RecordKind; id: string } {
  const at = key.indexOf(' ');
  return { kind: key.slice(0, at) as RecordKind, id: key.slice(at + 1) };
}

/** Reads the stored state defensively (storage is a trust boundary). */
export function readState(value: unknown): SyncState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const s = value as Partial<SyncState>;
  const strings = [
    s.vaultId,
    s.syncKey,
    s.deviceKeyId,
    s.devicePrivate,
    s.devicePublic,
    s.mailboxToken,
  ];
  if (s.v !== 1 || strings.some((x) => typeof x !== 'string')) return undefined;
  if (!Number.isInteger(s.keyEpoch) || !Number.isInteger(s.cursor)) return undefined;
  return s as SyncState;
}
