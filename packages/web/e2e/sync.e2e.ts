// Sync between two devices, end to end: two Chromium contexts (two devices, separate storage)
// against the real server on a throwaway SQLite file. Linking goes through the pairing flow on
// screen (link, same code on both, confirm on the first device); then a journal entry written on
// A appears on B; both write while offline and end identical; a delete on A disappears on B;
// after unlinking B it receives nothing more. The server's database file never holds a marker
// written in a note, a record id or a record kind in clear. Every sync screen: axe, light + dark.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '@onward/content';
import { buildServer } from '@onward/server';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { SyncDevice } from './pages/sync-page.ts';
import { openApp, useBrowser } from './session.ts';
import { desktop, phone } from './viewports.ts';

const browser = useBrowser();
const MARKER = 'MARKER-sync-otter-4417';
let dataDir: string;
let baseURL: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const webRoot = process.env.ONWARD_E2E_WEB_ROOT ?? join(import.meta.dirname, '..', 'dist');
  dataDir = await mkdtemp(join(tmpdir(), 'onward-sync-e2e-'));
  const app = await buildServer({
    webRoot,
    databaseUrl: `sqlite:${join(dataDir, 'onward.sqlite')}`,
  });
  baseURL = await app.listen({ port: 0, host: '127.0.0.1' });
  close = () => app.close();
});
afterAll(async () => {
  await close?.();
  await rm(dataDir, { recursive: true, force: true });
});

const logs: { name: string; log: import('./session.ts').ActivityLog }[] = [];
const started = Date.now();
const step = (what: string) => console.log(`sync e2e +${Date.now() - started} ms: ${what}`);

async function device(size: typeof phone): Promise<SyncDevice> {
  const session = await openApp(await browser(), size);
  logs.push({ name: size.name, log: session.log });
  const d = new SyncDevice(session.page, baseURL);
  await session.page.goto(`${baseURL}/settings/sync`);
  await d.heading(en['sync.title']);
  return d;
}

async function axeBoth(d: SyncDevice, where: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await d.page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(d.page, `${where} (${scheme})`);
  }
}

/** Every byte the server keeps on disk (the SQLite file and its WAL/journal), as latin1 text. */
async function databaseBytes(): Promise<string> {
  const files = await readdir(dataDir);
  const parts = await Promise.all(files.map((f) => readFile(join(dataDir, f))));
  return parts.map((b) => b.toString('latin1')).join('\n');
}

