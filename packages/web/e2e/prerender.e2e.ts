// The help screens are prerendered at build time (src/prerender.tsx): their text and an
// emergency number arrive in the HTML, before any JavaScript runs, and work with JavaScript
// off. A tiny script in <head> marks the person's country before the first paint (the page
// holds every country's numbers; the stylesheet shows theirs). When the app starts it takes the
// page over in place, ending exactly as the app renders the screen itself.
import { en } from '@onward/content';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { VAULT_DB_NAME } from '../src/vault/db-name.ts';
import { HelpPage } from './pages/help-page.ts';
import { openApp, useBrowser } from './session.ts';
import { phone } from './viewports.ts';

const browser = useBrowser();

/**
 * #app as a canonical string: elements with their attributes sorted, adjacent text joined (the
 * HTML parser merges text the app renders as separate nodes), language wrappers left out. Focus and properties aside, two
 * screens with the same string look and read the same.
 */
function canonicalApp(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element)) return '';
      // The prerendered page's language wrapper (display: contents) is transparent: the app
      // renders into it, so it is not part of the screen.
      if (node.classList.contains('for-language')) return [...node.childNodes].map(walk).join('');
      const attrs = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).sort();
      const inner = [...node.childNodes].map(walk).join('');
      return `<${node.localName}${attrs.join('')}>${inner}</${node.localName}>`;
    };
    return [...(document.getElementById('app')?.childNodes ?? [])].map(walk).join('');
  });
}

