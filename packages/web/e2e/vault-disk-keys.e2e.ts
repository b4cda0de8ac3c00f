// Issue 10, findings 1 and 2, proved on disk: what someone who copies the browser profile can
// get. A real Chromium writes a persistent profile in a temporary folder; records are written,
// then a passcode is set, then changed. With the browser closed, every file of the profile's
// IndexedDB folder is read and every piece of key material that can be found in it is tried:
// - every device key kept in the files (Chromium stores a non-extractable CryptoKey's raw bytes
//   in its serialisation, so they are on disk: every 32-byte window after a stored `device-key`),
// - every AES-KW wrapped key in the files (40 bytes as 54 base64url characters), unwrapped with
//   every device key found, and, paired with the salt stored beside it, with the old AND the
//   current passcode,
// - the data key as it was before the passcode (read through the page while it had no
//   passcode), and the data keys inside every recovery code shown.
// Only the current passcode wrapping may open a current page; the search must find it (the
// positive control), and must find the old data key too (so the search can see what lingers).
// Earlier recovery codes are refused on the lock screen.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '@onward/content';
import {
  DEFAULT_KDF_PARAMS,
  decodeRecoveryCode,
  fromBase64Url,
  importDataKey,
  toHex,
  unwrapDataKeyWithPasscode,
} from '@onward/crypto';
import { type BrowserContext, chromium } from 'playwright-core';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { openPage } from '../src/vault/page-layout.ts';
import { browserCommand } from './browser.ts';
import { type E2eRecord, kitPath, PrivacyPage } from './pages/privacy-page.ts';
import { phone } from './viewports.ts';

const FIRST = 'quiet river 42';
const SECOND = 'calm harbour 7 stars';

const notes = (from: number, n: number): E2eRecord[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'e2e-note',
    id: `n${from + i}`,
    value: { text: `note ${from + i} `.repeat(20) },
  }));

async function launch(profile: string): Promise<BrowserContext> {
  const command = await browserCommand();
  return chromium.launchPersistentContext(profile, {
    executablePath: command.executablePath,
    headless: true,
    args: ['--headless=new', ...command.args],
    baseURL: inject('baseURL'),
    ...phone.options,
  });
}

/**
 * Every file under `dir` as it is, plus, for each LevelDB table (.ldb, .sst), its data blocks
 * decompressed: LevelDB moves the log into Snappy-compressed tables, where the bytes are not
 * readable as they are. (Written from the LevelDB table format and the Snappy format
 * descriptions; a reader of a copied profile would do the same.)
 */
async function filesUnder(dir: string): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const bytes = await readFile(join(entry.parentPath, entry.name));
    out.push(bytes);
    if (/\.(ldb|sst)$/.test(entry.name)) out.push(...tableBlocks(bytes));
  }
  return out;
}

function varint(b: Uint8Array, at: number): [number, number] {
  let value = 0;
  let shift = 0;
  let pos = at;
  for (;;) {
    const byte = b[pos++] as number;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, pos];
    shift += 7;
  }
}

function unsnappy(src: Uint8Array): Uint8Array {
  const [length, start] = varint(src, 0);
  const out = new Uint8Array(length);
  let o = 0;
  let pos = start;
  while (pos < src.length) {
    const tag = src[pos++] as number;
    const type = tag & 3;
    if (type === 0) {
      let n = tag >> 2;
      if (n >= 60) {
        const extra = n - 59;
        n = 0;
        for (let i = 0; i < extra; i++) n += (src[pos + i] as number) * 2 ** (8 * i);
        pos += extra;
      }
      n += 1;
      out.set(src.subarray(pos, pos + n), o);
      o += n;
      pos += n;
      continue;
    }
    let len: number;
    let offset: number;
    if (type === 1) {
      len = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | (src[pos++] as number);
    } else if (type === 2) {
      len = (tag >> 2) + 1;
      offset = (src[pos] as number) | ((src[pos + 1] as number) << 8);
      pos += 2;
    } else {
      len = (tag >> 2) + 1;
      offset =
        ((src[pos] as number) |
          ((src[pos + 1] as number) << 8) |
          ((src[pos + 2] as number) << 16)) +
        (src[pos + 3] as number) * 2 ** 24;
      pos += 4;
    }
    for (let i = 0; i < len; i++, o++) out[o] = out[o - offset] as number;
  }
  return out;
}

