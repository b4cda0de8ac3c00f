// Linking devices, unlinking, and leaving the server (docs/sync-protocol.md sections 5, 8, 9).
//
// TRUST BOUNDARY: the sync key travels only sealed to the new device's one-time ECDH key, through
// a one-time pairing slot; the person compares the six-digit code both devices show before the
// existing device seals it, so a server that swapped a key is caught (the codes differ). The link
// carries only the slot id, in the URL fragment (never sent to a server).
import {
  confirmationCode,
  deriveSyncKeys,
  fromBase64Url,
  generateKeyPair,
  generateStoredKeyPair,
  generateSyncKey,
  newSyncId,
  type OneTimeKeyPair,
  openFrom,
  sealTo,
  sealToMailbox,
  toBase64Url,
} from '@onward/crypto';
import { mark } from '../trace.ts';
import type { StoredRecord } from '../vault/types.ts';
import { type ApiFailure, api, type Transport } from './api.ts';
import { clockPuts } from './clocks.ts';
import { readSyncState, type SyncEngine, type SyncVault } from './engine.ts';
import { resetClock, writeLocal } from './queue.ts';
import {
  LOCAL_KINDS,
  refKey,
  STATE_ID,
  type SyncClock,
  type SyncDevice,
  type SyncState,
} from './records.ts';

export type LinkFailure = ApiFailure | 'damaged' | 'locked' | 'cancelled';
export type LinkResult<T> = { ok: true; value: T } | { ok: false; reason: LinkFailure };

const fail = (reason: LinkFailure): { ok: false; reason: LinkFailure } => ({ ok: false, reason });

export interface LinkContext {
  vault: SyncVault;
  transport: Transport;
  engine: SyncEngine;
  now?: () => Date;
  /** Waits between polls (1 s on the offering device, 0.5 s on the joining one, in the app). */
  pollMs?: number;
}

const stampNow = (ctx: LinkContext) => (ctx.now?.() ?? new Date()).toISOString();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The records that make this device part of a vault: its state, its entry in the device list,
 * and a clock and outbox entry for every record it already has (so they are sent, and merged
 * with what the other devices have: nothing on either device is lost by linking).
 */
function joinRecords(ctx: LinkContext, state: SyncState, name: string): StoredRecord[] {
  const stamp = stampNow(ctx);
  const device: SyncDevice = { name, linkedAt: stamp };
  const records: StoredRecord[] = [
    { kind: 'sync-state', id: STATE_ID, at: stamp, updatedAt: stamp, value: state } as StoredRecord,
    {
      kind: 'sync-device',
      id: state.deviceKeyId,
      at: stamp,
      updatedAt: stamp,
      value: device,
    } as StoredRecord,
  ];
  resetClock();
  let counter = 0;
  const wall = Date.now();
  const pending = [
    ...ctx.vault.all().filter((r) => !LOCAL_KINDS.has(r.kind)),
    records[1] as StoredRecord,
  ];
  const clocks = new Map<string, SyncClock>();
  for (const r of pending) {
    const key = refKey(r.kind, r.id);
    // Stamps for what was already here: now, counted, this device (any later edit is later).
    const h = `${wall.toString(36).padStart(10, '0')}${(counter++).toString(36).padStart(5, '0')}${state.deviceKeyId}`;
    clocks.set(key, { h });
    records.push({
      kind: 'sync-outbox',
      id: key,
      at: stamp,
      updatedAt: stamp,
      value: { c: newSyncId() },
    } as StoredRecord);
  }
  records.push(...clockPuts(ctx.vault, clocks, stamp));
  return records;
}

async function newDeviceState(
  vaultId: string,
  syncKey: string,
  keyEpoch: number,
): Promise<SyncState> {
  const pair = await generateStoredKeyPair();
  return {
    v: 1,
    vaultId,
    syncKey,
    keyEpoch,
    deviceKeyId: newSyncId(),
    devicePrivate: toBase64Url(pair.privatePkcs8),
    devicePublic: toBase64Url(pair.publicKey),
    mailboxToken: toBase64Url(crypto.getRandomValues(new Uint8Array(32))),
    cursor: 0,
  };
}

async function register(ctx: LinkContext, st: SyncState, credential: string) {
  return api.registerDevice(
    ctx.transport,
    st.vaultId,
    credential,
    st.deviceKeyId,
    st.devicePublic,
    st.mailboxToken,
  );
}

/** The first device: makes the sync key and the vault on the server. */
export async function startVault(ctx: LinkContext, name: string): Promise<LinkResult<SyncState>> {
  const existing = readSyncState(ctx.vault);
  if (existing) return { ok: true, value: existing };
  const st = await newDeviceState(newSyncId(), toBase64Url(generateSyncKey()), 1);
  const key = fromBase64Url(st.syncKey);
  if (!key) return fail('damaged');
  const { credential } = await deriveSyncKeys(key, st.vaultId);
  const created = await api.createVault(ctx.transport, st.vaultId, credential);
  if (!created.ok) return fail(created.reason);
  const registered = await register(ctx, st, credential);
  if (!registered.ok) return fail(registered.reason);
  await ctx.vault.writeBatch(joinRecords(ctx, st, name), []);
  ctx.engine.reset();
  void ctx.engine.syncNow();
  return { ok: true, value: st };
}

