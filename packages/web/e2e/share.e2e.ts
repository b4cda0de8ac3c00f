// Share links end to end in Chromium, against the real server on a throwaway SQLite file (its
// share clock can be moved forward to expire links). The person makes links on /share; each
// link is opened in a FRESH browser context (someone who has never used Onward), through a
// logging proxy that records every request the server receives. Covered: a report link shows
// the report; revoking it makes the viewer say so; an expired link says so; a wrong passphrase
// says so and the right one opens; a damaged link says so; a live link shows a log entry added
// after the link was made; no request carries the fragment or a Referer; the viewer stores
// nothing and makes no third-party request; the database never holds the marker; axe finds
// nothing on the viewer (each state) or the share screen.
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '@onward/content';
import { es } from '@onward/content/messages/es';
import { localDateAt } from '@onward/core';
import { buildServer } from '@onward/server';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urgeEntry } from '../../core/src/insights-test-data.ts';
import { expectNoAxeViolations } from './axe.ts';
import { seedRecords } from './insights-data.ts';
import { type LoggingProxy, startLoggingProxy } from './logging-proxy.ts';
import { planRecord } from './pages/privacy-page.ts';
import { SharePage, sharePath, ViewerPage } from './pages/share-page.ts';
import { screenshotDir, screenshotsWanted } from './screenshots.ts';
import { useBrowser } from './session.ts';
import { desktop, phone, type Size } from './viewports.ts';

const browser = useBrowser();
const MARKER = 'MARKER-share-kestrel-2093';
const LATER = 'LATER-entry-wren-7731';
/** Screenshots to look at, when wanted in this run (screenshots.ts). */
const SHOTS = screenshotsWanted ? join(screenshotDir, 'share') : '';
const webRoot = process.env.ONWARD_E2E_WEB_ROOT ?? join(import.meta.dirname, '..', 'dist');
const hour = 60 * 60 * 1000;
/**
 * Each test drives two browser contexts, Argon2id or several axe scans: on a busy 2-core machine
 * the longest took ~120 s, the default limit.
 */
const LONG = 300_000;

let base = '';
let dataDir = '';
/** How far the server's share clock is ahead of real time. */
let ahead = 0;
let close: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'onward-share-e2e-'));
  const app = await buildServer({
    webRoot,
    databaseUrl: `sqlite:${join(dataDir, 'onward.sqlite')}`,
    share: { now: () => Date.now() + ahead },
  });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  close = async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  };
});
afterAll(async () => {
  await close();
});

const today = localDateAt(Date.now(), 0);
const plan = planRecord({
  warningSigns: [{ id: 'w1', text: `${MARKER} I stop answering messages` }],
  coping: [{ id: 'c1', text: 'A walk with music' }],
  reasons: [{ id: 'r1', text: 'My sister' }],
});

async function newContext(size: Size, locale = 'en-US'): Promise<BrowserContext> {
  const context = await (await browser()).newContext({
    locale,
    timezoneId: 'UTC',
    ...size.options,
  });
  return context;
}

/** The person, on /share, with three weeks of records and a safety plan. */
async function sharer(size: Size = desktop) {
  const context = await newContext(size);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  const app = new SharePage(page);
  await page.goto(`${base}${sharePath}`);
  await app.shareHeading.waitFor();
  await app.vaultCall('put', [...seedRecords(today).records, plan]);
  await page.reload();
  await app.shareHeading.waitFor();
  return { context, page, app };
}

interface Viewer {
  context: BrowserContext;
  page: Page;
  viewer: ViewerPage;
  proxy: LoggingProxy;
  /** Every request the viewer's browser made (URL and Referer header). */
  requests: { url: string; referer: string | undefined }[];
  errors: string[];
}

/** Someone else: a fresh context that reaches the server through a logging proxy. */
async function viewerFor(link: string, size: Size = desktop, locale?: string): Promise<Viewer> {
  const proxy = await startLoggingProxy(base);
  const context = await newContext(size, locale);
  const requests: Viewer['requests'] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push({ url: r.url(), referer: r.headers().referer }));
  context.on('weberror', (e) => errors.push(e.error().message));
  const page = await context.newPage();
  await page.goto(link.replace(base, proxy.origin));
  return { context, page, viewer: new ViewerPage(page), proxy, requests, errors };
}

function secretOf(link: string): string {
  return new URL(link).hash.slice(1).split('.')[1] ?? '';
}

/** No request reached the server or left the browser with the key, a Referer, or elsewhere. */
function expectNothingLeaked(v: Viewer, link: string) {
  const secret = secretOf(link);
  expect(secret.length).toBe(43);
  for (const path of v.proxy.paths) expect(path).not.toContain(secret);
  expect(v.proxy.paths.some((p) => p.startsWith('/api/share/v1/links/'))).toBe(true);
  for (const r of v.requests) {
    expect(new URL(r.url).origin, r.url).toBe(v.proxy.origin);
    expect(r.referer ?? '', r.url).toBe('');
    if (!r.url.includes('/s/')) expect(r.url).not.toContain(secret);
  }
  expect(v.errors).toEqual([]);
}

