// The outgoing queue: every local write (through the `vault` facade) also stores, in the SAME
// transaction, the record's new clock stamp and its entry in the outbox. So an edit made offline
// is queued durably and survives a reload, and a change is never saved without being queued.
// Writes that arrive from another device go around the facade (engine.writeBatch) and are not
// queued: no echo.
import { createHlc, decodeHlc, encodeHlc, type Hlc, type HlcClock } from '@onward/core';
import { newSyncId } from '@onward/crypto';
import type { EncryptedVault } from '../vault/engine.ts';
import type { RecordKind, StoredRecord } from '../vault/types.ts';
import { LOCAL_KINDS, readState, refKey, STATE_ID, type SyncClock } from './records.ts';

let clock: { device: string; hlc: HlcClock } | undefined;

/** This device's clock, restored from the latest stamp in the vault on first use. */
export function clockFor(vault: Pick<EncryptedVault, 'list'>, device: string): HlcClock {
  if (clock?.device === device) return clock.hlc;
  let last: Hlc | undefined;
  for (const r of vault.list('sync-clock')) {
    const h = decodeHlc((r.value as SyncClock).h);
    if (h && (!last || h.wall > last.wall || (h.wall === last.wall && h.counter > last.counter))) {
      last = h;
    }
  }
  const hlc = createHlc({ device, now: () => Date.now(), ...(last ? { last } : {}) });
  clock = { device, hlc };
  return hlc;
}

/** Forgets the clock (after unlinking: the device id changes at the next link). */
export function resetClock(): void {
  clock = undefined;
}

/**
 * The records to store with a local write of (kind, id): its clock and its outbox entry; none
 * when this device is not linked (sync is off) or the kind stays on the device.
 */
export function queueRecords(
  vault: Pick<EncryptedVault, 'get' | 'list'>,
  kind: RecordKind,
  id: string,
  deleted: boolean,
): StoredRecord[] {
  if (LOCAL_KINDS.has(kind)) return [];
  const state = readState(vault.get('sync-state', STATE_ID)?.value);
  if (!state) return [];
  const stamp = encodeHlc(clockFor(vault, state.deviceKeyId).tick());
  const now = new Date().toISOString();
  const key = refKey(kind, id);
  const value: SyncClock = deleted ? { h: stamp, d: 1 } : { h: stamp };
  return [
    { kind: 'sync-clock', id: key, at: now, updatedAt: now, value },
    { kind: 'sync-outbox', id: key, at: now, updatedAt: now, value: { c: newSyncId() } },
  ];
}

/**
 * A local write as the `vault` facade makes it: when this device syncs, the record, its clock and
 * its outbox entry in one transaction; otherwise a plain put or delete. `value` undefined deletes.
 */
export async function writeLocal(
  e: Pick<EncryptedVault, 'get' | 'list' | 'put' | 'delete' | 'writeBatch' | 'ready'>,
  kind: RecordKind,
  id: string,
  value: unknown,
  options?: { at?: string },
): Promise<void> {
  await e.ready();
  const deleted = value === undefined;
  const queued = queueRecords(e, kind, id, deleted);
  if (queued.length === 0) {
    return deleted ? e.delete(kind, id) : e.put(kind, id, value as never, options);
  }
  if (deleted) return e.writeBatch(queued, [{ kind, id }]);
  const stamp = new Date().toISOString();
  const at = options?.at ?? e.get(kind, id)?.at ?? stamp;
  return e.writeBatch([{ kind, id, at, updatedAt: stamp, value } as StoredRecord, ...queued], []);
}

/** The clock and outbox entries for several local puts, as items for the vault's putMany. */
export function queueMany(
  e: Pick<EncryptedVault, 'get' | 'list'>,
  items: ReadonlyArray<{ kind: RecordKind; id: string }>,
): { kind: RecordKind; id: string; value: unknown; at: string }[] {
  return items.flatMap((item) =>
    queueRecords(e, item.kind, item.id, false).map((r) => ({
      kind: r.kind,
      id: r.id,
      value: r.value,
      at: r.at,
    })),
  );
}
