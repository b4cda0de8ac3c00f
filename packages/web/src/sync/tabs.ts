// One tab syncs at a time. Every open tab of the app has its own sync engine, but only the tab
// holding the Web Lock LEADER_LOCK runs sync cycles and keeps the live channel open; the lock
// passes to another tab when that one closes (the browser releases it). The other tabs:
//   - see the records the leader brings in through the vault itself (its own BroadcastChannel
//     tells every tab which pages changed, and each re-reads them: vault/engine.ts);
//   - queue their own edits in the vault as always; the leader's vault hears of them the same
//     way, its engine sees the outbox change and pushes;
//   - show the leader's status (it posts every change on STATUS_CHANNEL, and answers 'hello'),
//     and forward "sync now" and "start over" (after linking) to it.
// Work that must not overlap a cycle in any tab (a key rotation) takes CYCLE_LOCK, which the
// leader holds for each cycle.
import type { SyncPhase } from './engine.ts';

export const LEADER_LOCK = 'onward-sync-leader';
export const CYCLE_LOCK = 'onward-sync-cycle';
export const STATUS_CHANNEL = 'onward-sync';

export type SyncTabMessage =
  | { t: 'status'; phase: SyncPhase; lastSyncedAt?: string; unreadable: number; cycle?: boolean }
  | { t: 'hello' }
  | { t: 'sync-now' }
  | { t: 'reset' };

export interface SyncTabs {
  /** Calls `lead` once this tab becomes the one that syncs (perhaps never). Returns a release. */
  lead(lead: () => void): () => void;
  /** Runs `work` while no tab runs a sync cycle. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  post(message: SyncTabMessage): void;
  listen(listener: (message: SyncTabMessage) => void): () => void;
  close(): void;
}

interface Locks {
  request<T>(
    name: string,
    options: { signal?: AbortSignal },
    callback: () => Promise<T>,
  ): Promise<T>;
}

/**
 * Tabs through the Web Locks API and a BroadcastChannel (every browser the app supports, and
 * Node for the tests); undefined where either is missing: the engine then syncs on its own.
 * `name` keeps separate vaults (tests) apart.
 */
export function browserSyncTabs(name = ''): SyncTabs | undefined {
  const locks = (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
  if (!locks || typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(`${STATUS_CHANNEL}${name}`);
  const listeners = new Set<(m: SyncTabMessage) => void>();
  channel.onmessage = (event: MessageEvent<SyncTabMessage>) => {
    for (const l of [...listeners]) l(event.data);
  };
  const releases = new Set<() => void>();
  return {
    lead(lead) {
      const abort = new AbortController();
      let release: (() => void) | undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const stop = () => {
        abort.abort();
        release?.();
        releases.delete(stop);
      };
      releases.add(stop);
      locks
        .request(`${LEADER_LOCK}${name}`, { signal: abort.signal }, () => {
          if (!abort.signal.aborted) lead();
          return held;
        })
        .catch(() => undefined);
      return stop;
    },
    exclusive: (work) => locks.request(`${CYCLE_LOCK}${name}`, {}, work),
    post(message) {
      try {
        channel.postMessage(message);
      } catch {
        // Closed: nothing to tell.
      }
    },
    listen(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close() {
      for (const stop of [...releases]) stop();
      listeners.clear();
      channel.close();
    },
  };
}