describe('sync between two devices', () => {
  it('links, syncs, merges offline edits, follows deletes, and stops at unlinking', {
    timeout: 400_000,
  }, async () => {
    onTestFailed(() => {
      for (const { name, log } of logs) {
        console.log(
          name,
          JSON.stringify(
            { errors: log.consoleErrors, page: log.pageErrors, requests: log.requests.slice(-15) },
            null,
            1,
          ),
        );
      }
    });
    const a = await device(phone);
    const b = await device(desktop);
    await expect(a.status()).toBeDefined();
    await a.status().filter({ hasText: en['sync.off'] }).waitFor();
    await axeBoth(a, 'sync settings (off)');

    step('linking');
    // A: Link another device -> name -> QR code and link.
    await a.main.getByRole('link', { name: en['sync.linkButton'], exact: true }).click();
    await a.heading(en['sync.link.title']);
    await a.main.getByLabel(en['sync.link.nameLabel']).fill('Phone');
    await a.button(en['sync.link.start']).click();
    const link = a.main.getByTestId('sync-link');
    await link.waitFor({ timeout: 30_000 });
    await expect(a.main.getByRole('img', { name: en['sync.link.qrLabel'] }).count()).resolves.toBe(
      1,
    );
    await axeBoth(a, 'link another device (QR)');
    const href = (await link.getAttribute('href')) as string;
    expect(href).toMatch(new RegExp(`^${baseURL}/link#[A-Za-z0-9_-]{43}$`));

    step('B opens link');
    // B opens the link; both show the same code; the person confirms on A.
    await b.page.goto(href);
    await b.heading(en['sync.join.title']);
    await axeBoth(b, 'link this device');
    await b.main.getByLabel(en['sync.join.nameLabel']).fill('Laptop');
    await b.button(en['sync.join.start']).click();
    const codeOnB = await b.main.getByTestId('sync-code').textContent({ timeout: 30_000 });
    const codeOnA = await a.main.getByTestId('sync-code').textContent({ timeout: 30_000 });
    expect(codeOnB).toMatch(/^\d{3} \d{3}$/);
    expect(codeOnA).toBe(codeOnB);
    await axeBoth(a, 'compare the code');
    await a.button(en['sync.link.match']).click();
    await a.main.getByText(en['sync.link.done']).waitFor({ timeout: 30_000 });
    await b.main.getByText(en['sync.join.done']).waitFor({ timeout: 30_000 });

    step('linked');
    // Both list two devices and say they are up to date.
    await a.go('/settings/sync', en['sync.title']);
    await b.go('/settings/sync', en['sync.title']);
    for (const d of [a, b]) {
      await d
        .status()
        .filter({ hasText: /^Up to date, 2 devices, last synced/ })
        .waitFor({ timeout: 30_000 });
    }
    await axeBoth(a, 'your devices (linked)');

    step('A writes');
    // A writes; B, on its journal, sees it (measured, printed for the report).
    await b.go('/journal', en['journal.title']);
    const written = await a.logUrge(`first ${MARKER}`);
    await b.entry(`first ${MARKER}`).waitFor({ timeout: 30_000 });
    console.log(`sync e2e: A's entry visible on B ${Date.now() - written} ms after Save on A`);

    step('offline');
    // Both write while offline, then reconnect: both end with both entries.
    await a.page.context().setOffline(true);
    await b.page.context().setOffline(true);
    await a.logUrge('offline on A');
    await b.logUrge('offline on B');
    await a.page.context().setOffline(false);
    await b.page.context().setOffline(false);
    for (const d of [a, b]) {
      await d.entry('offline on A').waitFor({ timeout: 60_000 });
      await d.entry('offline on B').waitFor({ timeout: 60_000 });
    }
    const notes = async (d: SyncDevice) =>
      (await d.main.locator('li.entry .entry-note').allTextContents()).sort();
    expect(await notes(a)).toEqual(await notes(b));
    expect(await notes(a)).toHaveLength(3);

    step('delete');
    // A deletes; B follows.
    await a.deleteEntry('offline on B');
    await b.entry('offline on B').waitFor({ state: 'detached', timeout: 30_000 });

    step('marker');
    // The server's file holds no marker, no record id, no record kind.
    const editHref = (await a
      .entry(`first ${MARKER}`)
      .getByRole('link')
      .first()
      .getAttribute('href')) as string;
    const recordId = decodeURIComponent(editHref.split('/').pop() as string);
    expect(recordId.length).toBeGreaterThan(8);
    const onDisk = await databaseBytes();
    expect(onDisk).toContain('CREATE TABLE'); // control: we are reading the database itself
    for (const secret of [
      MARKER,
      recordId,
      'journal-urge',
      'sync-device',
      'Laptop',
      'offline on A',
    ]) {
      expect(onDisk.includes(secret), `server file contains ${secret}`).toBe(false);
    }

    step('unlink');
    // A unlinks B: B is told, and receives nothing written afterwards.
    await a.go('/settings/sync', en['sync.title']);
    await a.main.getByRole('button', { name: `${en['sync.unlink']}: Laptop` }).click();
    await a.button(en['sync.unlinkYes']).click();
    await a.main.getByText('Laptop is unlinked.').waitFor({ timeout: 30_000 });
    await a.logUrge('after unlinking');
    await a.go('/settings/sync', en['sync.title']);
    await a
      .status()
      .filter({ hasText: /^Up to date, 1 device, / })
      .waitFor({ timeout: 30_000 });
    await b.go('/settings/sync', en['sync.title']);
    await b.status().filter({ hasText: en['sync.status.unlinked'] }).waitFor({ timeout: 30_000 });
    await axeBoth(b, 'your devices (unlinked)');
    await b.go('/journal', en['journal.title']);
    await b.entry(`first ${MARKER}`).waitFor();
    expect(await b.entry('after unlinking').count()).toBe(0);
  });
});
