// "Get help now" paints before the app and does not move when the app arrives (issue 12).
// - The person's own country is on screen from the first paint: the prerendered page holds
//   every country's numbers and lines, and a tiny script in <head> marks theirs before paint.
// - While the app takes the page over, nothing on screen shifts: cumulative layout shift 0 on
//   /help, /help/danger and /help/safe, measured by Chromium's own layout-shift entries, for a
//   guessed country (en-US) and for a country the person chose (kept on the device).
// - The same in Spanish (issue 16): the page holds the screen in both languages and the script
//   in <head> marks the person's language too, so a Spanish speaker's first paint is already in
//   Spanish (no English that then repaints), with their country's numbers, and CLS is 0.
// With JavaScript off (no country can be known), see prerender.e2e.ts.
import { en } from '@onward/content';
import { es } from '@onward/content/messages/es';
import { describe, expect, it } from 'vitest';
import { recordLayoutShifts, settled, shiftsOf } from './layout-shift.ts';
import { HelpPage } from './pages/help-page.ts';
import { asReturningPerson, PrivacyPage, planRecord } from './pages/privacy-page.ts';
import { openApp, useBrowser } from './session.ts';
import { phone, sizes } from './viewports.ts';

const browser = useBrowser();
const helpPaths = ['/help', '/help/danger', '/help/safe'] as const;
const planWithPeople = planRecord({
  coping: [{ id: 'c1', text: 'A walk with music' }],
  people: [
    { id: 'p1', name: 'Sam', phone: '07700 900123' },
    { id: 'p2', name: 'Aunt Jo', phone: '07700 900456' },
  ],
  reasons: [{ id: 'r1', text: 'My sister' }],
});

