// Every route in Spanish (es-MX), scanned by axe: Spanish runs longer than English, and every
// visible label must still be part of its control's accessible name. One test per route, so a
// failure names the screen and a slow scan cannot take the others' time; each step waits for a
// condition (the screen's own h1, not the loading line) with a bounded timeout, and axe itself is
// bounded, so a screen that never settles fails with its name instead of hanging the run.
import { es } from '@onward/content/messages/es';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { launchBrowser } from './browser.ts';
import { ROUTES } from './spanish-routes.ts';
import { phone } from './viewports.ts';

/** Every route of the Spanish text walk, and the two it leaves out. */
const AXE_ROUTES = [...ROUTES, '/more', '/insights'];

const STEP_MS = 30_000;

let context: BrowserContext | undefined;
let closeBrowser: (() => Promise<void>) | undefined;

/** One es-MX phone context for the file (a fresh page per route), opened by the first test. */
async function page(): Promise<Page> {
  if (!context) {
    const browser = await launchBrowser();
    closeBrowser = () => browser.close();
    context = await browser.newContext({
      ...phone.options,
      locale: 'es-MX',
      extraHTTPHeaders: { 'Accept-Language': 'es-MX' },
      baseURL: inject('baseURL'),
    });
    // The country is chosen and the first run is over: every screen as a returning person sees it.
    await context.addInitScript(() => {
      if (location.protocol === 'about:') return;
      localStorage.setItem('onward.country', 'MX');
      localStorage.setItem('onward.firstRun', 'done');
    });
  }
  return context.newPage();
}

afterAll(async () => {
  await context?.close();
  await closeBrowser?.();
});

/** Rejects after `ms` with a message naming what did not finish. */
function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

describe('every route in Spanish passes axe (es-MX, phone)', () => {
  for (const path of AXE_ROUTES) {
    it(`${path}`, async () => {
      const p = await page();
      const errors: string[] = [];
      const consoleErrors: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
      try {
        await p.goto(path, { waitUntil: 'domcontentloaded', timeout: STEP_MS });
        const heading = p.locator('main#main h1');
        await heading.waitFor({ timeout: STEP_MS }).catch(async (error: Error) => {
          // Say what was on screen instead, so a rare failure can be understood from the log.
          const seen = await p
            .evaluate(() => (document.body.textContent ?? '').replace(/\s+/g, ' ').slice(0, 400))
            .catch(() => '(the page did not answer)');
          throw new Error(
            `${error.message}\nOn screen at ${p.url()}: ${seen}\nPage errors: ${errors.join(' | ')}\nConsole errors: ${consoleErrors.join(' | ')}`,
          );
        });
        // A lazy screen says "Abriendo…" until its chunk arrives.
        await expect
          .poll(() => heading.textContent(), { timeout: STEP_MS })
          .not.toBe(es['shell.loading']);
        expect(await p.evaluate(() => document.documentElement.lang)).toBe('es');
        await within(STEP_MS * 2, `axe on ${path}`, expectNoAxeViolations(p, `${path} (es-MX)`));
        expect(errors).toEqual([]);
      } finally {
        await p.close();
      }
    }, 120_000);
  }
});