describe('prerendered help screens', () => {
  it('with JavaScript off, show an emergency number to call and "Get help now"', async () => {
    const { page } = await openApp(await browser(), phone, { javaScriptEnabled: false });
    const help = new HelpPage(page);
    const response = await page.goto('/help/danger');
    expect(response?.status()).toBe(200);
    expect(await help.heading.textContent()).toBe(en['danger.title']);
    expect(await page.title()).toBe(en['danger.title']);
    // Without JavaScript no country can be known (the choice and the browser's languages are
    // read by script): the page shows what it shows for no country, the numbers that work in
    // most places, as call links, and the international directory; no country's own copy.
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-country'))).toBe(
      false,
    );
    expect(await help.contactHrefs()).toEqual(['tel:112', 'tel:911']);
    const call = help.main.locator('a[href="tel:112"]:visible');
    expect(await call.textContent()).toBe(en['emergency.call'].replace('{number}', '112'));
    expect(await help.directoryLink.isVisible()).toBe(true);
    expect(await help.helpLink.isVisible()).toBe(true);
    expect(await help.helpLink.getAttribute('href')).toBe('/help');

    // The help screens link to each other as plain pages.
    await help.helpLink.click();
    await page.waitForURL('**/help');
    expect(await help.heading.textContent()).toBe(en['help.title']);
    expect((await help.contactHrefs())[0]).toBe('tel:112');
    await help.safeChoice.click();
    await page.waitForURL('**/help/safe');
    expect(await help.heading.textContent()).toBe(en['safe.title']);
    expect((await help.contactHrefs())[0]).toBe('tel:112');
  });

  it('with JavaScript off in a Spanish browser, show the default page, its links working', async () => {
    // No script, no language mark: the stylesheet shows the default language's copy, and only it
    // (the Spanish copy is in the page, hidden), with the numbers that work in most places.
    const { page } = await openApp(await browser(), phone, {
      javaScriptEnabled: false,
      locale: 'es-MX',
      extraHTTPHeaders: { 'Accept-Language': 'es-MX' },
    });
    const help = new HelpPage(page);
    await page.goto('/help/danger');
    expect(await help.heading.textContent()).toBe(en['danger.title']);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await help.contactHrefs()).toEqual(['tel:112', 'tel:911']);
    const visibleLinks = await page
      .locator('a[href^="tel:"], a[href^="sms:"]')
      .evaluateAll((links) => links.filter((a) => a.checkVisibility()).length);
    expect(visibleLinks).toBe(2);
  });

  it('show the guessed country before the app runs, and are taken over in place', async () => {
    const { page, log } = await openApp(await browser(), phone);
    const help = new HelpPage(page);
    // Hold the app's script back, to see the page as it is before the app has run (only the
    // tiny country script in <head> has: it marks the person's country before the first paint).
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Every script the page fetches, to see each of the app's chunks fetched once.
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().endsWith('.js')) {
        scripts.push(new URL(request.url()).pathname);
      }
    });
    const loading = page.goto('/help/danger');
    await help.heading.waitFor();
    expect(await help.heading.textContent()).toBe(en['danger.title']);
    // en-US: the United States' numbers and lines already, and no other country's.
    expect(await page.evaluate(() => document.documentElement.dataset.country)).toBe('US');
    const before = await help.contactHrefs();
    expect(before[0]).toBe('tel:911');
    expect(before).not.toContain('tel:112');
    expect(await help.unlistedHeading.count()).toBe(0);
    expect(await help.main.textContent()).toContain(
      en['help.showingFor'].replace('{country}', 'United States'),
    );
    // Mark the elements on screen (a property, invisible in the markup).
    const shown = 'main#main h1, main#main p.lead, .help-now, main#main .for-country a.button';
    await page.evaluate((selector) => {
      for (const el of document.querySelectorAll(selector)) {
        if ((el as HTMLElement).checkVisibility()) {
          (el as Element & { prerendered?: boolean }).prerendered = true;
        }
      }
    }, shown);
    const marked = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)].filter(
          (el) => (el as Element & { prerendered?: boolean }).prerendered,
        ).length,
      shown,
    );
    expect(marked).toBeGreaterThan(5);
    // While the app's entry is held, the page has already asked for the app's other chunks
    // (the country script names them, data-preload, and asks for them after the first paint).
    const named = await page.evaluate(() =>
      (document.querySelector('script[data-preload]')?.getAttribute('data-preload') ?? '')
        .split(' ')
        .filter(Boolean),
    );
    expect(named.length).toBeGreaterThanOrEqual(2);
    await expect
      .poll(() => named.filter((href) => !scripts.includes(href)), { timeout: 15_000 })
      .toEqual([]);
    release();
    await loading;
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });

    // The same links, and the same elements as before the app ran: taken over, not redrawn.
    expect(await help.contactHrefs()).toEqual(before);
    const kept = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)].map(
          (el) => (el as Element & { prerendered?: boolean }).prerendered === true,
        ),
      shown,
    );
    expect(kept).toEqual(new Array(marked).fill(true));
    // Each of those chunks was fetched once: the app's own imports found them on their way.
    await page.waitForLoadState('networkidle');
    for (const href of named)
      expect(
        scripts.filter((s) => s === href),
        href,
      ).toHaveLength(1);
    // A first visit: nothing of the person's to show, so the help screen neither downloads the
    // vault nor creates its database (helpVault, src/vault/index.ts)...
    const databases = () =>
      page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(await databases()).not.toContain(VAULT_DB_NAME);
    // The other countries' copies are gone from the page.
    expect(await page.locator('.for-country:not([data-country="US"])').count()).toBe(0);
    expect(await help.helpLink.count()).toBe(1);
    expect(await help.heading.count()).toBe(1);
    // ...which the rest of the app does at once (so the check above can fail).
    await page.goto('/');
    await expect.poll(databases, { timeout: 15_000 }).toContain(VAULT_DB_NAME);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });

  // The first Intl object a page makes (a date format, a collator, display names) costs ~100 ms
  // of a slow phone's CPU, in one task that holds up a tap on the page (src/crisis/names.ts).
  // A help screen's takeover makes none: a module that makes one when it loads, dragged into
  // the help path, fails here.
  for (const locale of ['en-US', 'es-MX']) {
    it(`are taken over without making an Intl object (${locale})`, async () => {
      const { page, context, log } = await openApp(await browser(), phone, {
        locale,
        extraHTTPHeaders: { 'Accept-Language': locale },
      });
      await context.addInitScript(() => {
        const made: string[] = [];
        (globalThis as { intlMade?: string[] }).intlMade = made;
        const note = (name: string) => {
          made.push(`${name} ${new Error().stack?.split('\n').slice(2, 4).join(' ')}`);
        };
        const intl = Intl as unknown as Record<string, unknown>;
        for (const name of ['DateTimeFormat', 'Collator', 'DisplayNames', 'ListFormat']) {
          const made = intl[name] as new (...args: unknown[]) => object;
          intl[name] = new Proxy(made, {
            construct(target, args, newTarget) {
              note(name);
              return Reflect.construct(target, args, newTarget);
            },
            apply(target, self, args) {
              note(name);
              return Reflect.apply(target, self, args);
            },
          });
        }
        const methods: [object, string][] = [
          [Date.prototype, 'toLocaleString'],
          [Date.prototype, 'toLocaleDateString'],
          [Date.prototype, 'toLocaleTimeString'],
          [String.prototype, 'localeCompare'],
        ];
        for (const [proto, name] of methods) {
          const original = (proto as Record<string, (...args: unknown[]) => unknown>)[name];
          Object.defineProperty(proto, name, {
            configurable: true,
            writable: true,
            value(this: unknown, ...args: unknown[]) {
              note(name);
              return original?.apply(this, args);
            },
          });
        }
      });
      const help = new HelpPage(page);
      const made = () =>
        page.evaluate(() => (globalThis as { intlMade?: string[] }).intlMade ?? ['no record']);
      for (const path of ['/help', '/help/danger', '/help/safe']) {
        await help.open(path);
        await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
        // The screen is the person's, in their language, formatted without Intl.
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
        expect(await made(), path).toEqual([]);
      }
      // The record works: making one is seen.
      await page.evaluate(() => new Date(0).toLocaleDateString());
      expect(await made()).toHaveLength(1);
      expect(log.pageErrors).toEqual([]);
      expect(log.cspViolations).toEqual([]);
    });
  }

  it('end up as the app renders them, with the country the person chose', async () => {
    const { page, log } = await openApp(await browser(), phone);
    const help = new HelpPage(page);
    await help.openHelp();
    await help.chooseCountry('GB');
    await expect.poll(() => help.telLink('999').first().isVisible()).toBe(true);

    // Opened directly: the prerendered page, taken over by the app.
    await help.open('/help/danger');
    await expect.poll(() => help.unlistedHeading.count()).toBe(0);
    expect((await help.contactHrefs())[0]).toBe('tel:999');
    expect(await help.main.textContent()).toContain(
      en['help.showingFor'].replace('{country}', 'United Kingdom'),
    );
    const fromPrerender = await canonicalApp(page);
    expect(await page.title()).toBe(`${en['danger.title']} · ${en['app.name']}`);

    // The same screen rendered by the app alone: from a screen that is not prerendered (the
    // empty app shell), by in-app navigation.
    await help.open('/settings');
    await help.activate(help.helpLink);
    await page.waitForURL('**/help');
    await help.activate(help.dangerChoice);
    await page.waitForURL('**/help/danger');
    await expect.poll(() => help.heading.textContent()).toBe(en['danger.title']);
    expect(await canonicalApp(page)).toBe(fromPrerender);

    // And /help: the picker shows the chosen country, and its number is the one to call.
    await help.open('/help');
    expect(await help.countrySelect.inputValue()).toBe('GB');
    expect((await help.contactHrefs())[0]).toBe('tel:999');
    expect(await help.unlistedHeading.count()).toBe(0);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
});