async function storedNothing(page: Page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    cookies: document.cookie,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('share links', () => {
  it(
    'a report link opens in a fresh browser; revoking it makes the viewer say so',
    async () => {
      const { context, page, app } = await sharer();
      const link = await app.makeLink({ note: 'Dr Rivera' });
      expect(link).toMatch(
        new RegExp(`^${base}/s/[A-Za-z0-9_-]{22}#1\\.[A-Za-z0-9_-]{43}\\.[0-9a-z]+$`),
      );
      // The link is listed, with its note; the list survives a reload (it is in the vault).
      await page.reload();
      await app.shareHeading.waitFor();
      await app.entry(link).getByText(en['share.forNote'].replace('{note}', 'Dr Rivera')).waitFor();
      await expectNoAxeViolations(page, 'share screen with a link');
      await shot(page, 'share-screen-desktop');

      const v = await viewerFor(link);
      expect(await v.viewer.state()).toBe('shown');
      await v.viewer.heading(en['shareView.heading']).waitFor();
      const text = (await v.viewer.main.textContent()) ?? '';
      expect(text).toContain(en['report.docTitle']);
      expect(text).toContain(MARKER);
      expect(text).toContain(en['report.section.weeks']);
      expect(await v.viewer.main.locator('table').count()).toBeGreaterThan(0);
      await expectNoAxeViolations(v.page, 'viewer: report');
      await shot(v.page, 'viewer-report-desktop');
      expect(await storedNothing(v.page)).toEqual({
        local: 0,
        session: 0,
        cookies: '',
        databases: 0,
        caches: 0,
        workers: 0,
      });
      // Prints as a plain document: the controls are not in the printed page.
      await v.page.emulateMedia({ media: 'print' });
      expect(await v.page.getByRole('button', { name: en['shareView.print'] }).isVisible()).toBe(
        false,
      );
      await v.page.emulateMedia({ media: 'screen' });
      expectNothingLeaked(v, link);

      // The person sees it was opened.
      await page.reload();
      await app.shareHeading.waitFor();
      await expect
        .poll(() => app.entry(link).getByTestId('share-views').textContent())
        .toContain(en['share.views'].replace('{count}', '1'));

      // Revoke: gone from the list, and the viewer says it was turned off.
      await app.stopSharing(link);
      await v.page.reload();
      expect(await v.viewer.state()).toBe('revoked');
      await v.viewer.heading(en['shareView.revokedHeading']).waitFor();
      expect((await v.viewer.main.textContent()) ?? '').not.toContain(MARKER);
      await expectNoAxeViolations(v.page, 'viewer: revoked');
      expectNothingLeaked(v, link);

      // The server's database never held the marker (or the key), only ciphertext.
      const names = await readdir(dataDir);
      const stored = Buffer.concat(await Promise.all(names.map((n) => readFile(join(dataDir, n)))));
      expect(stored.toString('latin1')).toContain('share_link');
      expect(stored.includes(Buffer.from(MARKER))).toBe(false);
      expect(stored.includes(Buffer.from(secretOf(link)))).toBe(false);
      await v.context.close();
      await context.close();
    },
    LONG,
  );

  it(
    'a viewer whose browser is in Spanish reads the viewer in Spanish, the document as written',
    async () => {
      const { context, app } = await sharer(phone);
      const link = await app.makeLink({ note: 'Dra. Rivera' });
      const v = await viewerFor(link, phone, 'es-MX');
      expect(await v.viewer.state()).toBe('shown');
      await v.viewer.heading(es['shareView.heading']).waitFor();
      expect(await v.page.evaluate(() => document.documentElement.lang)).toBe('es');
      await v.page.getByRole('button', { name: es['shareView.print'] }).waitFor();
      // The person wrote in English: the document says so, for the reader's screen reader.
      const article = v.viewer.main.locator('article');
      expect(await article.getAttribute('lang')).toBe('en');
      const text = (await article.textContent()) ?? '';
      expect(text).toContain(en['report.docTitle']);
      expect(text).toContain(MARKER);
      await expectNoAxeViolations(v.page, 'viewer: report (Spanish viewer, phone)');
      await shot(v.page, 'viewer-report-es-phone');
      expectNothingLeaked(v, link);

      // Turned off: said in Spanish too.
      await app.stopSharing(link);
      await v.page.reload();
      expect(await v.viewer.state()).toBe('revoked');
      await v.viewer.heading(es['shareView.revokedHeading']).waitFor();
      expect(es['shareView.revokedHeading']).not.toBe(en['shareView.revokedHeading']);
      await expectNoAxeViolations(v.page, 'viewer: revoked (Spanish)');
      await v.context.close();
      await context.close();
    },
    LONG,
  );

  it(
    'an expired link says so, even before the clean-up has run',
    async () => {
      const { context, app } = await sharer(phone);
      const link = await app.makeLink({ kind: 'supporter', expiry: 'hour' });
      await expectNoAxeViolations(app.page, 'share screen (phone)');
      await shot(app.page, 'share-screen-phone');
      ahead = 2 * hour;
      try {
        const v = await viewerFor(link, phone);
        expect(await v.viewer.state()).toBe('expired');
        await v.viewer.heading(en['shareView.expiredHeading']).waitFor();
        await expectNoAxeViolations(v.page, 'viewer: expired');
        await shot(v.page, 'viewer-expired-phone');
        expectNothingLeaked(v, link);
        await v.context.close();
      } finally {
        ahead = 0;
      }
      await context.close();
    },
    LONG,
  );

  it(
    'a wrong passphrase says so; the right one opens the plan',
    async () => {
      const { context, app } = await sharer(phone);
      const link = await app.makeLink({ kind: 'plan', passphrase: 'blue kettle morning' });
      const v = await viewerFor(link, phone);
      expect(await v.viewer.state()).toBe('passphrase');
      await v.viewer.heading(en['shareView.passphraseHeading']).waitFor();
      await expectNoAxeViolations(v.page, 'viewer: passphrase');
      const field = v.page.getByLabel(en['shareView.passphrase']);
      await field.fill('blue kettle evening');
      await v.page.getByRole('button', { name: en['shareView.open'] }).click();
      await v.page.getByRole('alert').getByText(en['shareView.wrongPassphrase']).waitFor({
        timeout: 60_000,
      });
      expect(await v.viewer.main.getAttribute('data-state')).toBe('wrong-passphrase');
      await expectNoAxeViolations(v.page, 'viewer: wrong passphrase');
      await shot(v.page, 'viewer-wrong-passphrase-phone');
      await v.page.getByLabel(en['shareView.passphrase']).fill('blue kettle morning');
      await v.page.getByRole('button', { name: en['shareView.open'] }).click();
      await v.viewer.main.getByText(MARKER, { exact: false }).waitFor({ timeout: 60_000 });
      expect((await v.viewer.main.textContent()) ?? '').toContain(en['plan.print.heading']);
      await expectNoAxeViolations(v.page, 'viewer: plan (phone)');
      await shot(v.page, 'viewer-plan-phone');
      expectNothingLeaked(v, link);
      await v.context.close();
      await context.close();
    },
    LONG,
  );

  it(
    'a damaged link says so',
    async () => {
      const { context, app } = await sharer();
      const link = await app.makeLink();
      const [start, hash] = link.split('#') as [string, string];
      const [version, secret, expiry] = hash.split('.') as [string, string, string];
      const flipped = `${secret.slice(0, 10)}${secret[10] === 'A' ? 'B' : 'A'}${secret.slice(11)}`;
      for (const damaged of [
        start,
        `${start}#${version}.${secret.slice(0, 30)}.${expiry}`,
        `${start}#${version}.${flipped}.${expiry}`,
        `${start.slice(0, -3)}#${hash}`,
      ]) {
        const v = await viewerFor(damaged);
        expect(await v.viewer.state(), damaged).toBe('damaged');
        await v.viewer.heading(en['shareView.damagedHeading']).waitFor();
        expect(v.errors).toEqual([]);
        await v.context.close();
      }
      const v = await viewerFor(`${start}#${version}.${flipped}.${expiry}`);
      await v.viewer.state();
      await expectNoAxeViolations(v.page, 'viewer: damaged');
      await v.context.close();
      await context.close();
    },
    LONG,
  );

  it(
    'a live link shows a log entry added after the link was made',
    async () => {
      const { context, app } = await sharer();
      const link = await app.makeLink({ live: true, notes: true });
      const v = await viewerFor(link);
      expect(await v.viewer.state()).toBe('shown');
      expect((await v.viewer.main.textContent()) ?? '').not.toContain(LATER);
      await app.vaultCall('put', [
        {
          kind: 'journal-urge',
          id: 'later-entry',
          value: urgeEntry(new Date().toISOString(), 3, false, { note: LATER }),
        },
      ]);
      await expect
        .poll(
          async () => {
            await v.page.reload();
            await v.viewer.state();
            return (await v.viewer.main.textContent()) ?? '';
          },
          { timeout: 60_000, interval: 1_000 },
        )
        .toContain(LATER);
      expectNothingLeaked(v, link);
      await v.context.close();
      await context.close();
    },
    LONG,
  );
});