export interface Offer {
  slotId: string;
  expiresAt: string;
  /** The link the new device opens (also in the QR code). */
  link: string;
  /** Waits for the new device; resolves with the code both devices show. */
  answered(): Promise<LinkResult<string>>;
  /** The person confirmed the codes match: seals the sync key to the new device. */
  confirm(): Promise<LinkResult<void>>;
  cancel(): Promise<void>;
}

/** On the device that is already linked (or becomes the first): opens a pairing slot. */
export async function offerLink(ctx: LinkContext, origin: string): Promise<LinkResult<Offer>> {
  const st = readSyncState(ctx.vault);
  if (!st) return fail('failed');
  const k = await ctx.engine.keysFor(st);
  const offer = await generateKeyPair();
  const opened = await api.openSlot(
    ctx.transport,
    st.vaultId,
    k.current.credential,
    toBase64Url(offer.publicKey),
  );
  if (!opened.ok) return fail(opened.reason);
  const { slotId, expiresAt } = opened.value;
  let answerKey: Uint8Array<ArrayBuffer> | undefined;
  let cancelled = false;
  return {
    ok: true,
    value: {
      slotId,
      expiresAt,
      link: `${origin}/link#${slotId}`,
      async answered() {
        for (;;) {
          if (cancelled) return fail('cancelled');
          const r = await api.slot(ctx.transport, slotId, k.current.credential);
          if (!r.ok && r.reason !== 'offline' && r.reason !== 'busy') return fail(r.reason);
          if (r.ok && r.value.answerKey) {
            answerKey = fromBase64Url(r.value.answerKey);
            if (!answerKey) return fail('failed');
            return { ok: true, value: await confirmationCode(offer.publicKey, answerKey) };
          }
          if (r.ok && r.value.state !== 'open') return fail('slot-used');
          await sleep(ctx.pollMs ?? 1000);
        }
      },
      async confirm() {
        if (!answerKey) return fail('failed');
        const payload = { v: 1, syncKey: st.syncKey, vaultId: st.vaultId, keyEpoch: st.keyEpoch };
        const sealed = await sealTo(offer, answerKey, 'pairing', payload);
        if (!sealed.ok) return fail('failed');
        const r = await api.seal(
          ctx.transport,
          slotId,
          k.current.credential,
          toBase64Url(sealed.value),
        );
        return r.ok ? { ok: true, value: undefined } : fail(r.reason);
      },
      async cancel() {
        cancelled = true;
        await api.cancelSlot(ctx.transport, slotId, k.current.credential);
      },
    },
  };
}

export interface Join {
  /** The code to compare with the one on the other device. */
  code: string;
  /** Waits for the other device's confirmation, then links this device. */
  finish(name: string): Promise<LinkResult<SyncState>>;
  cancel(): void;
}

/** On the new device: answers the slot from the link. */
export async function answerLink(ctx: LinkContext, slotId: string): Promise<LinkResult<Join>> {
  if (readSyncState(ctx.vault)) return fail('slot-used');
  const mine: OneTimeKeyPair = await generateKeyPair();
  const r = await api.answer(ctx.transport, slotId, toBase64Url(mine.publicKey));
  if (!r.ok) return fail(r.reason);
  const offerKey = fromBase64Url(r.value.offerKey);
  if (!offerKey) return fail('failed');
  const { answerToken } = r.value;
  const code = await confirmationCode(offerKey, mine.publicKey);
  let cancelled = false;
  return {
    ok: true,
    value: {
      code,
      cancel() {
        cancelled = true;
      },
      async finish(name) {
        let sealed: Uint8Array<ArrayBuffer> | undefined;
        while (!sealed) {
          if (cancelled) return fail('cancelled');
          const got = await api.collect(ctx.transport, slotId, answerToken);
          if (!got.ok && got.reason !== 'offline' && got.reason !== 'busy') return fail(got.reason);
          if (got.ok && got.status === 200 && got.value.sealed) {
            sealed = fromBase64Url(got.value.sealed);
            if (!sealed) return fail('failed');
          } else {
            // Half a second: the person confirms on the other device and waits here (two polls
            // a second stay well inside the server's per-address limit).
            await sleep(ctx.pollMs ?? 500);
          }
        }
        mark('link:key-collected');
        const opened = await openFrom(mine, offerKey, 'pairing', sealed);
        if (!opened.ok) return fail('damaged');
        const p = opened.value as {
          v?: unknown;
          syncKey?: unknown;
          vaultId?: unknown;
          keyEpoch?: unknown;
        };
        if (
          p.v !== 1 ||
          typeof p.syncKey !== 'string' ||
          typeof p.vaultId !== 'string' ||
          !Number.isInteger(p.keyEpoch)
        ) {
          return fail('damaged');
        }
        const st = await newDeviceState(p.vaultId, p.syncKey, p.keyEpoch as number);
        const key = fromBase64Url(st.syncKey);
        if (!key) return fail('damaged');
        const { credential } = await deriveSyncKeys(key, st.vaultId);
        const registered = await register(ctx, st, credential);
        if (!registered.ok) return fail(registered.reason);
        await ctx.vault.writeBatch(joinRecords(ctx, st, name), []);
        mark('link:joined');
        ctx.engine.reset();
        void ctx.engine.syncNow();
        return { ok: true, value: st };
      },
    },
  };
}

