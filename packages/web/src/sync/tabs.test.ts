// Several tabs of the app on one device: exactly one of them syncs (the Web Lock holder), the
// others see what it brings in through the vault and show its status; when it closes, another
// takes over. Node has the Web Locks API and BroadcastChannel, like the browser.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createEncryptedVault, type TabChannel } from '../vault/engine.ts';
import { createSyncEngine, type SyncEngine } from './engine.ts';
import { answerLink, offerLink, startVault } from './link.ts';
import { memoryServer } from './memory-server.test-helper.ts';
import { writeLocal } from './queue.ts';
import { browserSyncTabs, type SyncTabs } from './tabs.ts';

declare module '../vault/types.ts' {
  interface RecordKinds {
    'tab-note': { text: string };
  }
}

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup.splice(0)) c();
});

async function until(check: () => boolean, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

type Server = ReturnType<typeof memoryServer>;
let run = 0;

/** One tab: its own vault instance and engine on the device's shared IndexedDB. */
function tab(server: Server, factory: IDBFactory, name: string | null) {
  const channel =
    name === null ? null : (new BroadcastChannel(`vault-${name}`) as unknown as TabChannel);
  const vault = createEncryptedVault({ indexedDB: factory, name: 'onward-tabs', channel });
  const tabs: SyncTabs | undefined = name === null ? undefined : browserSyncTabs(`-${name}`);
  // Every request this tab sends to the server.
  const sent: string[] = [];
  const transport = {
    base: server.transport.base,
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(String(input));
      return server.transport.fetch(input, init);
    }) as typeof fetch,
  };
  const engine: SyncEngine = createSyncEngine({ vault, transport, ...(tabs ? { tabs } : {}) });
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    engine.stop();
    tabs?.close();
    vault.close();
  };
  cleanup.push(close);
  engine.start();
  return {
    vault,
    engine,
    sent,
    close,
    ctx: { vault, transport, engine, pollMs: 5 },
    note: (id: string) => vault.get('tab-note', id)?.value.text,
    put: (id: string, text: string) => writeLocal(vault, 'tab-note', id, { text }),
  };
}

const syncRequests = (sent: string[]) =>
  sent.filter((u) => /\/vaults\/[^/]+\/(changes|events|snapshot)/.test(u)).length;

describe('several tabs on one device', () => {
  it('only the tab holding the lock syncs; the others see its records and status; another takes over when it closes', async () => {
    const server = memoryServer();
    const name = `t${++run}-${Date.now()}`;
    const phone = tab(server, new IDBFactory(), null);
    await phone.vault.ready();
    expect((await startVault(phone.ctx, 'Phone')).ok).toBe(true);

    const laptop = new IDBFactory();
    const first = tab(server, laptop, name);
    await first.vault.ready();
    await until(() => first.engine.leading(), 'the first tab leads');
    const second = tab(server, laptop, name);
    await second.vault.ready();
    expect(second.engine.leading()).toBe(false);

    // Link the laptop from the tab that does not sync: it works from any tab.
    const offer = await offerLink(phone.ctx, '');
    if (!offer.ok) throw new Error(offer.reason);
    const join = await answerLink(second.ctx, offer.value.slotId);
    if (!join.ok) throw new Error(join.reason);
    await offer.value.answered();
    const done = join.value.finish('Laptop');
    await offer.value.confirm();
    expect((await done).ok).toBe(true);

    await phone.put('from-phone', 'written on the phone');
    await until(() => first.note('from-phone') === 'written on the phone', 'in the first tab');
    await until(() => second.note('from-phone') === 'written on the phone', 'in the second tab');
    await second.put('from-second-tab', 'written in the second tab');
    await until(
      () => phone.note('from-second-tab') === 'written in the second tab',
      'on the phone',
    );
    await until(
      () => second.engine.status().phase === 'up-to-date',
      'the status in the second tab',
    );
    await second.engine.syncNow();
    expect(second.engine.status()).toMatchObject({ phase: 'up-to-date', devices: 2, pending: 0 });
    // Everything above went through the first tab: the second sent no sync request at all.
    expect(syncRequests(second.sent)).toBe(0);
    expect(syncRequests(first.sent)).toBeGreaterThan(0);

    // The syncing tab closes: the other one takes over.
    first.close();
    await until(() => second.engine.leading(), 'the second tab leads');
    await phone.put('after-close', 'still in step');
    await until(() => second.note('after-close') === 'still in step', 'after the first tab closed');
    expect(syncRequests(second.sent)).toBeGreaterThan(0);
  });
});
