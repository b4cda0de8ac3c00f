import { encryptRecord, generateDataKey } from '@onward/crypto';
import { describe, expect, it } from 'vitest';
import {
  newSlot,
  openRecord,
  openRecords,
  recordJson,
  sealRecord,
  VAULT_RECORD_KIND,
} from './record-layout.ts';
import type { StoredRecord } from './types.ts';

const rec = (id: string, value: unknown): StoredRecord =>
  ({
    kind: 'note',
    id,
    at: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-02T00:00:00Z',
    value,
  }) as unknown as StoredRecord;

describe('record layout', () => {
  it('pads the JSON to a multiple of 64 bytes, so sizes say less', () => {
    for (const text of ['', 'a', 'é'.repeat(40), 'x'.repeat(500)]) {
      expect(new TextEncoder().encode(recordJson(rec('a', { text }))).length % 64).toBe(0);
    }
  });

  it('opens many at once exactly as one at a time, damaged ones included', async () => {
    const key = await generateDataKey();
    const entries: Array<[string, Uint8Array]> = [];
    for (let i = 0; i < 20; i++) {
      const slot = newSlot();
      entries.push([slot, await sealRecord(key, slot, recordJson(rec(`r${i}`, { i, s: 'ü' })))]);
    }
    // A flipped bit, a ciphertext moved to another slot, JSON content (not ours), bad bytes.
    const flipped = (entries[3] as [string, Uint8Array])[1].slice();
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] as number) ^ 1;
    entries[3] = [(entries[3] as [string, Uint8Array])[0], flipped];
    entries.push(['moved', (entries[5] as [string, Uint8Array])[1]]);
    const other = newSlot();
    entries.push([
      other,
      await encryptRecord(key, { kind: VAULT_RECORD_KIND, id: other }, { x: 1 }),
    ]);
    const junk = newSlot();
    entries.push([junk, await sealRecord(key, junk, '{"v":1,"k":')]);
    entries.push([newSlot(), Uint8Array.of(9, 9, 9)]);

    const batch = await openRecords(key, entries);
    const single = await Promise.all(entries.map(([s, b]) => openRecord(key, s, b)));
    expect(batch).toEqual(single);
    expect(batch.filter((r) => r.ok)).toHaveLength(19);
    expect(batch.map((r) => (r.ok ? 'ok' : r.reason)).slice(20)).toEqual([
      'wrong-key-or-tampered',
      'malformed',
      'malformed',
      'unsupported-version',
    ]);
  });
});
