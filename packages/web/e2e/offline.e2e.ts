// Help must work with no connection at all. After one visit, the service worker has the app
// and the directory; with the network cut, the help screens (reloaded, navigated to, or opened
// directly from a saved link) still render with the numbers to call.
import { en } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { waitForServiceWorkerControl } from './offline.ts';
import { HelpPage } from './pages/help-page.ts';
import { saveScreenshot } from './screenshots.ts';
import { openApp, useBrowser } from './session.ts';
import { sizes } from './viewports.ts';

const browser = useBrowser();

describe.each(sizes)('at $name size', (size) => {
  it('after one visit, the help screens open offline with the crisis numbers', async () => {
    const { context, page } = await openApp(await browser(), size, { serviceWorkers: 'allow' });
    const help = new HelpPage(page);
    // First visit, straight to the help screen (as from a link a friend sent).
    await help.openHelp();
    await waitForServiceWorkerControl(page);
    await help.chooseCountry('GB');
    await expect.poll(() => help.linkTo('tel:999').first().isVisible()).toBe(true);

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // Reload the help screen itself.
    await page.reload();
    await help.heading.waitFor();
    expect(await help.heading.textContent()).toBe(en['help.title']);
    await expect.poll(() => help.linkTo('tel:999').first().isVisible()).toBe(true);
    await saveScreenshot(page, `offline-help-${size.name}`);

    // Navigate within the app.
    await help.activate(help.safeChoice);
    await page.waitForURL('**/help/safe');
    await help.heading.waitFor();
    await expect.poll(() => help.linkTo('tel:116123').first().isVisible()).toBe(true);

    // Open a deep link directly, as from a bookmark or a home-screen shortcut.
    await page.goto('/help/danger');
    await help.heading.waitFor();
    expect(await help.heading.textContent()).toBe(en['danger.title']);
    await expect.poll(() => help.linkTo('tel:999').first().isVisible()).toBe(true);
    await expect.poll(() => help.linkTo('tel:116123').first().isVisible()).toBe(true);
    await saveScreenshot(page, `offline-help-danger-${size.name}`);

    // And a page never visited before, in a new tab.
    const fresh = await context.newPage();
    const freshHelp = new HelpPage(fresh);
    await fresh.goto('/help/safe');
    await freshHelp.heading.waitFor();
    await expect.poll(() => freshHelp.linkTo('tel:116123').first().isVisible()).toBe(true);
    expect(await freshHelp.helpLink.isVisible()).toBe(true);
  });

  it('offline, a help screen never opened before shows an emergency number (no country chosen)', async () => {
    const { context, page } = await openApp(await browser(), size, { serviceWorkers: 'allow' });
    const help = new HelpPage(page);
    await help.open('/');
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.goto('/help');
    await help.heading.waitFor();
    // en-US browser locale: the guess is the United States.
    await expect.poll(() => help.linkTo('tel:911').first().isVisible()).toBe(true);
  });
});
