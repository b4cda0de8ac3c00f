// The outgoing queue: every local write (through the `vault` facade) also stores, in the SAME
// transaction, the record's new clock stamp and its entry in the outbox. So an edit made offline
// is queued durably and survives a reload, and a change is never saved without being queued.
// Writes that arrive from another device go around the facade (engine.writeBatch) and are not
// queued: no echo.
import { createHlc, decodeHlc, encodeHlc, type Hlc, type HlcClock } from '@onward/core';
import { newSyncId } from '@onward/crypto';
import type { EncryptedVault } from '../vault/engine.ts';
import type { RecordKind, StoredRecord } from '../vault/types.ts';
import { allClocks, clockPuts } from './clocks.ts';
import { LOCAL_KINDS, readState, refKey, STATE_ID, type SyncClock } from './records.ts';

let clock: { device: string; hlc: HlcClock } | undefined;

/** This device's clock, restored from the latest stamp in the vault on first use. */
export function clockFor(vault: Pick<EncryptedVault, 'get' | 'list'>, device: string): HlcClock {
  if (clock?.device === device) return clock.hlc;
  let last: Hlc | undefined;
  for (const c of allClocks(vault).values()) {
    const h = decodeHlc(c.h);
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

/** A local change to queue: a put, or a delete when `deleted`. */
export interface LocalChange {
  kind: RecordKind;
  id: string;
  deleted?: boolean;
}

/**
 * The clock stamps and outbox entries for local writes of these records; nothing when this
 * device is not linked (sync is off) or a kind stays on the device. The clocks go into the
 * caller's map (several sources of clocks in one batch must share it: see clockPuts).
 */
export function queueEntries(
  vault: Pick<EncryptedVault, 'get' | 'list'>,
  changes: readonly LocalChange[],
  clocks: Map<string, SyncClock>,
): StoredRecord[] {
  const state = readState(vault.get('sync-state', STATE_ID)?.value);
  if (!state) return [];
  const now = new Date().toISOString();
  const outbox: StoredRecord[] = [];
  for (const { kind, id, deleted } of changes) {
    if (LOCAL_KINDS.has(kind)) continue;
    const stamp = encodeHlc(clockFor(vault, state.deviceKeyId).tick());
    const key = refKey(kind, id);
    clocks.set(key, deleted ? { h: stamp, d: 1 } : { h: stamp });
    outbox.push({
      kind: 'sync-outbox',
      id: key,
      at: now,
      updatedAt: now,
      value: { c: newSyncId() },
    });
  }
  return outbox;
}

/**
 * The records to store with local writes of these records: their clocks (in their buckets) and
 * their outbox entries; none when this device is not linked or the kinds stay on the device.
 */
export function queueRecords(
  vault: Pick<EncryptedVault, 'get' | 'list'>,
  changes: readonly LocalChange[],
): StoredRecord[] {
  const clocks = new Map<string, SyncClock>();
  const outbox = queueEntries(vault, changes, clocks);
  if (outbox.length === 0) return [];
  return [...clockPuts(vault, clocks, new Date().toISOString()), ...outbox];
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
  const queued = queueRecords(e, [{ kind, id, deleted }]);
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
  return queueRecords(
    e,
    items.map((item) => ({ kind: item.kind, id: item.id })),
  ).map((r) => ({ kind: r.kind, id: r.id, value: r.value, at: r.at }));
}
