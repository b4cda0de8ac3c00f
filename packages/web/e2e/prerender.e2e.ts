// The help screens are prerendered at build time (src/prerender.tsx): their text and an
// emergency number arrive in the HTML, before any JavaScript runs, and work with JavaScript
// off. When the app starts it takes the page over in place and shows the person's own country,
// ending exactly as the app renders the screen itself.
import { en } from '@onward/content';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HelpPage } from './pages/help-page.ts';
import { openApp, useBrowser } from './session.ts';
import { phone } from './viewports.ts';

const browser = useBrowser();

/**
 * #app as a canonical string: elements with their attributes sorted, adjacent text joined (the
 * HTML parser merges text the app renders as separate nodes). Focus and properties aside, two
 * screens with the same string look and read the same.
 */
function canonicalApp(page: Page): Promise<string> {
  return page.evaluate(() => {
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element)) return '';
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
    // No country is known in a prerendered page: the numbers that work in most places.
    const call = help.main.locator('a[href^="tel:"]').first();
    expect(await call.isVisible()).toBe(true);
    expect(await call.getAttribute('href')).toBe('tel:112');
    expect(await call.textContent()).toBe(en['emergency.call'].replace('{number}', '112'));
    expect(await help.telLink('911').isVisible()).toBe(true);
    expect(await help.helpLink.isVisible()).toBe(true);
    expect(await help.helpLink.getAttribute('href')).toBe('/help');

    // The help screens link to each other as plain pages.
    await help.helpLink.click();
    await page.waitForURL('**/help');
    expect(await help.heading.textContent()).toBe(en['help.title']);
    expect(await help.telLink('112').isVisible()).toBe(true);
    await help.safeChoice.click();
    await page.waitForURL('**/help/safe');
    expect(await help.heading.textContent()).toBe(en['safe.title']);
    expect(await help.telLink('112').isVisible()).toBe(true);
  });

  it('are taken over in place by the app, which shows the guessed country', async () => {
    const { page, log } = await openApp(await browser(), phone);
    const help = new HelpPage(page);
    // Hold the app's script back, to see the page as it is before any JavaScript has run.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const loading = page.goto('/help/danger');
    await help.heading.waitFor();
    expect(await help.heading.textContent()).toBe(en['danger.title']);
    expect(await help.contactHrefs()).toEqual(['tel:112', 'tel:911']);
    expect(await help.unlistedHeading.isVisible()).toBe(true);
    // Mark the prerendered elements (a property, invisible in the markup).
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('main#main h1, main#main p.lead, .help-now')) {
        (el as Element & { prerendered?: boolean }).prerendered = true;
      }
    });
    release();
    await loading;

    // en-US: the app guesses the United States and shows its numbers instead.
    await expect.poll(() => help.unlistedHeading.count()).toBe(0);
    expect((await help.contactHrefs())[0]).toBe('tel:911');
    expect(await help.main.textContent()).toContain(
      en['help.showingFor'].replace('{country}', 'United States'),
    );
    // The same elements as before the script ran: taken over, not torn down and redrawn.
    const kept = await page.evaluate(() =>
      [...document.querySelectorAll('main#main h1, main#main p.lead, .help-now')].map(
        (el) => (el as Element & { prerendered?: boolean }).prerendered === true,
      ),
    );
    expect(kept).toEqual([true, true, true]);
    expect(await help.helpLink.count()).toBe(1);
    expect(await help.heading.count()).toBe(1);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });

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
