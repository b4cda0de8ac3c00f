import { encryptRecord, generateDataKey } from '@onward/crypto';
import { describe, expect, it } from 'vitest';
import {
  newPageId,
  openPage,
  openPages,
  openStored,
  PAGE_PAD,
  packPages,
  pageBytes,
  pageEntryJson,
  recordFromEntryJson,
  STORED_FORMAT_V1,
  STORED_FORMAT_V2,
  sealPage,
  sealPages,
  VAULT_PAGE_KIND,
} from './page-layout.ts';
import { newSlot, recordJson, sealRecord } from './record-layout.ts';
import type { StoredRecord } from './types.ts';

const rec = (id: string, value: unknown): StoredRecord =>
  ({
    kind: 'note',
    id,
    at: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-02T00:00:00Z',
    value,
  }) as unknown as StoredRecord;

const records = (n: number, text = 'ü, "quoted"') =>
  Array.from({ length: n }, (_, i) => rec(`r${i}`, { i, text }));

async function sealed(key: CryptoKey, rs: StoredRecord[], id = newPageId()) {
  return [id, await sealPage(key, id, pageBytes(rs.map(pageEntryJson)))] as const;
}

describe('page layout (stored format 2)', () => {
  it('round-trips a page, padded to a multiple of PAGE_PAD bytes', async () => {
    const key = await generateDataKey();
    for (const n of [0, 1, 7, 128]) {
      const rs = records(n);
      const plain = pageBytes(rs.map(pageEntryJson));
      expect(plain.length % PAGE_PAD).toBe(0);
      expect(JSON.parse(new TextDecoder().decode(plain)).v).toBe(2);
      const [id, envelope] = await sealed(key, rs);
      expect(await openPage(key, id, envelope)).toEqual({ ok: true, value: rs });
      expect(await openPages(key, [[id, envelope]])).toEqual([{ ok: true, value: rs }]);
    }
  });

  it('seals many pages at once exactly as sealPage does (ASCII, other scripts, empty)', async () => {
    const key = await generateDataKey();
    const sets = [
      records(128, 'plain ascii text'),
      records(40),
      records(3, 'ñandú, 日本語, emoji 🌧️ and "quotes" \\ too'),
      records(0),
      records(1, 'x'.repeat(2000)),
    ];
    const pages = sets.map((rs) => ({ id: newPageId(), entries: rs.map(pageEntryJson) }));
    const sealed = await sealPages(key, pages);
    expect(sealed).toHaveLength(pages.length);
    for (const [i, page] of pages.entries()) {
      const { envelope, plainBytes } = sealed[i] as (typeof sealed)[number];
      // The same padded plaintext as pageBytes: the same length, and it opens to the records.
      expect(plainBytes).toBe(pageBytes(page.entries).length);
      const reference = await sealPage(key, page.id, pageBytes(page.entries));
      expect(envelope.length).toBe(reference.length);
      expect(await openPage(key, page.id, envelope)).toEqual({ ok: true, value: sets[i] });
      expect(await openPages(key, [[page.id, envelope]])).toEqual([{ ok: true, value: sets[i] }]);
      // Bound to its own page id, like sealPage.
      expect((await openPage(key, newPageId(), envelope)).ok).toBe(false);
    }
    // A fresh IV for every page (bytes 2..14 of the envelope).
    const ivs = new Set(sealed.map((p) => Buffer.from(p.envelope.subarray(2, 14)).toString('hex')));
    expect(ivs.size).toBe(pages.length);
  });

  it('writes an entry as its fields stringified one by one would be (null is a value)', () => {
    const apart = (r: StoredRecord) =>
      `[${[r.kind, r.id, r.at, r.updatedAt].map((x) => JSON.stringify(x)).join(',')},${JSON.stringify(r.value)}]`;
    for (const value of [
      null,
      0,
      'text with "quotes", \\ and \u2028',
      [1, null, undefined, 'x'],
      { a: undefined, b: [null], c: new Date(0), d: { e: 'ñ 🌧️' } },
      { list: [], empty: {} },
    ]) {
      const r = rec('id "1" \\ ü', value);
      expect(pageEntryJson(r)).toBe(apart(r));
    }
    expect(recordFromEntryJson(pageEntryJson(rec('n', null))).value).toBeNull();
    expect(() => pageEntryJson(rec('a', Symbol('s')))).toThrow(TypeError);
  });

  it('keeps JSON semantics and refuses values that are not JSON', () => {
    const r = rec('a', { text: 'x', gone: undefined, when: new Date(0) });
    expect(recordFromEntryJson(pageEntryJson(r)).value).toEqual({
      text: 'x',
      when: '1970-01-01T00:00:00.000Z',
    });
    expect(() => pageEntryJson(rec('a', undefined))).toThrow(TypeError);
    expect(() => pageEntryJson(rec('a', () => 1))).toThrow(TypeError);
  });

  it('refuses every single-bit change to a page', async () => {
    const key = await generateDataKey();
    const [id, envelope] = await sealed(key, records(3));
    const tampered: Array<[string, Uint8Array]> = [];
    for (let i = 0; i < envelope.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const changed = envelope.slice();
        changed[i] = (changed[i] as number) ^ (1 << bit);
        tampered.push([id, changed]);
      }
    }
    const opened = await openPages(key, tampered);
    expect(opened.filter((r) => r.ok)).toEqual([]);
  });

  it('refuses a page moved to another id, read with another key, or cut short', async () => {
    const key = await generateDataKey();
    const [id, envelope] = await sealed(key, records(2));
    const other = await generateDataKey();
    const batch = await openPages(key, [
      [newPageId(), envelope],
      [id, envelope.subarray(0, envelope.length - 1)],
      [id, envelope.subarray(0, 20)],
    ]);
    expect(batch.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
      'wrong-key-or-tampered',
      'wrong-key-or-tampered',
      'malformed',
    ]);
    expect(await openPage(other, id, envelope)).toMatchObject({ ok: false });
  });

  it('opens many pages exactly as one at a time, foreign and newer pages included', async () => {
    const key = await generateDataKey();
    const entries: Array<readonly [string, Uint8Array]> = [];
    for (let i = 0; i < 5; i++) entries.push(await sealed(key, records(i + 1)));
    const seal = async (json: string) => {
      const id = newPageId();
      return [id, await sealPage(key, id, new TextEncoder().encode(json))] as const;
    };
    entries.push(await seal('{"v":3,"r":[]}'));
    entries.push(await seal('{"v":2,"r":[["note","a","2026-01-01T00:00:00Z"]]}'));
    entries.push(await seal('{"v":2,"r":'));
    const jsonId = newPageId();
    entries.push([jsonId, await encryptRecord(key, { kind: VAULT_PAGE_KIND, id: jsonId }, [])]);
    const batch = await openPages(key, entries);
    const single = await Promise.all(entries.map(([id, b]) => openPage(key, id, b)));
    expect(batch).toEqual(single);
    expect(batch.map((r) => (r.ok ? r.value.length : r.reason))).toEqual([
      1,
      2,
      3,
      4,
      5,
      'unsupported-version',
      'malformed',
      'malformed',
      'malformed',
    ]);
  });

  it('a format-1 record never opens as a page, nor a page as a record; each opens as itself', async () => {
    const key = await generateDataKey();
    const slot = newSlot();
    const v1: readonly [string, Uint8Array] = [
      slot,
      await sealRecord(key, slot, recordJson(rec('old', { text: 'format 1' }))),
    ];
    const page = await sealed(key, records(2));
    // The same id for both, so only the layout (in the associated data) tells them apart.
    const samePage = await sealed(key, records(1), slot);
    expect(await openPage(key, v1[0], v1[1])).toMatchObject({ reason: 'wrong-key-or-tampered' });
    for (const format of [STORED_FORMAT_V1, STORED_FORMAT_V2]) {
      const opened = await openStored(key, [v1, page, samePage, [slot, Uint8Array.of(1)]], format);
      expect(opened.map((r) => (r.ok ? [r.format, r.records.length] : r.reason))).toEqual([
        [STORED_FORMAT_V1, 1],
        [STORED_FORMAT_V2, 2],
        [STORED_FORMAT_V2, 1],
        'malformed',
      ]);
    }
  });

  it('packs records into pages within the limits, in order', () => {
    const rs = records(300);
    const pages = packPages(rs, { records: 128, bytes: 1 << 20 });
    expect(pages.map((p) => p.records.length)).toEqual([128, 128, 44]);
    expect(pages.flatMap((p) => p.records)).toEqual(rs);
    const big = rec('big', { text: 'x'.repeat(5000) });
    const bySize = packPages([rec('a', 1), big, rec('b', 2)], { records: 128, bytes: 4096 });
    expect(bySize.map((p) => p.records.map((r) => r.id))).toEqual([['a'], ['big'], ['b']]);
    expect(new Set(pages.map((p) => p.id)).size).toBe(3);
  });
});
