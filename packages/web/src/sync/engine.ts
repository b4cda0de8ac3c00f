// The sync engine: sends this device's queued changes, takes in other devices' changes, and keeps
// a live channel open so a change elsewhere arrives within about a second. Runs only while the
// vault is unlocked and this device is linked (locked = no key = no sync; unlinked = off).
//
// TRUST BOUNDARY: everything leaving for the server is an envelope sealed with the envelope key
// (record kind, id, value, clock and device inside the ciphertext) plus an opaque random change
// id; the credential is derived from the sync key and is all the server can check. What comes
// back is opened and checked before it touches the vault; an envelope that does not open is
// counted and skipped, never applied.
//
// Merge: per record, the change with the later clock stamp wins (lww.ts in core); a delete is a
// tombstone clock. A remote change is applied with engine.writeBatch together with its clock,
// any outbox entry it supersedes, and the new cursor: one transaction, so a reload never sees a
// change applied without its cursor (or the reverse).
import { decodeHlc, type PlanVersion, readPlan, versionForLosingPlan } from '@onward/core';
import {
  deriveSyncKeys,
  envelopeEpoch,
  fromBase64Url,
  importKeyPair,
  openChange,
  openMailbox,
  openSnapshot,
  type SyncChangeBody,
  type SyncKeys,
  sealChange,
  sealSnapshot,
  toBase64Url,
} from '@onward/crypto';
// The plan's record kinds (a type-only import: no code), so this file type-checks on its own too.
import type {} from '../features/plan/plan-records.ts';
import { mark } from '../trace.ts';
import type { EncryptedVault } from '../vault/engine.ts';
import { type RecordKind, type StoredRecord, VaultLockedError } from '../vault/types.ts';
import { type ApiFailure, type ApiResult, api, type Transport } from './api.ts';
import { allClocks, clockPuts, migrateClocks, readClock } from './clocks.ts';
import { clockFor, queueEntries } from './queue.ts';
import {
  fromRefKey,
  LOCAL_KINDS,
  readState,
  refKey,
  STATE_ID,
  type SyncClock,
  type SyncState,
} from './records.ts';
import type { SyncTabMessage, SyncTabs } from './tabs.ts';

export type SyncVault = Pick<
  EncryptedVault,
  | 'get'
  | 'list'
  | 'put'
  | 'delete'
  | 'writeBatch'
  | 'status'
  | 'onStatus'
  | 'subscribe'
  | 'all'
  | 'ready'
>;

export type SyncPhase =
  /** Not linked: sync is off (the app works fully without it). */
  | 'off'
  /** Linked, but the vault is locked: no key, no sync. */
  | 'locked'
  | 'syncing'
  | 'up-to-date'
  /** Cannot reach the server; changes wait on this device. */
  | 'offline'
  /** The server asked us to wait (429/503). */
  | 'busy'
  /** The server's storage limit for this vault is reached. */
  | 'full'
  /** This device was unlinked by another device (or the data was deleted from the server). */
  | 'unlinked'
  | 'failed';

export interface SyncStatus {
  phase: SyncPhase;
  lastSyncedAt?: string;
  devices: number;
  /** Changes waiting to be sent. */
  pending: number;
  /** Envelopes that did not open (another key, damaged); skipped. */
  unreadable: number;
}

export interface SyncEngineOptions {
  vault: SyncVault;
  transport: Transport;
  now?: () => Date;
  /** Changes past the snapshot before this device compacts (default COMPACT_AFTER). */
  compactAfter?: number;
  /**
   * The other tabs of the app (tabs.ts): when given, this engine syncs only while its tab holds
   * the leader lock, and otherwise shows the leader's status. Without it, it always syncs.
   */
  tabs?: SyncTabs;
}

const PUSH_BATCH = 500;
const MAX_BACKOFF_MS = 60_000;
/** A pull with more changes than this reads all stored clocks at once (applyRemote). */
const BULK_CLOCKS = 1000;
/** Changes past the snapshot before a device compacts. */
export const COMPACT_AFTER = 2000;

/** The value a put carries inside its envelope: the record's times and its value. */
interface WireValue {
  at: string;
  u: string;
  v: unknown;
}

