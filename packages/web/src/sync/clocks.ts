// Where the sync clocks live: one clock stamp per synced record (its last change, and whether it
// was a delete), kept in CLOCK_BUCKETS records of kind 'sync-clocks' (id = the bucket, value =
// refKey -> SyncClock) rather than one record each. A newly linked device taking in 50,000
// records then writes 50,000 records and 256 clock buckets, not 100,000 records: half the
// entries to encrypt, page and index (bench/sync-link.ts). Like every record, the buckets are
// encrypted at rest inside the vault's pages; the bucket a record falls in is inside the
// ciphertext too.
//
// Vaults linked by an earlier build keep a record per clock (kind 'sync-clock'): those are still
// read (a bucket entry, always newer, wins) and the engine folds them into buckets once
// (migrateClocks), in one transaction that deletes them.
import type { RecordKind, StoredRecord } from '../vault/types.ts';
import type { SyncClock } from './records.ts';

export const CLOCK_BUCKETS = 256;
export const CLOCKS_KIND = 'sync-clocks' satisfies RecordKind;
export const LEGACY_CLOCK_KIND = 'sync-clock' satisfies RecordKind;

export type ClockBucket = Record<string, SyncClock>;

type Reader = {
  get(kind: RecordKind, id: string): StoredRecord | undefined;
  list(kind: RecordKind): StoredRecord[];
};

/** The bucket of a record (FNV-1a of its refKey), two hex digits. */
export function clockBucket(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % CLOCK_BUCKETS).toString(16).padStart(2, '0');
}

/** A stored clock read defensively (storage is a trust boundary). */
function readClockValue(x: unknown): SyncClock | undefined {
  if (typeof x !== 'object' || x === null) return undefined;
  const c = x as Partial<SyncClock>;
  if (typeof c.h !== 'string') return undefined;
  return c.d === 1 ? { h: c.h, d: 1 } : { h: c.h };
}

function bucketValue(vault: Pick<Reader, 'get'>, bucket: string): ClockBucket | undefined {
  const v = vault.get(CLOCKS_KIND, bucket)?.value;
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as ClockBucket) : undefined;
}

/** The clock of one record (refKey), if it has one. */
export function readClock(vault: Pick<Reader, 'get'>, key: string): SyncClock | undefined {
  const b = bucketValue(vault, clockBucket(key));
  if (b && Object.hasOwn(b, key)) {
    const c = readClockValue(b[key]);
    if (c) return c;
  }
  return readClockValue(vault.get(LEGACY_CLOCK_KIND, key)?.value);
}

/** Every clock (refKey -> clock): the legacy records first, bucket entries over them. */
export function allClocks(vault: Reader): Map<string, SyncClock> {
  const out = new Map<string, SyncClock>();
  for (const r of vault.list(LEGACY_CLOCK_KIND)) {
    const c = readClockValue(r.value);
    if (c) out.set(r.id, c);
  }
  for (const r of vault.list(CLOCKS_KIND)) {
    const b = r.value;
    if (typeof b !== 'object' || b === null || Array.isArray(b)) continue;
    for (const [key, x] of Object.entries(b as ClockBucket)) {
      const c = readClockValue(x);
      if (c) out.set(key, c);
    }
  }
  return out;
}

/**
 * The bucket records to put so that these clocks are stored (each bucket touched is written
 * once, whole, with its other entries as they are). For ONE writeBatch: gather every clock a
 * batch changes into one map first, or two puts of the same bucket would drop entries.
 */
export function clockPuts(
  vault: Pick<Reader, 'get'>,
  clocks: ReadonlyMap<string, SyncClock>,
  stamp: string,
): StoredRecord[] {
  const touched = new Map<string, ClockBucket>();
  for (const [key, clock] of clocks) {
    const bucket = clockBucket(key);
    let b = touched.get(bucket);
    if (!b) {
      b = { ...bucketValue(vault, bucket) };
      touched.set(bucket, b);
    }
    b[key] = clock.d ? { h: clock.h, d: 1 } : { h: clock.h };
  }
  return [...touched].map(
    ([bucket, value]) =>
      ({
        kind: CLOCKS_KIND,
        id: bucket,
        at: vault.get(CLOCKS_KIND, bucket)?.at ?? stamp,
        updatedAt: stamp,
        value,
      }) as StoredRecord,
  );
}

/**
 * A vault linked by an earlier build: its per-record clocks folded into buckets, and those
 * records deleted, for one writeBatch. Undefined when there is nothing to fold.
 */
export function migrateClocks(
  vault: Reader,
  stamp: string,
): { puts: StoredRecord[]; deletes: { kind: RecordKind; id: string }[] } | undefined {
  const legacy = vault.list(LEGACY_CLOCK_KIND);
  if (legacy.length === 0) return undefined;
  const moving = new Map<string, SyncClock>();
  for (const r of legacy) {
    const key = r.id;
    const b = bucketValue(vault, clockBucket(key));
    if (b && Object.hasOwn(b, key) && readClockValue(b[key])) continue; // the bucket is newer
    const c = readClockValue(r.value);
    if (c) moving.set(key, c);
  }
  return {
    puts: clockPuts(vault, moving, stamp),
    deletes: legacy.map((r) => ({ kind: LEGACY_CLOCK_KIND, id: r.id })),
  };
}
