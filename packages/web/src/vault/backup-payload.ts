// What goes inside a backup file (the sealed payload of @onward/crypto's backup container):
// every record, decrypted, as versioned JSON. The container encrypts and authenticates it with a
// key from the passphrase chosen at export; this file only lays out and checks the contents.
//
//   { "format": "onward-backup", "v": 1, "exportedAt": ISO, "records": [
//       { "kind": ..., "id": ..., "at": ISO, "updatedAt": ISO, "value": ... }, ... ] }
//
// The device key, the wrapped data key, the passcode and the crisis copy are NOT in a backup:
// the file opens with its passphrase alone, on any device, into that device's own vault.
import type { StoredRecord } from './types.ts';

export const BACKUP_PAYLOAD_FORMAT = 'onward-backup';
export const BACKUP_PAYLOAD_V1 = 1;

export type PayloadFailure = 'unsupported-version' | 'not-a-backup';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function encodeBackupPayload(records: readonly StoredRecord[], exportedAt: string) {
  return encoder.encode(
    JSON.stringify({
      format: BACKUP_PAYLOAD_FORMAT,
      v: BACKUP_PAYLOAD_V1,
      exportedAt,
      records: records.map(({ kind, id, at, updatedAt, value }) => ({
        kind,
        id,
        at,
        updatedAt,
        value,
      })),
    }),
  );
}

export interface BackupContents {
  exportedAt: string;
  records: StoredRecord[];
}

const isIsoish = (s: unknown): s is string => typeof s === 'string' && !Number.isNaN(Date.parse(s));

/**
 * Reads an opened (authenticated) payload. Authentic bytes that are not our layout mean a newer
 * or foreign build wrote them: unsupported, and nothing is imported.
 */
export function parseBackupPayload(
  bytes: Uint8Array,
): { ok: true; value: BackupContents } | { ok: false; reason: PayloadFailure } {
  let x: unknown;
  try {
    x = JSON.parse(decoder.decode(bytes));
  } catch {
    return { ok: false, reason: 'not-a-backup' };
  }
  if (typeof x !== 'object' || x === null) return { ok: false, reason: 'not-a-backup' };
  const r = x as Record<string, unknown>;
  if (r.format !== BACKUP_PAYLOAD_FORMAT) return { ok: false, reason: 'not-a-backup' };
  if (r.v !== BACKUP_PAYLOAD_V1) return { ok: false, reason: 'unsupported-version' };
  return parseBackupPayloadV1(r);
}

/** Reader for payload version 1. Any bad record refuses the whole file (all or nothing). */
export function parseBackupPayloadV1(
  r: Record<string, unknown>,
): { ok: true; value: BackupContents } | { ok: false; reason: PayloadFailure } {
  if (!isIsoish(r.exportedAt) || !Array.isArray(r.records)) {
    return { ok: false, reason: 'unsupported-version' };
  }
  const records: StoredRecord[] = [];
  const seen = new Set<string>();
  for (const item of r.records as unknown[]) {
    if (typeof item !== 'object' || item === null) return { ok: false, reason: 'not-a-backup' };
    const { kind, id, at, updatedAt, value } = item as Record<string, unknown>;
    if (typeof kind !== 'string' || kind === '' || typeof id !== 'string') {
      return { ok: false, reason: 'not-a-backup' };
    }
    if (!isIsoish(at) || !isIsoish(updatedAt) || value === undefined) {
      return { ok: false, reason: 'not-a-backup' };
    }
    const key = `${kind}\u0000${id}`;
    if (seen.has(key)) return { ok: false, reason: 'not-a-backup' };
    seen.add(key);
    records.push({ kind, id, at, updatedAt, value } as StoredRecord);
  }
  return { ok: true, value: { exportedAt: r.exportedAt, records } };
}

export interface ImportPreview {
  /** Records in the file. */
  incoming: number;
  /** Records on this device now. */
  existing: number;
  /** Records in both (same kind and id). */
  inBoth: number;
  /** Of those, how many the file has a newer version of (merge takes the newer). */
  newerInFile: number;
  /** Records after a merge. */
  afterMerge: number;
}

export const recordKey = (r: { kind: string; id: string }) => `${r.kind}\u0000${r.id}`;

export function previewImport(
  existing: readonly StoredRecord[],
  incoming: readonly StoredRecord[],
): ImportPreview {
  const here = new Map(existing.map((r) => [recordKey(r), r]));
  let inBoth = 0;
  let newerInFile = 0;
  for (const r of incoming) {
    const mine = here.get(recordKey(r));
    if (!mine) continue;
    inBoth++;
    if (Date.parse(r.updatedAt) > Date.parse(mine.updatedAt)) newerInFile++;
  }
  return {
    incoming: incoming.length,
    existing: existing.length,
    inBoth,
    newerInFile,
    afterMerge: existing.length + incoming.length - inBoth,
  };
}

/**
 * Merge: every record from either side; where both have the same record, the one written last
 * wins (ties keep what is on the device). Returns only the records that change.
 */
export function mergeChanges(
  existing: readonly StoredRecord[],
  incoming: readonly StoredRecord[],
): StoredRecord[] {
  const here = new Map(existing.map((r) => [recordKey(r), r]));
  return incoming.filter((r) => {
    const mine = here.get(recordKey(r));
    return !mine || Date.parse(r.updatedAt) > Date.parse(mine.updatedAt);
  });
}
