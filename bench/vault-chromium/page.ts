// Runs inside Chromium for bench/vault-chromium.ts: the real vault engine over the browser's own
// IndexedDB and WebCrypto, and the bare operations it is compared with. Exposes window.bench.
import {
  DEFAULT_KDF_PARAMS,
  decodeEnvelopeV1,
  decryptRecord,
  deriveKeyBytes,
  encryptRecord,
  parseWrappedDataKey,
  recordAadV1,
  unwrapDataKeyWithDeviceKey,
  unwrapDataKeyWithPasscode,
} from '@onward/crypto';
import { createEncryptedVault } from '../../packages/web/src/vault/engine.ts';
import { commit, openDatabase, readAll } from '../../packages/web/src/vault/idb.ts';
import {
  openPages,
  PAGE_LIMITS,
  packPages,
  pageBytes,
  sealPage,
  VAULT_PAGE_KIND,
} from '../../packages/web/src/vault/page-layout.ts';
import {
  newSlot,
  recordJson,
  sealRecord,
  VAULT_RECORD_KIND,
} from '../../packages/web/src/vault/record-layout.ts';
import type { StoredRecord } from '../../packages/web/src/vault/types.ts';
import { createWorkerDerive } from '../../packages/web/src/vault/worker-derive.ts';

const PASSCODE = 'quiet river 42';

// Long tasks (50 ms or more) on this page's main thread, as the browser reports them.
const longTasks: PerformanceEntry[] = [];
try {
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
    type: 'longtask',
    buffered: true,
  });
} catch {
  // No longtask support: the gap probe below still measures.
}

/** Settles pending observer callbacks (long-task entries arrive a task or two late). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/**
 * The longest the main thread could not answer during `f`: a message-channel ping loop runs
 * alongside and records the largest gap between two pings (a finer measure than long tasks,
 * which start at 50 ms). Also the longest long task the browser reported in the same window.
 */
async function blocking(f: () => Promise<unknown>): Promise<{ gap: number; longTask: number }> {
  const channel = new MessageChannel();
  let last = performance.now();
  let gap = 0;
  let running = true;
  channel.port1.onmessage = () => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
    if (running) channel.port2.postMessage(0);
  };
  channel.port2.postMessage(0);
  const start = performance.now();
  await f();
  const end = performance.now();
  running = false;
  gap = Math.max(gap, end - last);
  channel.port1.close();
  await settle();
  let longTask = 0;
  for (const t of longTasks) {
    if (t.startTime < end && t.startTime + t.duration > start) {
      longTask = Math.max(longTask, t.duration);
    }
  }
  return { gap, longTask };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

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
    } as unknown as StoredRecord;
  });
}

/** The same records sealed one by one (stored format 1), for the per-record baseline. */
let perRecord: Array<readonly [string, Uint8Array]> = [];

/**
 * What a build from before manifests (issue 10) leaves: no manifest, the first key-check. Stored
 * values written here straight to IndexedDB are then opened as such a vault's are, and the first
 * open writes the manifest.
 */
async function beforeManifests(db: IDBDatabase, key: CryptoKey) {
  const check = await encryptRecord(
    key,
    { kind: 'vault-key-check', id: 'data-key' },
    'onward-key-check-v1',
  );
  await commit(db, { metaDelete: ['manifest', 'manifest-n'], metaPut: [['key-check', check]] });
}

