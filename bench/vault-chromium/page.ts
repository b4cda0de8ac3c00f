// Runs inside Chromium for bench/vault-chromium.ts: the real vault engine over the browser's own
// IndexedDB and WebCrypto, and the bare operations it is compared with. Exposes window.bench.
import {
  DEFAULT_KDF_PARAMS,
  decodeEnvelopeV1,
  decryptRecord,
  deriveKeyBytes,
  parseWrappedDataKey,
  recordAadV1,
  unwrapDataKeyWithDeviceKey,
  unwrapDataKeyWithPasscode,
} from '@onward/crypto';
import { createEncryptedVault } from '../../packages/web/src/vault/engine.ts';
import { commit, openDatabase, readAll } from '../../packages/web/src/vault/idb.ts';
import {
  newSlot,
  openRecords,
  recordJson,
  sealRecord,
  VAULT_RECORD_KIND,
} from '../../packages/web/src/vault/record-layout.ts';
import type { StoredRecord } from '../../packages/web/src/vault/types.ts';

const PASSCODE = 'quiet river 42';

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

/** ~200-byte JSON records shaped like urge-log entries (as bench/crypto-node.ts). */
function sampleRecords(n: number): StoredRecord[] {
  const emotions = ['shame', 'loneliness', 'numbness', 'anger', 'sadness', 'frustration'];
  const tools = ['paced-breathing', 'urge-surfing', 'grounding-54321', 'tipp-cold-water'];
  return Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
    return {
      kind: 'urge',
      id: `01J9ZQ${i.toString(36).padStart(8, '0').toUpperCase()}`,
      at,
      updatedAt: at,
      value: {
        before: i % 11,
        after: (i * 7) % 11,
        acted: i % 13 === 0,
        emotions: [emotions[i % 6], emotions[(i + 2) % 6]],
        helped: [tools[i % 4]],
        note: 'Went for a walk and called a friend.',
      },
    } as StoredRecord;
  });
}