export function readSyncState(vault: Pick<SyncVault, 'get'>): SyncState | undefined {
  return readState(vault.get('sync-state', STATE_ID)?.value);
}

export function createSyncEngine({
  vault,
  transport,
  now = () => new Date(),
  compactAfter = COMPACT_AFTER,
  tabs,
}: SyncEngineOptions) {
  let phase: SyncPhase = 'off';
  let lastSyncedAt: string | undefined;
  let unreadable = 0;
  const listeners = new Set<() => void>();
  let keys: { tag: string; keys: Map<number, SyncKeys>; current: SyncKeys } | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let stream: AbortController | undefined;
  let streamFailures = 0;
  let stopped = true;
  /** This tab is the one that syncs (always, without `tabs`). */
  let leading = !tabs;
  /** "Sync now" asked of the leader: resolved when it says its cycle is over. */
  const waiting: (() => void)[] = [];
  /** A 401 already seen with this key (another tab may have rotated it: its write is on the way). */
  let refusedKey: string | undefined;
  let holding = false;
  let heldBack = false;
  /** The server's head and snapshot sequence as last seen (for compaction). */
  let lastHead: number | undefined;
  let snapshotSeq: number | undefined;
  /** The sync key the running cycle started with. */
  let cycleKey: string | undefined;

  const emit = () => {
    if (leading && tabs) tellTabs();
    for (const l of [...listeners]) l();
  };
  const tellTabs = (cycle?: boolean) =>
    tabs?.post({
      t: 'status',
      phase,
      ...(lastSyncedAt ? { lastSyncedAt } : {}),
      unreadable,
      ...(cycle ? { cycle } : {}),
    });
  const setPhase = (p: SyncPhase) => {
    if (p === phase) return;
    phase = p;
    emit();
  };

  function status(): SyncStatus {
    const st = readSyncState(vault);
    return {
      phase: st || phase === 'unlinked' || phase === 'locked' ? phase : 'off',
      ...((lastSyncedAt ?? st?.lastSyncedAt)
        ? { lastSyncedAt: lastSyncedAt ?? st?.lastSyncedAt }
        : {}),
      devices: vault.list('sync-device').length,
      pending: vault.list('sync-outbox').length,
      unreadable,
    };
  }

  async function keysFor(st: SyncState) {
    const tag = `${st.vaultId}.${st.keyEpoch}.${st.syncKey}`;
    if (keys?.tag === tag) return keys;
    const map = new Map<number, SyncKeys>();
    const raw = (b64: string) => {
      const bytes = fromBase64Url(b64);
      if (!bytes) throw new Error('stored sync key is not base64url');
      return bytes;
    };
    const current = await deriveSyncKeys(raw(st.syncKey), st.vaultId);
    map.set(st.keyEpoch, current);
    for (const [epoch, key] of Object.entries(st.oldKeys ?? {})) {
      map.set(Number(epoch), await deriveSyncKeys(raw(key), st.vaultId));
    }
    keys = { tag, keys: map, current };
    return keys;
  }

  const unlocked = () => vault.status().state === 'unlocked';

  // ---- scheduling ---------------------------------------------------------------------------

  /** Runs a sync cycle now (or right after the one running). */
  function schedule(): Promise<void> {
    // Another tab syncs: this one never sends a request of its own.
    if (!leading) return Promise.resolve();
    if (timer) {
      clearTimeout(timer);
      timer = undefined;
    }
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          try {
            await (tabs ? tabs.exclusive(cycle) : cycle());
          } catch (e) {
            // Locked mid-cycle (the key is gone): the next unlock starts again. Anything else is
            // a bug or damaged storage: say so in words and try again later, never throw.
            if (e instanceof VaultLockedError || !unlocked()) {
              if (phase !== 'off') setPhase('locked');
            } else {
              setPhase('failed');
              retryLater();
            }
          }
        } while (again && !stopped);
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  function retryLater(ms?: number) {
    failures++;
    const delay = ms ?? Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(failures - 1, 6));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void schedule();
    }, delay);
  }

  async function onFailure(r: { reason: ApiFailure; retryAfter?: number }): Promise<void> {
    switch (r.reason) {
      case 'offline':
        setPhase('offline');
        return retryLater();
      case 'busy':
        setPhase('busy');
        return retryLater(r.retryAfter ? r.retryAfter * 1000 : undefined);
      case 'full':
        setPhase('full');
        return retryLater(MAX_BACKOFF_MS);
      case 'bad-credential':
        // This device rotated the key itself while a request with the old one was in flight.
        if (readSyncState(vault)?.syncKey !== cycleKey) {
          again = true;
          return;
        }
        if (await takeNewKey()) {
          again = true;
          return;
        }
        // Another tab of this device may have rotated the key, its new state not yet read here:
        // once more after a moment before calling this device unlinked.
        if (tabs && refusedKey !== cycleKey) {
          refusedKey = cycleKey;
          return retryLater(1000);
        }
        setPhase('unlinked');
        closeStream();
        return;
      case 'vault-not-found':
        setPhase('unlinked');
        closeStream();
        return;
      default:
        setPhase('failed');
        return retryLater();
    }
  }

  async function cycle(): Promise<void> {
    const st = readSyncState(vault);
    if (!st || stopped) return;
    if (holding) {
      // A key rotation by this device is under way: no request with a key about to change.
      heldBack = true;
      return;
    }
    cycleKey = st.syncKey;
    if (!unlocked()) return setPhase('locked');
    if (phase === 'unlinked') return;
    if (phase !== 'up-to-date') setPhase('syncing');
    // A vault linked by an earlier build: its per-record clocks into buckets, once.
    const migrated = migrateClocks(vault, now().toISOString());
    if (migrated) await vault.writeBatch(migrated.puts, migrated.deletes);
    const pushed = await pushAll();
    if (!pushed.ok) return onFailure(pushed);
    const pulled = await pullAll();
    if (!pulled.ok) return onFailure(pulled);
    await maybeCompact();
    failures = 0;
    refusedKey = undefined;
    lastSyncedAt = now().toISOString();
    openStream();
    if (vault.list('sync-outbox').length > 0) again = true;
    setPhase('up-to-date');
    emit();
    mark('sync:up-to-date');
  }

  // ---- push ---------------------------------------------------------------------------------

  async function pushAll(): Promise<ApiResult<void>> {
    for (;;) {
      const st = readSyncState(vault);
      if (!st || !unlocked()) return { ok: true, value: undefined, status: 0 };
      const outbox = vault.list('sync-outbox').slice(0, PUSH_BATCH);
      if (outbox.length === 0) return { ok: true, value: undefined, status: 0 };
      const k = await keysFor(st);
      const sent: { key: string; c: string }[] = [];
      const changes: { id: string; envelope: string }[] = [];
      const orphans: { kind: RecordKind; id: string }[] = [];
      for (const entry of outbox) {
        const clock = readClock(vault, entry.id);
        const { kind, id } = fromRefKey(entry.id);
        if (!clock) {
          orphans.push({ kind: 'sync-outbox', id: entry.id });
          continue;
        }
        const record = vault.get(kind, id);
        const device = st.deviceKeyId;
        const body: SyncChangeBody =
          clock.d || !record
            ? { kind, id, deleted: true, hlc: clock.h, device }
            : {
                kind,
                id,
                value: { at: record.at, u: record.updatedAt, v: record.value } satisfies WireValue,
                hlc: clock.h,
                device,
              };
        const ref = { vaultId: st.vaultId, changeId: entry.value.c, keyEpoch: st.keyEpoch };
        const envelope = await sealChange(k.current.envelopeKey, ref, body);
        changes.push({ id: entry.value.c, envelope: toBase64Url(envelope) });
        sent.push({ key: entry.id, c: entry.value.c });
      }
      if (changes.length > 0) {
        const r = await api.push(transport, st.vaultId, k.current.credential, changes);
        if (!r.ok) return r;
      }
      // Forget only entries not changed again meanwhile (those carry a new change id).
      const done = sent
        .filter((s) => vault.get('sync-outbox', s.key)?.value.c === s.c)
        .map((s) => ({ kind: 'sync-outbox' as RecordKind, id: s.key }));
      await vault.writeBatch([], [...done, ...orphans]);
      emit();
    }
  }

  // ---- pull ---------------------------------------------------------------------------------

  async function pullAll(): Promise<ApiResult<void>> {
    for (;;) {
      const st = readSyncState(vault);
      if (!st || !unlocked()) return { ok: true, value: undefined, status: 0 };
      const k = await keysFor(st);
      const r = await api.pull(transport, st.vaultId, k.current.credential, st.cursor);
      if (!r.ok) return r;
      mark('sync:pulled');
      const page = r.value;
      const bodies: SyncChangeBody[] = [];
      if (page.snapshot) {
        const snap = await api.snapshot(transport, st.vaultId, k.current.credential);
        if (!snap.ok) return snap;
        mark('sync:snapshot-downloaded');
        const epoch = envelopeEpoch(snap.value.bytes);
        const key = epoch.ok ? k.keys.get(epoch.value) : undefined;
        const opened = key
          ? await openSnapshot(
              key.envelopeKey,
              { vaultId: st.vaultId, seq: snap.value.seq },
              snap.value.bytes,
            )
          : undefined;
        // One by one, not push(...state): a call takes only so many arguments (about 120,000
        // in Chromium and Node), and a snapshot of a long-used vault holds more entries than
        // that (records and tombstones).
        if (opened?.ok && Array.isArray(opened.value))
          for (const body of opened.value as SyncChangeBody[]) bodies.push(body);
        else unreadable++;
        mark('sync:snapshot-opened');
      }
      for (const c of page.changes) {
        const bytes = fromBase64Url(c.envelope);
        const epoch = bytes ? envelopeEpoch(bytes) : undefined;
        const key = epoch?.ok ? k.keys.get(epoch.value) : undefined;
        const opened =
          bytes && key
            ? await openChange(key.envelopeKey, { vaultId: st.vaultId, changeId: c.id }, bytes)
            : undefined;
        if (opened?.ok) bodies.push(opened.value);
        else unreadable++;
      }
      await applyRemote(st, bodies, page.snapshot ? page.snapshot.seq : page.cursor);
      lastHead = page.head;
      if (page.snapshot) snapshotSeq = Math.max(snapshotSeq ?? 0, page.snapshot.seq);
      if (!page.more) return { ok: true, value: undefined, status: 200 };
    }
  }

  /** Merges remote changes into the vault: one transaction with the new cursor. */
  async function applyRemote(st: SyncState, bodies: readonly SyncChangeBody[], cursor: number) {
    const clock = clockFor(vault, st.deviceKeyId);
    const winners = new Map<string, SyncChangeBody>();
    const losingPlans: { plan: PlanVersion; stamp: string }[] = [];
    // A large batch (a snapshot: 50,000 changes) reads every stored clock once, into one map,
    // rather than finding each one's bucket; a small one looks up the few it needs.
    const stored = bodies.length > BULK_CLOCKS ? allClocks(vault) : undefined;
    const held = (key: string): SyncClock | undefined => {
      const w = winners.get(key);
      if (w) return { h: w.hlc };
      return stored ? stored.get(key) : readClock(vault, key);
    };
    for (const b of bodies) {
      if (!b || typeof b.kind !== 'string' || LOCAL_KINDS.has(b.kind)) continue;
      const key = refKey(b.kind, b.id);
      const mine = held(key);
      const stamp = decodeHlc(b.hlc);
      if (!stamp) continue;
      clock.receive(stamp);
      // The same change again (our own coming back, a retry, a snapshot): nothing to do.
      if (mine && b.hlc === mine.h) continue;
      const incomingWins = !mine || b.hlc > mine.h;
      if (b.kind === 'safety-plan') {
        // The losing side of a concurrent plan edit goes into the history (never thrown away).
        const earlier = winners.get(key);
        const localPlan = earlier
          ? 'value' in earlier
            ? ((earlier.value as WireValue).v as PlanVersion)
            : undefined
          : mine && !mine.d
            ? vault.get('safety-plan', b.id)?.value
            : undefined;
        if (incomingWins && localPlan && mine) losingPlans.push({ plan: localPlan, stamp: mine.h });
        if (!incomingWins && 'value' in b) {
          losingPlans.push({ plan: (b.value as WireValue).v as PlanVersion, stamp: b.hlc });
        }
      }
      if (incomingWins) winners.set(key, b);
    }
    const puts: StoredRecord[] = [];
    const deletes: { kind: RecordKind; id: string }[] = [];
    const clocks = new Map<string, SyncClock>();
    const stamp = now().toISOString();
    for (const [key, b] of winners) {
      const kind = b.kind as RecordKind;
      if ('deleted' in b) {
        deletes.push({ kind, id: b.id });
        clocks.set(key, { h: b.hlc, d: 1 });
      } else {
        const w = b.value as WireValue;
        if (!w || typeof w !== 'object' || typeof w.at !== 'string') continue;
        puts.push({
          kind,
          id: b.id,
          at: w.at,
          updatedAt: typeof w.u === 'string' ? w.u : stamp,
          value: w.v,
        } as StoredRecord);
        clocks.set(key, { h: b.hlc });
      }
      if (vault.get('sync-outbox', key)) deletes.push({ kind: 'sync-outbox', id: key });
    }
    // Losing plans become dated history entries, queued so every device keeps them.
    const history = vault.list('safety-plan-version').flatMap((r) => readVersion(r.value) ?? []);
    for (const { plan, stamp: s } of losingPlans) {
      const loser = readVersion(plan);
      const version = loser ? versionForLosingPlan(history, loser, s) : undefined;
      if (!version) continue;
      history.push(version);
      puts.push({
        kind: 'safety-plan-version',
        id: version.id,
        at: version.savedAt,
        updatedAt: stamp,
        value: version,
      } as StoredRecord);
      puts.push(...queueEntries(vault, [{ kind: 'safety-plan-version', id: version.id }], clocks));
    }
    puts.push(...clockPuts(vault, clocks, stamp));
    const next: SyncState = { ...st, cursor: Math.max(st.cursor, cursor), lastSyncedAt: stamp };
    puts.push({
      kind: 'sync-state',
      id: STATE_ID,
      at: stamp,
      updatedAt: stamp,
      value: next,
    } as StoredRecord);
    mark('sync:merged');
    // Relaxed durability: all of it is on the server and the cursor commits with it, so a crash
    // before the disk flush loses both and the next pull brings them back. And the records are
    // fresh from JSON.parse (the envelopes just opened), kept by nothing here: the vault need not
    // parse a copy of each. A losing plan kept as history is the exception to both (it may exist
    // only here, and its version is built here): that batch is flushed strictly and copied.
    await vault.writeBatch(
      puts,
      deletes,
      losingPlans.length > 0 ? {} : { durability: 'relaxed', parsed: true },
    );
    mark('sync:applied');
  }

  /** A plan version read defensively (it came from another device or an older build). */
  function readVersion(x: unknown): PlanVersion | undefined {
    if (typeof x !== 'object' || x === null) return undefined;
    const r = x as Partial<PlanVersion>;
    if (typeof r.id !== 'string' || typeof r.savedAt !== 'string') return undefined;
    return { id: r.id, savedAt: r.savedAt, plan: readPlan(r.plan) };
  }

  // ---- key rotation seen from a remaining device ---------------------------------------------

  /** After a 401: a rotation may have left a new key in this device's mailbox. */
  async function takeNewKey(): Promise<boolean> {
    const st = readSyncState(vault);
    if (!st) return false;
    const r = await api.mailbox(transport, st.vaultId, st.deviceKeyId, st.mailboxToken);
    if (!r.ok || r.status === 204 || !r.value) return false;
    const blob = fromBase64Url(r.value.sealed);
    const priv = fromBase64Url(st.devicePrivate);
    const pub = fromBase64Url(st.devicePublic);
    if (!blob || !priv || !pub) return false;
    const opened = await openMailbox(await importKeyPair(priv, pub), blob);
    if (!opened.ok) return false;
    const p = opened.value as { v?: unknown; syncKey?: unknown; keyEpoch?: unknown };
    if (p.v !== 1 || typeof p.syncKey !== 'string' || !Number.isInteger(p.keyEpoch)) return false;
    await saveNewKey(st, p.syncKey, p.keyEpoch as number);
    await api.emptyMailbox(transport, st.vaultId, st.deviceKeyId, st.mailboxToken);
    return true;
  }

  async function saveNewKey(st: SyncState, syncKey: string, keyEpoch: number) {
    const next: SyncState = {
      ...st,
      syncKey,
      keyEpoch,
      oldKeys: { ...(st.oldKeys ?? {}), [String(st.keyEpoch)]: st.syncKey },
    };
    const stamp = now().toISOString();
    await vault.writeBatch(
      [
        {
          kind: 'sync-state',
          id: STATE_ID,
          at: stamp,
          updatedAt: stamp,
          value: next,
        } as StoredRecord,
      ],
      [],
    );
    closeStream();
  }

  // ---- live channel -------------------------------------------------------------------------

  function closeStream() {
    stream?.abort();
    stream = undefined;
  }

  function openStream() {
    if (stream || stopped) return;
    const st = readSyncState(vault);
    if (!st || !keys) return;
    const controller = new AbortController();
    stream = controller;
    const credential = keys.current.credential;
    void (async () => {
      try {
        const res = await transport.fetch(
          `${transport.base}/api/sync/v1/vaults/${st.vaultId}/events`,
          {
            headers: { authorization: `Bearer ${credential}`, accept: 'text/event-stream' },
            signal: controller.signal,
            cache: 'no-store',
          },
        );
        if (!res.ok || !res.body) throw new Error(`stream ${res.status}`);
        streamFailures = 0;
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let cut = buffer.indexOf('\n\n');
          while (cut !== -1) {
            onEvent(buffer.slice(0, cut));
            buffer = buffer.slice(cut + 2);
            cut = buffer.indexOf('\n\n');
          }
        }
      } catch {
        streamFailures++;
      }
      if (stream !== controller) return;
      stream = undefined;
      if (stopped || controller.signal.aborted) return;
      // The server closed it or it failed: reconnect after 2 s, growing to a minute.
      const delay = Math.min(MAX_BACKOFF_MS, 2000 * 2 ** Math.min(streamFailures, 5));
      setTimeout(() => {
        if (!stopped) void schedule();
      }, delay);
    })();
  }

  function onEvent(block: string) {
    let event = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data += line.slice(5).trim();
    }
    if (event === 'head') {
      const head = Number((JSON.parse(data || '{}') as { head?: unknown }).head);
      const st = readSyncState(vault);
      if (st && Number.isFinite(head) && head > st.cursor) void schedule();
    } else if (event === 'credential-changed' || event === 'compacted') {
      void schedule();
    } else if (event === 'deleted') {
      setPhase('unlinked');
      closeStream();
    }
  }

  // ---- life cycle ---------------------------------------------------------------------------

  let offVault: (() => void)[] = [];
  function start() {
    if (!stopped) return;
    stopped = false;
    const onStatusChange = () => {
      if (!unlocked()) {
        // Locked: drop the keys and the channel; nothing syncs until the next unlock.
        closeStream();
        keys = undefined;
        // (The link itself is encrypted in the vault: while locked, "linked" is what we knew.)
        if (phase !== 'off') setPhase('locked');
      } else void schedule();
    };
    offVault = [
      vault.onStatus(onStatusChange),
      vault.subscribe((kind) => {
        if (kind === 'sync-outbox' && vault.list('sync-outbox').length > 0) void schedule();
        if (kind === 'sync-device' || kind === 'sync-outbox') emit();
      }),
    ];
    if (typeof window !== 'undefined') window.addEventListener('online', onOnline);
    if (tabs) {
      offVault.push(tabs.listen(onTabMessage));
      offVault.push(
        tabs.lead(() => {
          leading = true;
          onStatusChange();
          // Asked the old leader to sync and it went away: this tab does it now.
          const asked = waiting.splice(0);
          if (asked.length > 0) {
            void schedule().then(() => {
              for (const w of asked) w();
            });
          }
        }),
      );
      if (!leading) tabs.post({ t: 'hello' });
    }
    onStatusChange();
  }

  /** Between tabs: the leader answers and takes requests; the others take its status. */
  function onTabMessage(m: SyncTabMessage) {
    if (leading) {
      if (m.t === 'hello') tellTabs();
      else if (m.t === 'sync-now') void syncNow().then(() => tellTabs(true));
      else if (m.t === 'reset') {
        reset();
        void schedule();
      }
      return;
    }
    if (m.t !== 'status') return;
    phase = m.phase;
    lastSyncedAt = m.lastSyncedAt;
    unreadable = m.unreadable;
    if (m.cycle) for (const w of waiting.splice(0)) w();
    emit();
  }

  function syncNow(): Promise<void> {
    if (!leading && tabs) {
      return new Promise((resolve) => {
        waiting.push(resolve);
        tabs.post({ t: 'sync-now' });
      });
    }
    if (phase === 'unlinked' && readSyncState(vault)) setPhase('syncing');
    return schedule();
  }

  /** After linking, unlinking or leaving: forget cached keys and start over. */
  function reset() {
    keys = undefined;
    closeStream();
    if (readSyncState(vault)) setPhase('syncing');
    else setPhase('off');
    unreadable = 0;
    lastHead = undefined;
    snapshotSeq = undefined;
    if (!leading) tabs?.post({ t: 'reset' });
  }
  const onOnline = () => {
    failures = 0;
    void schedule();
  };

  function stop() {
    stopped = true;
    leading = !tabs;
    closeStream();
    if (timer) clearTimeout(timer);
    timer = undefined;
    for (const off of offVault) off();
    offVault = [];
    if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
  }

  /**
   * Compaction: once the server holds more than COMPACT_AFTER changes past its snapshot, a device
   * that is fully up to date uploads a new snapshot, so a newly linked device downloads one blob
   * instead of every change ever made (docs/sync-protocol.md section 7). Another device may do it
   * first: the server then answers 409 and nothing changes.
   */
  async function maybeCompact(): Promise<void> {
    const st = readSyncState(vault);
    if (!st || lastHead === undefined || st.cursor < lastHead) return;
    if (vault.list('sync-outbox').length > 0) return;
    if (snapshotSeq === undefined) {
      const k = await keysFor(st);
      const info = await api.vaultStatus(transport, st.vaultId, k.current.credential);
      if (!info.ok) return;
      snapshotSeq = info.value.snapshotSeq;
    }
    if (lastHead - snapshotSeq <= compactAfter) return;
    const r = await compact();
    snapshotSeq = r.ok ? st.cursor : undefined;
  }

  /** Seals the whole merged state up to the cursor and uploads it: the server drops what it covers. */
  async function compact(): Promise<ApiResult<unknown>> {
    const st = readSyncState(vault);
    if (!st) return { ok: false, reason: 'failed' };
    const k = await keysFor(st);
    const state: SyncChangeBody[] = [];
    for (const [key, c] of allClocks(vault)) {
      const { kind, id } = fromRefKey(key);
      const record = vault.get(kind, id);
      const device = st.deviceKeyId;
      if (c.d || !record) state.push({ kind, id, deleted: true, hlc: c.h, device });
      else
        state.push({
          kind,
          id,
          value: { at: record.at, u: record.updatedAt, v: record.value },
          hlc: c.h,
          device,
        });
    }
    const bytes = await sealSnapshot(
      k.current.envelopeKey,
      { vaultId: st.vaultId, seq: st.cursor, keyEpoch: st.keyEpoch },
      state,
    );
    return api.putSnapshot(transport, st.vaultId, k.current.credential, st.cursor, bytes);
  }

  return {
    start,
    stop,
    status,
    onStatus(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    /** Syncs now (in whichever tab syncs); resolves when the cycle is over. */
    syncNow,
    compact,
    /**
     * Runs `work` (this device rotating the key) with syncing paused: the running cycle finishes
     * first and none starts until `work` is done, so no request carries a key that is being
     * replaced (its 401 would look like this device being unlinked).
     */
    async hold<T>(work: () => Promise<T>): Promise<T> {
      // Another tab syncs: no cycle in any tab while `work` runs.
      if (!leading && tabs) return tabs.exclusive(work);
      holding = true;
      try {
        await running;
        return await work();
      } finally {
        holding = false;
        if (heldBack) {
          heldBack = false;
          void schedule();
        }
      }
    },
    reset,
    /** This tab is the one that syncs. */
    leading: () => leading,
    setUnlinked() {
      setPhase('unlinked');
      closeStream();
    },
    keysFor,
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