/** Creates a vault (if new) and returns its data key, unwrapped by the device key. */
async function vaultKey(name: string): Promise<CryptoKey> {
  const vault = createEncryptedVault({ indexedDB, name });
  await vault.ready();
  vault.close();
  const db = await openDatabase(indexedDB, name);
  const snap = await readAll(db);
  db.close();
  const key = await unwrapDataKeyWithDeviceKey(
    snap.meta.get('wrap-device'),
    snap.meta.get('device-key') as CryptoKey,
  );
  if (!key.ok) throw new Error(key.reason);
  return key.value;
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

  /**
   * Argon2id on the main thread (the engine as it was) against the engine with the key-derivation
   * worker (as the app now runs it): unlock times beside bare Argon2id, the first unlock with a
   * new worker (it starts, loads and compiles Argon2id), and how long the main thread was blocked
   * during each unlock (longest gap in a ping loop, longest reported long task).
   */
  async threads(runs: number): Promise<{
    bare: number[];
    mainUnlock: number[];
    workerUnlock: number[];
    coldWorkerUnlock: number[];
    mainBlocking: Array<{ gap: number; longTask: number }>;
    workerBlocking: Array<{ gap: number; longTask: number }>;
    idleBlocking: Array<{ gap: number; longTask: number }>;
    workerOnlyBlocking: Array<{ gap: number; longTask: number }>;
    workerUsed: boolean;
  }> {
    const name = 'bench-unlock';
    const onMain = createEncryptedVault({ indexedDB, name });
    await onMain.ready();
    if (!onMain.status().hasPasscode) await onMain.setPasscode(PASSCODE);
    onMain.lock();
    const derive = createWorkerDerive();
    if (!derive) throw new Error('no Worker in this browser');
    const inWorker = createEncryptedVault({ indexedDB, name, derive });
    await inWorker.ready();
    const salt = crypto.getRandomValues(new Uint8Array(16));
    await deriveKeyBytes(PASSCODE, salt, DEFAULT_KDF_PARAMS); // loads and compiles the wasm here
    const out = {
      bare: [] as number[],
      mainUnlock: [] as number[],
      workerUnlock: [] as number[],
      coldWorkerUnlock: [] as number[],
      mainBlocking: [] as Array<{ gap: number; longTask: number }>,
      workerBlocking: [] as Array<{ gap: number; longTask: number }>,
      idleBlocking: [] as Array<{ gap: number; longTask: number }>,
      workerOnlyBlocking: [] as Array<{ gap: number; longTask: number }>,
      workerUsed: false,
    };
    const unlockOk = async (vault: typeof onMain) => {
      const r = await vault.unlock(PASSCODE);
      if (!r.ok) throw new Error(`unlock: ${r.reason}`);
      vault.lock();
    };
    for (let i = 0; i < runs; i++) {
      // A cold worker: new, so it starts, loads and compiles Argon2id inside this unlock.
      const cold = createEncryptedVault({ indexedDB, name, derive: createWorkerDerive() });
      await cold.ready();
      out.coldWorkerUnlock.push(await timed(() => unlockOk(cold)));
      cold.close();
      out.bare.push(await timed(() => deriveKeyBytes(PASSCODE, salt, DEFAULT_KDF_PARAMS)));
      out.mainUnlock.push(await timed(() => unlockOk(onMain)));
      out.workerUnlock.push(await timed(() => unlockOk(inWorker)));
    }
    for (let i = 0; i < runs; i++) {
      out.mainBlocking.push(await blocking(() => unlockOk(onMain)));
      out.workerBlocking.push(await blocking(() => unlockOk(inWorker)));
      // The machine's own noise: the same probe while the page does nothing for as long.
      const idle = median(out.workerUnlock);
      out.idleBlocking.push(
        await blocking(() => new Promise((resolve) => setTimeout(resolve, idle))),
      );
      // The worker deriving with no vault around it: what sharing the cores with Argon2id costs.
      out.workerOnlyBlocking.push(await blocking(() => derive(PASSCODE, salt, DEFAULT_KDF_PARAMS)));
    }
    out.workerUsed = performance
      .getEntriesByType('resource')
      .some((e) => e.name.includes('kdf-worker'));
    onMain.close();
    inWorker.close();
    return out;
  },

  /**
   * Writes n records into a fresh vault the way the engine does (stored format 2: pages of up to
   * PAGE_LIMITS records), and keeps in memory the same records sealed one by one as stored
   * format 1 did, for the per-record raw AES-GCM baseline.
   */
  async seed(
    n: number,
  ): Promise<{ jsonBytes: number; envelopeBytes: number; pages: number; pageBytes: number }> {
    const key = await vaultKey('bench-load');
    const records = sampleRecords(n);
    let jsonBytes = 0;
    let envelopeBytes = 0;
    perRecord = [];
    for (let i = 0; i < n; i += 5000) {
      const batch = records.slice(i, i + 5000);
      perRecord.push(
        ...(await Promise.all(
          batch.map(async (r) => {
            const json = recordJson(r);
            const slot = newSlot();
            const envelope = await sealRecord(key, slot, json);
            jsonBytes += json.length;
            envelopeBytes += envelope.length;
            return [slot, envelope] as const;
          }),
        )),
      );
    }
    const pages = packPages(records, PAGE_LIMITS);
    const sealed = await Promise.all(
      pages.map(async (p) => [p.id, await sealPage(key, p.id, pageBytes(p.entries))] as const),
    );
    const db = await openDatabase(indexedDB, 'bench-load');
    await commit(db, { recordPut: sealed });
    await beforeManifests(db, key);
    db.close();
    return {
      jsonBytes: jsonBytes / n,
      envelopeBytes: envelopeBytes / n,
      pages: pages.length,
      pageBytes: sealed.reduce((t, [, e]) => t + e.length, 0) / sealed.length,
    };
  },

  /**
   * Opening the vault with n records (IndexedDB read, device unwrap, decrypt, parse, index),
   * beside raw AES-GCM decryption of the same records (inputs prepared outside the clock): one
   * call per record, as stored format 1 kept them (the baseline the aim is set against), and one
   * call per page as they are stored now; and the IndexedDB read alone.
   */
  async load(
    runs: number,
  ): Promise<{ open: number[]; raw: number[]; rawPages: number[]; read: number[] }> {
    const db = await openDatabase(indexedDB, 'bench-load');
    const snap = await readAll(db);
    const key = await vaultKey('bench-load');
    const prepare = (entries: ReadonlyArray<readonly [string, Uint8Array]>, kind: string) =>
      entries.map(([slot, bytes]) => {
        const d = decodeEnvelopeV1(bytes);
        if (!d.ok) throw new Error('bad envelope');
        return { iv: d.value.iv, ct: d.value.ct, aad: recordAadV1({ kind, id: slot }) };
      });
    const decryptAll = (xs: ReturnType<typeof prepare>) => () =>
      Promise.all(
        xs.map((r) =>
          crypto.subtle.decrypt({ name: 'AES-GCM', iv: r.iv, additionalData: r.aad }, key, r.ct),
        ),
      );
    const rawDecrypt = decryptAll(prepare(perRecord, VAULT_RECORD_KIND));
    const rawPagesDecrypt = decryptAll(prepare(snap.records, VAULT_PAGE_KIND));
    const open: number[] = [];
    const rawTimes: number[] = [];
    const rawPages: number[] = [];
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
      if (count !== perRecord.length) throw new Error(`loaded ${count} records`);
      return elapsed;
    };
    await openOnce();
    await rawDecrypt();
    await rawPagesDecrypt();
    for (let i = 0; i < runs; i++) {
      // Interleaved, so a burst of load elsewhere hits each side alike.
      open.push(await openOnce());
      rawTimes.push(await timed(rawDecrypt));
      rawPages.push(await timed(rawPagesDecrypt));
      read.push(await timed(() => readAll(db)));
    }
    db.close();
    return { open, raw: rawTimes, rawPages, read };
  },

  /**
   * The one-time move from stored format 1 (a record per value) to pages: a vault of n records
   * as an older build left it, opened once (read, decrypt, pages written, old values deleted,
   * all in one transaction), then opened again.
   */
  async migrate(n: number): Promise<{ first: number; after: number }> {
    const key = await vaultKey('bench-migrate');
    const records = sampleRecords(n);
    const db = await openDatabase(indexedDB, 'bench-migrate');
    for (let i = 0; i < n; i += 5000) {
      const put = await Promise.all(
        records.slice(i, i + 5000).map(async (r) => {
          const slot = newSlot();
          return [slot, await sealRecord(key, slot, recordJson(r))] as const;
        }),
      );
      await commit(db, { recordPut: put, metaPut: [['format', 1]] });
    }
    await beforeManifests(db, key);
    db.close();
    const openOnce = async () => {
      const vault = createEncryptedVault({ indexedDB, name: 'bench-migrate' });
      const t = performance.now();
      await vault.ready();
      const elapsed = performance.now() - t;
      const count = vault.list('urge' as never).length;
      vault.close();
      if (count !== n) throw new Error(`loaded ${count} records`);
      return elapsed;
    };
    const first = await openOnce();
    return { first, after: await openOnce() };
  },

  /** Where the time goes when opening: each stage alone, on envelopes already in memory. */
  async breakdown(runs: number): Promise<Record<string, number[]>> {
    const db = await openDatabase(indexedDB, 'bench-load');
    const snap = await readAll(db);
    db.close();
    const k = await vaultKey('bench-load');
    const out: Record<string, number[]> = {
      rawPages: [],
      decryptRecord: [],
      openPages: [],
      aad: [],
    };
    const raw = snap.records.map(([id, bytes]) => {
      const d = decodeEnvelopeV1(bytes);
      if (!d.ok) throw new Error('bad envelope');
      return {
        iv: d.value.iv,
        ct: d.value.ct,
        aad: recordAadV1({ kind: VAULT_PAGE_KIND, id }),
      };
    });
    for (let i = 0; i < runs; i++) {
      out.rawPages?.push(
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
            snap.records.map(([id, bytes]) =>
              decryptRecord(k, { kind: VAULT_PAGE_KIND, id }, bytes),
            ),
          ),
        ),
      );
      out.openPages?.push(await timed(() => openPages(k, snap.records)));
      out.aad?.push(
        await timed(async () => {
          for (const [id] of snap.records) recordAadV1({ kind: VAULT_PAGE_KIND, id });
        }),
      );
    }
    return out;
  },

  /**
   * Setting, changing and removing the passcode on the seeded vault: each makes a fresh data key
   * and re-encrypts every page in one transaction (issue 10). Argon2id included (one run to set,
   * two to change or remove: the current passcode is checked first).
   */
  async rekey(n: number): Promise<{ set: number; change: number; remove: number }> {
    const vault = createEncryptedVault({ indexedDB, name: 'bench-load' });
    await vault.ready();
    if (vault.list('urge' as never).length !== n) throw new Error('not the seeded vault');
    const set = await timed(() => vault.setPasscode(PASSCODE));
    const change = await timed(() => vault.changePasscode(PASSCODE, `${PASSCODE} again`));
    const remove = await timed(() => vault.removePasscode(`${PASSCODE} again`));
    const count = vault.list('urge' as never).length;
    vault.close();
    if (count !== n) throw new Error(`kept ${count} records`);
    return { set, change, remove };
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
