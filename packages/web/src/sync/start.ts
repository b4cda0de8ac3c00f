// The app's one sync engine (a lazy chunk, loaded after the vault). It runs in the background
// whenever the vault is unlocked and this device is linked; otherwise it does nothing and makes
// no request at all (the app works fully with no server).
import { loadVault } from '../vault/index.ts';
import { defaultTransport } from './api.ts';
import { createSyncEngine, type SyncEngine } from './engine.ts';
import type { LinkContext } from './link.ts';
import { browserSyncTabs } from './tabs.ts';

let engine: SyncEngine | undefined;
let ctx: LinkContext | undefined;

export async function syncContext(): Promise<LinkContext> {
  if (ctx) return ctx;
  const vault = await loadVault();
  // One tab syncs at a time (tabs.ts); the others show its status and see its records.
  engine ??= createSyncEngine({
    vault,
    transport: defaultTransport(),
    ...(typeof window !== 'undefined' ? { tabs: browserSyncTabs() } : {}),
  });
  ctx = { vault, transport: defaultTransport(), engine };
  if (typeof window !== 'undefined') engine.start();
  return ctx;
}