/** Renames a device in the shared list (an ordinary synced record). */
export async function renameDevice(
  ctx: LinkContext,
  deviceKeyId: string,
  name: string,
): Promise<void> {
  const current = ctx.vault.get('sync-device', deviceKeyId)?.value;
  const value: SyncDevice = { name, linkedAt: current?.linkedAt ?? stampNow(ctx) };
  await writeLocal(ctx.vault, 'sync-device', deviceKeyId, value);
}

/**
 * Unlinks another device: a new sync key, sealed to every remaining device's mailbox, replaces the
 * old one on the server in one step, so the unlinked device can read nothing written afterwards.
 * Then this device uploads a snapshot under the new key, so devices linked later can read it all.
 */
export async function unlinkDevice(
  ctx: LinkContext,
  deviceKeyId: string,
): Promise<LinkResult<void>> {
  const st = readSyncState(ctx.vault);
  if (!st || deviceKeyId === st.deviceKeyId) return fail('failed');
  await ctx.engine.syncNow();
  const rotated = await ctx.engine.hold(async (): Promise<LinkResult<void>> => {
    // Read again: the sync just before moved the cursor.
    const cur = readSyncState(ctx.vault) ?? st;
    const k = await ctx.engine.keysFor(cur);
    const listed = await api.devices(ctx.transport, cur.vaultId, k.current.credential);
    if (!listed.ok) return fail(listed.reason);
    const newKey = toBase64Url(generateSyncKey());
    const newKeyBytes = fromBase64Url(newKey);
    if (!newKeyBytes) return fail('failed');
    const { credential } = await deriveSyncKeys(newKeyBytes, cur.vaultId);
    const mailbox: { deviceKeyId: string; sealed: string }[] = [];
    for (const d of listed.value.devices) {
      if (d.deviceKeyId === deviceKeyId || d.deviceKeyId === cur.deviceKeyId) continue;
      const pub = fromBase64Url(d.publicKey);
      const sealed = pub
        ? await sealToMailbox(pub, { v: 1, syncKey: newKey, keyEpoch: cur.keyEpoch + 1 })
        : undefined;
      if (!sealed?.ok) return fail('failed');
      mailbox.push({ deviceKeyId: d.deviceKeyId, sealed: toBase64Url(sealed.value) });
    }
    const remove = listed.value.devices.some((d) => d.deviceKeyId === deviceKeyId)
      ? [deviceKeyId]
      : [];
    const rotated = await api.rotate(ctx.transport, cur.vaultId, k.current.credential, {
      credential,
      from: cur.deviceKeyId,
      remove,
      mailbox,
    });
    if (!rotated.ok) return fail(rotated.reason);
    const stamp = stampNow(ctx);
    const next: SyncState = {
      ...cur,
      syncKey: newKey,
      keyEpoch: rotated.value.keyEpoch,
      oldKeys: { ...(cur.oldKeys ?? {}), [String(cur.keyEpoch)]: cur.syncKey },
    };
    await ctx.vault.writeBatch(
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
    ctx.engine.reset();
    return { ok: true, value: undefined };
  });
  if (!rotated.ok) return rotated;
  await writeLocal(ctx.vault, 'sync-device', deviceKeyId, undefined);
  await ctx.engine.syncNow();
  await ctx.engine.compact();
  return { ok: true, value: undefined };
}

/** Removes every trace of sync from this device (the records themselves stay). */
export async function forgetSync(ctx: LinkContext): Promise<void> {
  const local = ['sync-state', 'sync-clock', 'sync-clocks', 'sync-outbox', 'sync-device'] as const;
  const deletes = local.flatMap((kind) => ctx.vault.list(kind).map((r) => ({ kind, id: r.id })));
  await ctx.vault.writeBatch([], deletes);
  resetClock();
  ctx.engine.reset();
}

/** "Stop syncing and delete my data from this server": deletes the vault there, then here. */
export async function stopAndDelete(ctx: LinkContext): Promise<LinkResult<void>> {
  const st = readSyncState(ctx.vault);
  if (st) {
    const k = await ctx.engine.keysFor(st);
    const r = await api.deleteVault(ctx.transport, st.vaultId, k.current.credential);
    // Already gone (deleted from another device) or not ours any more: nothing left there.
    if (!r.ok && r.reason !== 'vault-not-found' && r.reason !== 'bad-credential')
      return fail(r.reason);
  }
  await forgetSync(ctx);
  return { ok: true, value: undefined };
}
