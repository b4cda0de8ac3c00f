/// <reference types="vite/client" />
// A newly linked device receiving a large vault (not a test; prints numbers):
//   npm run build && node bench/sync-link.ts [--records=50000]
// Starts the real server on loopback (throwaway SQLite), makes device A in Node (the app's own
// vault engine on fake-indexeddb and the app's sync client) holding N records of ~200 bytes, and
// pushes them. Then device B, a fresh Chromium context on the built app, is linked through the
// pairing flow on screen, and the bench prints the time from the person confirming the code on A
// until B's settings say "Up to date, 2 devices": every change pulled, decrypted, merged and
// written into B's encrypted vault (in memory and in IndexedDB). Aim: under 5 s for 50,000.
// --phases prints the app's phase marks on B (src/trace.ts) from the confirm on: where the time
// goes. --profile writes a CPU profile of B to bench/results/sync-link.cpuprofile.
// Figures vary with the machine and whatever else runs on it; nothing here fails on a number.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '@onward/content';
import { buildServer } from '@onward/server';
import { IDBFactory } from 'fake-indexeddb';
import { launchBrowser } from '../packages/web/e2e/browser.ts';
import { createSyncEngine } from '../packages/web/src/sync/engine.ts';
import { offerLink, startVault } from '../packages/web/src/sync/link.ts';
import { createEncryptedVault } from '../packages/web/src/vault/engine.ts';
import type { StoredRecord } from '../packages/web/src/vault/types.ts';

