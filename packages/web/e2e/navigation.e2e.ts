// Navigation (issue 11): on a phone, a bottom bar of five destinations with icons and labels
// (Home, Tools, Journal, My plan, More), the rest on the More screen (Care team there when the
// server has a clinic profile); on a desktop, a side navigation and a column wide enough for the
// diary card's week (Sunday not clipped at 1280 px). No element of the navigation lies outside
// the viewport at 360 px, with and without a clinic profile.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '@onward/content';
import { buildServer } from '@onward/server';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { AppShell } from './pages/app-shell.ts';
import { openApp, useBrowser } from './session.ts';
import type { Size } from './viewports.ts';

const browser = useBrowser();

let clinicServer: FastifyInstance;
let clinicBase: string;
let dataDir: string;

beforeAll(async () => {
  const webRoot = process.env.ONWARD_E2E_WEB_ROOT ?? join(import.meta.dirname, '..', 'dist');
  dataDir = await mkdtemp(join(tmpdir(), 'onward-e2e-nav-'));
  clinicServer = await buildServer({
    webRoot,
    databaseUrl: `sqlite:${join(dataDir, 'onward.sqlite')}`,
    clinicProfilePath: join(
      import.meta.dirname,
      '..',
      '..',
      '..',
      'examples',
      'clinic-profile.example.json',
    ),
  });
  clinicBase = await clinicServer.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await clinicServer?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const narrow: Size = {
  name: 'phone',
  options: {
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  },
};
const wide: Size = { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } };

/** Every rendered element of the navigation that sticks out of the viewport. */
function outside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const nav = document.querySelector('nav.main-nav');
    if (!nav) return ['no navigation'];
    const out: string[] = [];
    for (const el of [nav, ...nav.querySelectorAll('*')]) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered at this size
      if (
        r.left < -0.5 ||
        r.top < -0.5 ||
        r.right > innerWidth + 0.5 ||
        r.bottom > innerHeight + 0.5
      ) {
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim()}" at ${Math.round(r.left)},${Math.round(r.top)}-${Math.round(r.right)},${Math.round(r.bottom)}`,
        );
      }
    }
    return out;
  });
}

async function start(size: Size, withClinic: boolean) {
  const session = await openApp(await browser(), size);
  await session.context.addInitScript(() => {
    if (location.protocol === 'about:') return;
    localStorage.setItem('onward.country', 'GB');
    localStorage.setItem('onward.firstRun', 'done');
  });
  const shell = new AppShell(session.page);
  const base = withClinic ? clinicBase : inject('baseURL');
  await shell.open(`${base}/`);
  if (withClinic) {
    await expect
      .poll(() =>
        session.page.evaluate(() => Object.keys(localStorage).some((k) => k.includes('clinic'))),
      )
      .toBe(true);
    await session.page.reload();
    await shell.heading.waitFor();
  }
  const nav = session.page.getByRole('navigation', { name: en['shell.navLabel'] });
  return { ...session, shell, nav, base };
}

describe('navigation', () => {
  for (const withClinic of [false, true]) {
    const label = withClinic ? 'with a clinic profile' : 'without a clinic profile';
    it(`at 360 px: five destinations, none outside the viewport; the rest under More (${label})`, async () => {
      const { page, shell, nav, log } = await start(narrow, withClinic);
      const visible = nav.locator('a:visible');
      await expect
        .poll(() => visible.allTextContents())
        .toEqual([
          en['shell.nav.home'],
          en['tools.nav'],
          en['plan.nav'],
          en['journal.nav'],
          en['shell.nav.more'],
        ]);
      expect(await outside(page)).toEqual([]);
      // Each entry has an icon and is at least 44 px tall.
      for (const box of await visible.evaluateAll((links) =>
        links.map((a) => ({
          h: a.getBoundingClientRect().height,
          icon: a.querySelector('svg') !== null,
        })),
      )) {
        expect(box.icon).toBe(true);
        expect(box.h).toBeGreaterThanOrEqual(44);
      }
      await shell.activate(nav.getByRole('link', { name: en['shell.nav.more'], exact: true }));
      await shell.main.getByRole('heading', { level: 1, name: en['more.title'] }).waitFor();
      for (const name of [en['progress.nav'], en['learn.nav'], en['hope.title']]) {
        await shell.main.getByRole('link', { name, exact: true }).waitFor();
      }
      const careTeam = shell.main.getByRole('link', { name: en['clinic.nav'], exact: true });
      expect(await careTeam.count()).toBe(withClinic ? 1 : 0);
      expect(await outside(page)).toEqual([]);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expectNoAxeViolations(page, `More at 360 px (${label}, ${scheme})`);
      }
      expect(log.pageErrors).toEqual([]);
    });

    it(`at 1280 px: a side navigation with every destination inside the viewport (${label})`, async () => {
      const { page, nav } = await start(wide, withClinic);
      for (const name of [
        en['tools.nav'],
        en['journal.nav'],
        en['plan.nav'],
        en['progress.nav'],
        en['learn.nav'],
      ]) {
        expect(await nav.getByRole('link', { name, exact: true }).isVisible(), name).toBe(true);
      }
      expect(await nav.getByRole('link', { name: en['clinic.nav'], exact: true }).isVisible()).toBe(
        withClinic,
      );
      expect(await outside(page)).toEqual([]);
      // The side navigation does not cover the main column.
      const navRight = await nav.evaluate((n) => n.getBoundingClientRect().right);
      const mainLeft = await page
        .locator('main#main')
        .evaluate((m) => m.getBoundingClientRect().left);
      expect(mainLeft).toBeGreaterThanOrEqual(navRight);
    });
  }

  // The bar's labels may wrap between words or at a soft hyphen ("Herra-mientas"), never inside
  // a word as overflow-wrap: anywhere would break it when nothing else fits ("Herramie-ntas").
  // So with that fallback switched off, no label may be wider than its tab, in either language,
  // at 320 px (the narrowest phones) and 360 px.
  for (const locale of ['en-US', 'es-MX']) {
    it(`every bottom-bar label fits its tab without breaking a word (${locale})`, async () => {
      for (const width of [320, 360]) {
        const { page } = await openApp(
          await browser(),
          {
            ...narrow,
            options: { ...narrow.options, viewport: { width, height: 740 } },
          },
          { locale, extraHTTPHeaders: { 'Accept-Language': locale } },
        );
        const shell = new AppShell(page);
        await shell.open('/help');
        const overflowing = await page.evaluate(() => {
          const labels = [...document.querySelectorAll<HTMLElement>('.nav-primary .nav-label')];
          for (const label of labels) label.style.overflowWrap = 'normal';
          return {
            count: labels.length,
            wide: labels
              .filter((label) => label.scrollWidth > (label.parentElement?.clientWidth ?? 0))
              .map((label) => label.textContent),
          };
        });
        expect(overflowing.count, `${width} px`).toBe(5);
        expect(overflowing.wide, `${width} px`).toEqual([]);
      }
    });
  }

  it('at 1280 px the diary card week shows Sunday without clipping', async () => {
    const { page, shell } = await start(wide, false);
    await shell.open('/journal/diary?week=2026-03-02');
    const sunday = page.locator('table.diary-grid thead th').last();
    await sunday.waitFor();
    const [cell, region] = await Promise.all([
      sunday.evaluate((c) => c.getBoundingClientRect().right),
      page.locator('.table-scroll').evaluate((r) => r.getBoundingClientRect().right),
    ]);
    expect(cell).toBeLessThanOrEqual(region + 0.5);
    expect(cell).toBeLessThanOrEqual(1280);
  });
});