const bench = {
  params: DEFAULT_KDF_PARAMS,

  /**
   * Unlocking, interleaved with the bare KDF so a burst of load elsewhere hits both alike: bare
   * Argon2id at the default parameters; the crypto part of unlocking (Argon2id + AES-KW unwrap);
   * and the engine's whole unlock (the wrong-passcode counter and the wrapped key read from
   * IndexedDB, Argon2id, AES-KW, the (empty) record store read alongside).
   */
  async unlock(runs: number): Promise<{ bare: number[]; engine: number[]; unwrap: number[] }> {
    const vault = createEncryptedVault({ indexedDB, name: 'bench-unlock' });
    await vault.ready();
    if (!vault.status().hasPasscode) await vault.setPasscode(PASSCODE);
    const db = await openDatabase(indexedDB, 'bench-unlock');
    const stored = (await readAll(db)).meta.get('wrap-passcode');
    db.close();
    const salt = crypto.getRandomValues(new Uint8Array(16));
    await deriveKeyBytes(PASSCODE, salt, DEFAULT_KDF_PARAMS); // loads and compiles the wasm
    await unwrapDataKeyWithPasscode(stored, PASSCODE);
    const bare: number[] = [];
    const engine: number[] = [];
    const unwrap: number[] = [];
    for (let i = 0; i < runs; i++) {
      bare.push(await timed(() => deriveKeyBytes(PASSCODE, salt, DEFAULT_KDF_PARAMS)));
      unwrap.push(await timed(() => unwrapDataKeyWithPasscode(stored, PASSCODE)));
      vault.lock();
      engine.push(await timed(() => vault.unlock(PASSCODE)));
    }
    vault.close();
    return { bare, engine, unwrap };
  },

  /** Writes n records into a fresh vault the way the engine does, in batches of 5,000. */
  async seed(n: number): Promise<{ jsonBytes: number; envelopeBytes: number }> {
    const vault = createEncryptedVault({ indexedDB, name: 'bench-load' });
    await vault.ready();
    vault.close();
    const db = await openDatabase(indexedDB, 'bench-load');
    const snap = await readAll(db);
    const key = await unwrapDataKeyWithDeviceKey(
      snap.meta.get('wrap-device'),
      snap.meta.get('device-key') as CryptoKey,
    );
    if (!key.ok) throw new Error(key.reason);
    let jsonBytes = 0;
    let envelopeBytes = 0;
    const records = sampleRecords(n);
    for (let i = 0; i < n; i += 5000) {
      const batch = records.slice(i, i + 5000);
      const put = await Promise.all(
        batch.map(async (r) => {
          const json = recordJson(r);
          const slot = newSlot();
          const envelope = await sealRecord(key.value, slot, json);
          jsonBytes += json.length;
          envelopeBytes += envelope.length;
          return [slot, envelope] as const;
        }),
      );
      await commit(db, { recordPut: put });
    }
    db.close();
    return { jsonBytes: jsonBytes / n, envelopeBytes: envelopeBytes / n };
  },

  /**
   * Opening the vault with n records (IndexedDB read, device unwrap, decrypt, parse, index),
   * beside raw AES-GCM decryption of the same ciphertexts (inputs prepared outside the clock),
   * and the IndexedDB read alone.
   */
  async load(runs: number): Promise<{ open: number[]; raw: number[]; read: number[] }> {
    const db = await openDatabase(indexedDB, 'bench-load');
    const snap = await readAll(db);
    const key = await unwrapDataKeyWithDeviceKey(
      snap.meta.get('wrap-device'),
      snap.meta.get('device-key') as CryptoKey,
    );
    if (!key.ok) throw new Error(key.reason);
    const raw = snap.records.map(([slot, bytes]) => {
      const d = decodeEnvelopeV1(bytes);
      if (!d.ok) throw new Error('bad envelope');
      return {
        iv: d.value.iv,
        ct: d.value.ct,
        aad: recordAadV1({ kind: VAULT_RECORD_KIND, id: slot }),
      };
    });
    const rawDecrypt = () =>
      Promise.all(
        raw.map((r) =>
          crypto.subtle.decrypt(
            { name: 'AES-GCM', iv: r.iv, additionalData: r.aad },
            key.value,
            r.ct,
          ),
        ),
      );
    const open: number[] = [];
    const rawTimes: number[] = [];
    const read: number[] = [];
    // Timed: from nothing to a vault whose records can be read (ready). The count check after
    // the clock makes sure every record was really loaded.
    const openOnce = async () => {
      const vault = createEncryptedVault({ indexedDB, name: 'bench-load' });
      const t = performance.now();
      await vault.ready();
      const elapsed = performance.now() - t;
      const count = vault.list('urge' as never).length;
      vault.close();
      if (count !== snap.records.length) throw new Error(`loaded ${count} records`);
      return elapsed;
    };
    await openOnce();
    await rawDecrypt();
    for (let i = 0; i < runs; i++) {
      // Interleaved, so a burst of load elsewhere hits each side alike.
      open.push(await openOnce());
      rawTimes.push(await timed(rawDecrypt));
      read.push(await timed(() => readAll(db)));
    }
    db.close();
    return { open, raw: rawTimes, read };
  },

  /** Where the time goes when opening: each stage alone, on envelopes already in memory. */
  async breakdown(runs: number): Promise<Record<string, number[]>> {
    const db = await openDatabase(indexedDB, 'bench-load');
    const snap = await readAll(db);
    db.close();
    const key = await unwrapDataKeyWithDeviceKey(
      snap.meta.get('wrap-device'),
      snap.meta.get('device-key') as CryptoKey,
    );
    if (!key.ok) throw new Error(key.reason);
    const k = key.value;
    const out: Record<string, number[]> = {
      raw: [],
      decryptRecord: [],
      openRecords: [],
      aad: [],
      decodeEnvelope: [],
    };
    const raw = snap.records.map(([slot, bytes]) => {
      const d = decodeEnvelopeV1(bytes);
      if (!d.ok) throw new Error('bad envelope');
      return {
        iv: d.value.iv,
        ct: d.value.ct,
        aad: recordAadV1({ kind: VAULT_RECORD_KIND, id: slot }),
      };
    });
    for (let i = 0; i < runs; i++) {
      out.raw?.push(
        await timed(() =>
          Promise.all(
            raw.map((r) =>
              crypto.subtle.decrypt({ name: 'AES-GCM', iv: r.iv, additionalData: r.aad }, k, r.ct),
            ),
          ),
        ),
      );
      out.decryptRecord?.push(
        await timed(() =>
          Promise.all(
            snap.records.map(([slot, bytes]) =>
              decryptRecord(k, { kind: VAULT_RECORD_KIND, id: slot }, bytes),
            ),
          ),
        ),
      );
      out.openRecords?.push(await timed(() => openRecords(k, snap.records)));
      out.aad?.push(
        await timed(async () => {
          for (const [slot] of snap.records) recordAadV1({ kind: VAULT_RECORD_KIND, id: slot });
        }),
      );
      out.decodeEnvelope?.push(
        await timed(async () => {
          for (const [, bytes] of snap.records) decodeEnvelopeV1(bytes);
        }),
      );
    }
    return out;
  },

  /** Checks the stored wrapping uses today's parameters. */
  async storedParams(): Promise<unknown> {
    const db = await openDatabase(indexedDB, 'bench-unlock');
    const stored = parseWrappedDataKey((await readAll(db)).meta.get('wrap-passcode'));
    db.close();
    return stored.ok && stored.value.by === 'passcode' ? stored.value.kdf : undefined;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
document.title = 'ready';