const arg = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const RECORDS = arg('records', 50_000);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * CPU seconds (user + system) of every process descended from this one: the browser's own
 * processes (IndexedDB's backend, the network service, the renderers) as well as B's page. Linux
 * only (/proc); elsewhere undefined. Processes that exit between two readings drop out.
 */
async function browserCpu(): Promise<number | undefined> {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  try {
    for (const name of await readdir('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const text = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
      // After the command name in parentheses: state, ppid, ..., utime (14th), stime (15th).
      const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
      if (f.length < 13) continue;
      stats.set(Number(name), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    }
  } catch {
    return undefined;
  }
  let ticks = 0;
  for (const [pid, st] of stats) {
    if (pid === process.pid) continue;
    for (let up = st.ppid, hops = 0; up > 1 && hops < 20; hops++) {
      if (up === process.pid) {
        ticks += st.ticks;
        break;
      }
      up = stats.get(up)?.ppid ?? 0;
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

const dataDir = await mkdtemp(join(tmpdir(), 'onward-sync-bench-'));
const app = await buildServer({
  // --dist=<dir>: another build of the app (an older one, to compare back to back).
  webRoot:
    process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ??
    join(import.meta.dirname, '..', 'packages', 'web', 'dist'),
  databaseUrl: `sqlite:${join(dataDir, 'onward.sqlite')}`,
  sync: { settings: { vaultRatePerMinute: 0, ipRatePerMinute: 0 } },
});
const baseURL = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await launchBrowser();
try {
  // Device A, in Node.
  const vault = createEncryptedVault({
    indexedDB: new IDBFactory(),
    name: 'bench-a',
    channel: null,
  });
  await vault.ready();
  const day = Date.parse('2026-01-01T00:00:00Z');
  const records: StoredRecord[] = [];
  for (let i = 0; i < RECORDS; i++) {
    const at = new Date(day + i * 600_000).toISOString();
    records.push({
      kind: 'journal-urge',
      id: `urge-${i.toString(36).padStart(6, '0')}`,
      at,
      updatedAt: at,
      value: {
        v: 1,
        urge: i % 11,
        acted: false,
        emotions: ['sadness'],
        triggers: ['loneliness'],
        helped: ['walk'],
        note: `A short note number ${i}, about a walk that helped a little.`,
      },
    } as unknown as StoredRecord);
  }
  let t = performance.now();
  for (let i = 0; i < records.length; i += 5000)
    await vault.writeBatch(records.slice(i, i + 5000), []);
  const transport = { fetch: globalThis.fetch, base: baseURL };
  const engine = createSyncEngine({ vault, transport });
  engine.start();
  const ctx = { vault, transport, engine, pollMs: 100 };
  const started = await startVault(ctx, 'Bench phone');
  if (!started.ok) throw new Error(`startVault: ${started.reason}`);
  while (engine.status().pending > 0 || engine.status().phase !== 'up-to-date') {
    await new Promise((r) => setTimeout(r, 200));
  }
  console.log(
    `setup: ${RECORDS} records written and pushed from device A in ${s(performance.now() - t)}`,
  );

  // Device B, in Chromium, linked on screen.
  const phases = process.argv.includes('--phases');
  const context = await browser.newContext({ locale: 'en-US' });
  // The app's phase marks (src/trace.ts), read back below.
  if (phases) await context.addInitScript('globalThis.onwardTrace = true');
  const page = await context.newPage();
  const offer = await offerLink(ctx, baseURL);
  if (!offer.ok) throw new Error(`offer: ${offer.reason}`);
  await page.goto(offer.value.link);
  await page
    .getByRole('button', { name: en['sync.join.start'], exact: true })
    .click({ timeout: 60_000 });
  const code = await page.getByTestId('sync-code').textContent({ timeout: 60_000 });
  const answered = await offer.value.answered();
  if (!answered.ok || answered.value !== code) throw new Error('codes differ');
  const profile = process.argv.includes('--profile');
  // CPU time of B's page (main thread, whole renderer): less at the mercy of the machine's load
  // than the wall-clock figure.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpu = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? 0;
    return { thread: m('ThreadTime'), process: m('ProcessTime') };
  };
  const cpuBefore = await cpu();
  const allBefore = await browserCpu();
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  if (phases) await page.evaluate(() => performance.mark('onward:bench:confirm'));
  // On B's own clock: when its screen first says "Up to date, 2 devices" (a mutation observer,
  // so the figure does not depend on how often Playwright polls the page, up to 0.5 s apart).
  const pageConfirm = await page.evaluate(() => {
    const w = window as unknown as { benchUpToDateAt?: number };
    const seen = () => {
      const el = document.querySelector('[data-testid="sync-status"]');
      if (w.benchUpToDateAt === undefined && /^Up to date, 2 devices/.test(el?.textContent ?? '')) {
        w.benchUpToDateAt = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(seen);
    observer.observe(document, { subtree: true, childList: true, characterData: true });
    return performance.now();
  });
  t = performance.now();
  const confirmed = await offer.value.confirm();
  if (!confirmed.ok) throw new Error(`confirm: ${confirmed.reason}`);
  await page.getByText(en['sync.join.done']).waitFor({ timeout: 60_000 });
  const linked = performance.now() - t;
  await page.evaluate(() => {
    window.history.pushState(null, '', '/settings/sync');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await page
    .getByTestId('sync-status')
    .filter({ hasText: /^Up to date, 2 devices/ })
    .waitFor({ timeout: 600_000 });
  const total = performance.now() - t;
  const pageUpToDate = await page.evaluate(
    () => (window as unknown as { benchUpToDateAt?: number }).benchUpToDateAt,
  );
  const cpuAfter = await cpu();
  const allAfter = await browserCpu();
  if (phases) {
    // Every mark since the confirm, with the time since the one before (page clock): where the
    // time goes (key exchange, snapshot download, opening, merge, pages, IndexedDB, screen).
    const marks = await page.evaluate(() => {
      performance.mark('onward:bench:up-to-date-seen');
      return performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('onward:'))
        .map((m) => ({ name: m.name.slice(7), at: m.startTime }));
    });
    const from = marks.findIndex((m) => m.name === 'bench:confirm');
    let prev = marks[from]?.at ?? 0;
    console.log('phases on device B (page clock, from the confirm; + time since the mark before):');
    for (const m of marks.slice(from + 1)) {
      const since = marks[from]?.at ?? 0;
      console.log(`  ${s(m.at - since).padStart(8)}  +${s(m.at - prev).padStart(7)}  ${m.name}`);
      prev = m.at;
    }
  }
  if (profile) {
    const { profile: cpuProfile } = await cdp.send('Profiler.stop');
    const file = join(import.meta.dirname, 'results', 'sync-link.cpuprofile');
    await mkdir(join(import.meta.dirname, 'results'), { recursive: true });
    await writeFile(file, JSON.stringify(cpuProfile));
    console.log(`CPU profile of device B: ${file}`);
  }
  console.log(`device B linked (key received, device registered): ${s(linked)}`);
  console.log(
    `device B received and opened ${RECORDS} records: ${s(total)} after the confirm (aim < 5 s)`,
  );
  if (pageUpToDate !== undefined) {
    console.log(
      `  on B's clock, its screen said "Up to date" ${s(pageUpToDate - pageConfirm)} after the confirm (the line above adds Playwright's polling)`,
    );
  }
  console.log(
    `device B CPU time meanwhile: main thread ${s((cpuAfter.thread - cpuBefore.thread) * 1000)}, renderer process ${s((cpuAfter.process - cpuBefore.process) * 1000)}`,
  );
  if (allBefore !== undefined && allAfter !== undefined) {
    console.log(
      `Chromium CPU time meanwhile, all its processes (IndexedDB backend, network, renderers): ${s((allAfter - allBefore) * 1000)}`,
    );
  }
  console.log(`load average while measuring: ${loadavg()[0]?.toFixed(2)} (2 cores shared)`);
  engine.stop();
  await context.close();
} finally {
  await browser.close();
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
}