describe('help screens: the first paint is the final layout', () => {
  it("shows the person's country and its lines as working links before the app runs", async () => {
    const { page, log } = await openApp(await browser(), phone, { locale: 'en-GB' });
    const help = new HelpPage(page);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // The module script is held, so the load event (and page.goto) waits until release.
    void page.goto('/help').catch(() => undefined);
    await help.heading.waitFor();
    expect(await help.countrySelect.inputValue()).toBe('GB');
    expect(await help.contactHrefs()).toEqual(['tel:999']);
    const loading = page.goto('/help/danger');
    await help.heading.filter({ hasText: en['danger.title'] }).waitFor();
    // Before the app: the United Kingdom's emergency number first, then its 24/7 lines.
    const hrefs = await help.contactHrefs();
    expect(hrefs[0]).toBe('tel:999');
    expect(hrefs).toContain('tel:116123'); // Samaritans, 24/7
    expect(hrefs).toContain('sms:85258?&body=SHOUT'); // Shout, 24/7, keyword prefilled
    expect(hrefs).not.toContain('tel:911');
    expect(await help.main.textContent()).toContain(
      en['help.showingFor'].replace('{country}', 'United Kingdom'),
    );
    // Real links a phone can follow, as the person sees them (visible, in reading order).
    const samaritans = help.main.locator('a[href="tel:116123"]:visible');
    expect(await samaritans.count()).toBe(1);
    release();
    await loading;
    await settled(page);
    expect(await help.contactHrefs()).toEqual(hrefs);
    expect(log.consoleErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });

  for (const size of sizes) {
    for (const path of helpPaths) {
      it(`${path} (${size.name}): no layout shift while the app takes over, guessed country`, async () => {
        const { page, context, log } = await openApp(await browser(), size);
        await context.addInitScript(recordLayoutShifts);
        await page.goto(path);
        await settled(page);
        expect(await page.evaluate(() => document.documentElement.dataset.country)).toBe('US');
        expect(await shiftsOf(page)).toEqual([]);
        expect(log.consoleErrors).toEqual([]);
      });
    }
  }

  for (const path of helpPaths) {
    it(`${path}: no layout shift while the app takes over, a country the person chose`, async () => {
      const { page, context, log } = await openApp(await browser(), phone);
      await context.addInitScript(() => {
        // The choice as the app keeps it (country/country-choice.ts), set before the page loads.
        window.localStorage.setItem('onward.country', 'NZ');
      });
      await context.addInitScript(recordLayoutShifts);
      const help = new HelpPage(page);
      await page.goto(path);
      await settled(page);
      expect(await page.evaluate(() => document.documentElement.dataset.country)).toBe('NZ');
      // New Zealand's: its emergency number (/help, /help/danger) or its lines (/help/safe).
      const hrefs = await help.contactHrefs();
      expect(hrefs.includes('tel:111') || hrefs.includes('tel:1737')).toBe(true);
      expect(hrefs).not.toContain('tel:911');
      expect(await shiftsOf(page)).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    });
  }

  // A person with a safety plan: their people join /help/danger and /help/safe (and what helps
  // them, /help/safe) once the vault has opened, after the first paint, below what is already on
  // screen, so nothing moves when they arrive.
  for (const size of sizes) {
    it(`a person with a safety plan (${size.name}): their people join, nothing shifted`, async () => {
      const { page, context, log } = await openApp(await browser(), size);
      await asReturningPerson(context);
      await context.addInitScript(recordLayoutShifts);
      const app = new PrivacyPage(page);
      await app.open('/');
      await app.vaultCall('put', [planWithPeople]);
      const help = new HelpPage(page);
      for (const path of helpPaths) {
        await page.goto(path);
        await settled(page);
        if (path !== '/help') await help.telLink('07700900123').first().waitFor();
        await settled(page);
        expect(await shiftsOf(page), path).toEqual([]);
      }
      expect(log.consoleErrors).toEqual([]);
    });
  }

  it('a Spanish speaker (es-MX) sees Spanish and Mexico before the app runs, kept in place', async () => {
    const { page, context, log } = await openApp(await browser(), phone, {
      locale: 'es-MX',
      extraHTTPHeaders: { 'Accept-Language': 'es-MX' },
    });
    await context.addInitScript(recordLayoutShifts);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/main-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const loading = page.goto('/help/danger');
    // Before the app: the Spanish heading is the one on screen, and no English heading is.
    const spanishHeading = page.getByRole('heading', { level: 1, name: es['danger.title'] });
    await spanishHeading.waitFor();
    expect(await page.getByRole('heading', { level: 1, name: en['danger.title'] }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.title()).toBe(es['danger.title']);
    expect(await page.evaluate(() => document.documentElement.dataset.country)).toBe('MX');
    // Mexico's emergency number and lines, as working links, in the Spanish copy on screen.
    const visibleHrefs = () =>
      page
        .locator('main a[href^="tel:"], main a[href^="sms:"]')
        .evaluateAll((links) =>
          links.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href') ?? ''),
        );
    const before = await visibleHrefs();
    expect(before[0]).toBe('tel:911');
    expect(before).toContain('tel:8009112000');
    const call = page.locator('main a[href="tel:911"]:visible').first();
    expect(await call.textContent()).toBe(es['emergency.call'].replace('{number}', '911'));
    // Mark the heading on screen: the app must take this very element over, not redraw it.
    await spanishHeading.evaluate((el) => {
      (el as Element & { prerendered?: boolean }).prerendered = true;
    });
    release();
    await loading;
    await settled(page);
    const heading = page.locator('main#main h1');
    expect(await heading.textContent()).toBe(es['danger.title']);
    expect(
      await heading.evaluate((el) => (el as Element & { prerendered?: boolean }).prerendered),
    ).toBe(true);
    expect(await page.locator('.for-language[data-language="en"]').count()).toBe(0);
    expect(await visibleHrefs()).toEqual(before);
    expect(await shiftsOf(page)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });

  for (const size of sizes) {
    for (const path of helpPaths) {
      it(`${path} (${size.name}): no layout shift in Spanish, language and country guessed (es-ES)`, async () => {
        const { page, context, log } = await openApp(await browser(), size, {
          locale: 'es-ES',
          extraHTTPHeaders: { 'Accept-Language': 'es-ES' },
        });
        await context.addInitScript(recordLayoutShifts);
        await page.goto(path);
        await settled(page);
        expect(await page.evaluate(() => document.documentElement.dataset.language)).toBe('es');
        expect(await page.evaluate(() => document.documentElement.dataset.country)).toBe('ES');
        expect(await shiftsOf(page)).toEqual([]);
        expect(log.consoleErrors).toEqual([]);
      });
    }
  }

  it('/help: Spanish chosen on the device in an English browser: Spanish first, no shift', async () => {
    const { page, context, log } = await openApp(await browser(), phone);
    await context.addInitScript(() => {
      // The choice as the app keeps it (language/language-choice.ts).
      window.localStorage.setItem('onward.language', 'es');
    });
    await context.addInitScript(recordLayoutShifts);
    await page.goto('/help');
    await settled(page);
    expect(await page.locator('main#main h1').textContent()).toBe(es['help.title']);
    expect(await page.title()).toBe(`${es['help.title']} · ${es['app.name']}`);
    expect(await shiftsOf(page)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('measures a layout shift when there is one (the check can fail)', async () => {
    const { page, context } = await openApp(await browser(), phone);
    await context.addInitScript(recordLayoutShifts);
    await page.goto('/help/danger');
    await settled(page);
    // Push the screen's content down, as a late banner would.
    await page.evaluate(() => {
      const banner = document.createElement('p');
      banner.textContent = 'late';
      banner.className = 'card';
      document.querySelector('main#main')?.prepend(banner);
    });
    await expect
      .poll(async () => ((await shiftsOf(page)) as { value: number }[]).length)
      .toBeGreaterThan(0);
  });
});