function readBlock(file: Uint8Array, offset: number, size: number): Uint8Array {
  const raw = file.subarray(offset, offset + size);
  return file[offset + size] === 1 ? unsnappy(raw) : raw;
}

/** The values of a block's entries (the index block's are the data blocks' handles). */
function blockValues(block: Uint8Array): Uint8Array[] {
  const view = new DataView(block.buffer, block.byteOffset, block.byteLength);
  const restarts = view.getUint32(block.length - 4, true);
  const end = block.length - 4 - restarts * 4;
  const values: Uint8Array[] = [];
  let pos = 0;
  while (pos < end) {
    const [, a] = varint(block, pos);
    const [nonShared, b] = varint(block, a);
    const [valueLength, c] = varint(block, b);
    const valueAt = c + nonShared;
    values.push(block.subarray(valueAt, valueAt + valueLength));
    pos = valueAt + valueLength;
  }
  return values;
}

function tableBlocks(file: Buffer): Buffer[] {
  const blocks: Buffer[] = [];
  try {
    const footer = file.subarray(file.length - 48);
    const [, m] = varint(footer, 0);
    const [, n] = varint(footer, m);
    const [indexOffset, o] = varint(footer, n);
    const [indexSize] = varint(footer, o);
    for (const handle of blockValues(readBlock(file, indexOffset, indexSize))) {
      const [offset, p] = varint(handle, 0);
      const [size] = varint(handle, p);
      blocks.push(Buffer.from(readBlock(file, offset, size)));
    }
  } catch {
    // Not a table this reader understands: its raw bytes were searched anyway.
  }
  return blocks;
}

/**
 * Base64url strings of `length` characters, with where they end: every run of base64url
 * characters at least that long gives its last `length` (V8 writes a string's length just before
 * it, and a length byte can itself look like a base64url character) and its first `length`.
 */
function base64UrlRuns(bytes: Buffer, length: number): Array<{ text: string; end: number }> {
  const text = bytes.toString('latin1');
  const found: Array<{ text: string; end: number }> = [];
  for (const m of text.matchAll(/[A-Za-z0-9_-]+/g)) {
    if (m[0].length < length) continue;
    const end = (m.index ?? 0) + m[0].length;
    found.push({ text: m[0].slice(-length), end });
    if (m[0].length > length) {
      found.push({ text: m[0].slice(0, length), end: (m.index ?? 0) + length });
    }
  }
  return found;
}

/**
 * Every 32-byte window in the 400 bytes after each stored `device-key` name (IndexedDB keys are
 * kept as UTF-16 big-endian in Chromium's LevelDB; also tried as Latin-1).
 */
function deviceKeyWindows(bytes: Buffer): Uint8Array[] {
  const windows: Uint8Array[] = [];
  const wide = Buffer.from('device-key', 'utf16le').swap16();
  for (const name of [Buffer.from('device-key', 'latin1'), wide]) {
    let at = bytes.indexOf(name);
    while (at >= 0) {
      const tail = bytes.subarray(at + name.length, at + name.length + 400);
      for (let i = 0; i + 32 <= tail.length; i++) {
        windows.push(new Uint8Array(tail.subarray(i, i + 32)));
      }
      at = bytes.indexOf(name, at + 1);
    }
  }
  return windows;
}

async function unwrapRaw(wrapped: Uint8Array, kek: CryptoKey): Promise<Uint8Array | undefined> {
  try {
    const key = await crypto.subtle.unwrapKey('raw', wrapped, kek, 'AES-KW', 'AES-GCM', true, [
      'encrypt',
      'decrypt',
    ]);
    return new Uint8Array(await crypto.subtle.exportKey('raw', key));
  } catch {
    return undefined;
  }
}

describe('key material on disk after a passcode is set and changed (issue 10)', () => {
  it('opens no current page except through the current passcode; old recovery codes are refused', async () => {
    const profile = await mkdtemp(join(tmpdir(), 'onward-disk-keys-'));
    onTestFinished(() => rm(profile, { recursive: true, force: true }));
    let context = await launch(profile);
    let current: Array<[string, number[]]>;
    let oldDataKeyHex: string;
    const codes: string[] = [];
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const privacy = new PrivacyPage(page);
      await privacy.openPrivacy();
      await privacy.vaultCall('put', notes(0, 150));
      // Before any passcode: the data key, as the device key opens it, and the kit's code.
      oldDataKeyHex = await page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('onward-vault');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        const get = (k: string) =>
          new Promise<unknown>((resolve) => {
            const r = db.transaction('meta').objectStore('meta').get(k);
            r.onsuccess = () => resolve(r.result);
          });
        const device = (await get('device-key')) as CryptoKey;
        const wrap = (await get('wrap-device')) as { wrapped: string };
        db.close();
        const b64 = wrap.wrapped.replace(/-/g, '+').replace(/_/g, '/');
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const key = await crypto.subtle.unwrapKey('raw', bytes, device, 'AES-KW', 'AES-GCM', true, [
          'encrypt',
        ]);
        const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key));
        return [...raw].map((x) => x.toString(16).padStart(2, '0')).join('');
      });
      await privacy.open(kitPath);
      codes.push(
        ((await privacy.main.getByTestId('recovery-code').textContent()) ?? '').replace(/\s+/g, ''),
      );
      await privacy.backFromKit();

      codes.push(await privacy.setPasscode(FIRST));
      await privacy.backFromKit();
      await privacy.vaultCall('put', notes(150, 20));
      codes.push(await privacy.changePasscode(FIRST, SECOND));
      await privacy.backFromKit();
      await privacy.vaultCall('put', notes(170, 20));
      expect(await privacy.vaultCall<E2eRecord[]>('all')).toHaveLength(190);
      expect(new Set(codes).size).toBe(3);
      current = await page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('onward-vault');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        const store = db.transaction('records').objectStore('records');
        const [keys, values] = await Promise.all([
          new Promise<IDBValidKey[]>((resolve) => {
            const r = store.getAllKeys();
            r.onsuccess = () => resolve(r.result);
          }),
          new Promise<Uint8Array[]>((resolve) => {
            const r = store.getAll();
            r.onsuccess = () => resolve(r.result);
          }),
        ]);
        db.close();
        return keys.map(
          (k, i) => [String(k), [...(values[i] as Uint8Array)]] as [string, number[]],
        );
      });
    } finally {
      await context.close();
    }
    expect(current.length).toBeGreaterThanOrEqual(2);

    // ---- the copied profile, read from disk with the browser closed ----
    const files = await filesUnder(join(profile, 'Default', 'IndexedDB'));
    expect(files.length).toBeGreaterThan(0);
    const kw = new Map<string, Uint8Array>();
    const pairs = new Map<string, { salt: string; wrapped: string }>();
    const deviceKeys: CryptoKey[] = [];
    const seenDevice = new Set<string>();
    for (const bytes of files) {
      const salts = base64UrlRuns(bytes, 22);
      for (const w of base64UrlRuns(bytes, 54)) {
        const raw = fromBase64Url(w.text);
        if (raw?.length !== 40) continue;
        kw.set(w.text, raw);
        // The salt is stored just before the wrapped key in a passcode wrapping.
        const salt = salts.filter((x) => x.end <= w.end - 54 && w.end - x.end < 160).at(-1);
        if (salt) pairs.set(`${salt.text}/${w.text}`, { salt: salt.text, wrapped: w.text });
      }
      for (const window of deviceKeyWindows(bytes)) {
        const hex = toHex(window);
        if (seenDevice.has(hex)) continue;
        seenDevice.add(hex);
        deviceKeys.push(
          await crypto.subtle.importKey('raw', window, 'AES-KW', false, ['wrapKey', 'unwrapKey']),
        );
      }
    }
    expect(kw.size).toBeGreaterThan(0);

    // Candidate data keys, each tagged with where it came from.
    const candidates = new Map<string, string>();
    const add = (raw: Uint8Array, from: string) => {
      const hex = toHex(raw);
      if (!candidates.has(hex)) candidates.set(hex, from);
    };
    add(Buffer.from(oldDataKeyHex, 'hex'), 'the data key before the passcode');
    for (const [i, code] of codes.entries()) {
      const decoded = decodeRecoveryCode(code);
      if (decoded.ok) add(decoded.value, `recovery code ${i}`);
    }
    for (const device of deviceKeys) {
      for (const raw of kw.values()) {
        const key = await unwrapRaw(raw, device);
        if (key) add(key, 'a device wrapping on disk');
      }
    }
    let currentWrapping: string | undefined;
    let oldWrapping: string | undefined;
    for (const { salt, wrapped } of pairs.values()) {
      for (const passcode of [FIRST, SECOND]) {
        const record = {
          v: 1,
          by: 'passcode',
          alg: 'A256KW',
          kdf: { ...DEFAULT_KDF_PARAMS, salt },
          wrapped,
        };
        const key = await unwrapDataKeyWithPasscode(record, passcode, { extractable: true });
        if (!key.ok) continue;
        const raw = new Uint8Array(await crypto.subtle.exportKey('raw', key.value));
        const from =
          passcode === SECOND ? 'the current passcode wrapping' : 'the old passcode wrapping';
        if (passcode === SECOND) currentWrapping = toHex(raw);
        else oldWrapping = toHex(raw);
        candidates.set(toHex(raw), candidates.get(toHex(raw)) ?? from);
      }
    }
    // The search sees what lingers: the pre-passcode data key is recovered from disk alone
    // (a device key and a device wrapping found in the files), as in the reproduction.
    let fromDisk = false;
    for (const device of deviceKeys) {
      for (const raw of kw.values()) {
        const key = await unwrapRaw(raw, device);
        if (key && toHex(key) === oldDataKeyHex) fromDisk = true;
      }
    }
    expect(fromDisk).toBe(true);
    // Positive control: the current passcode wrapping is found on disk and opens every page.
    expect(currentWrapping).toBeDefined();
    // And the first passcode's wrapping still lingers there (what the issue reproduced): it is
    // among the keys tried below.
    expect(oldWrapping).toBeDefined();
    expect(candidates.has(oldWrapping as string)).toBe(true);

    const opens: Record<string, number> = {};
    for (const [hex, from] of candidates) {
      const key = await importDataKey(Buffer.from(hex, 'hex'));
      let n = 0;
      for (const [id, bytes] of current) {
        if ((await openPage(key, id, Uint8Array.from(bytes))).ok) n++;
      }
      opens[`${from} ${hex.slice(0, 8)}`] = n;
      if (hex === currentWrapping || hex === toHex(decodeCurrent(codes[2] as string))) {
        expect(n, from).toBe(current.length);
      } else {
        expect(n, `${from} opened a current page`).toBe(0);
      }
    }
    expect(Object.keys(opens).length).toBeGreaterThanOrEqual(4);

    // ---- earlier recovery codes, on the lock screen of the same profile ----
    context = await launch(profile);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const privacy = new PrivacyPage(page);
      await page.goto('/settings/privacy');
      await privacy.lockHeading.waitFor();
      await privacy.button('privacy.lock.forgot').click();
      for (const code of codes.slice(0, 2)) {
        await privacy.main.getByLabel(en['privacy.recover.codeLabel'], { exact: true }).fill(code);
        await privacy.passwordField('privacy.passcode.newLabel').fill('taken over 1234');
        await privacy.passwordField('privacy.passcode.confirmLabel').fill('taken over 1234');
        await privacy.button('privacy.recover.submit').click();
        await privacy.main.getByText(en['privacy.recover.wrong']).waitFor();
      }
      expect(await privacy.vaultCall<{ state: string }>('status')).toMatchObject({
        state: 'locked',
      });
    } finally {
      await context.close();
    }
  });
});

function decodeCurrent(code: string): Uint8Array {
  const decoded = decodeRecoveryCode(code);
  if (!decoded.ok) throw new Error('the current code does not decode');
  return decoded.value;
}
