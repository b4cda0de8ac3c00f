// "Get help now" is one tap away from every screen, the not-found screen included, for touch,
// mouse and keyboard, at phone and desktop sizes.
import { en } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { AppShell, routes } from './pages/app-shell.ts';
import { openApp, useBrowser } from './session.ts';
import { sizes } from './viewports.ts';

const browser = useBrowser();

/** WCAG 2.2 target size (enhanced, 2.5.5) and Apple/Google touch guidance. */
const minTarget = 44;

describe.each(sizes)('at $name size', (size) => {
  describe.each(routes)('on $name ($path)', (route) => {
    it('shows the help link, big enough to tap, inside the viewport', async () => {
      const { page } = await openApp(await browser(), size);
      const shell = new AppShell(page);
      await shell.open(route.path);
      await expect.poll(() => shell.helpLink.isVisible()).toBe(true);
      const box = await shell.helpLink.boundingBox();
      expect(box, 'help link has a box').not.toBeNull();
      if (!box) return;
      expect(box.width).toBeGreaterThanOrEqual(minTarget);
      expect(box.height).toBeGreaterThanOrEqual(minTarget);
      const viewport = page.viewportSize();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport?.width ?? 0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport?.height ?? 0);
      expect(await shell.main.getByRole('heading', { level: 1 }).count()).toBe(1);
    });

    it('stays in view at the bottom of the page (sticky top bar)', async () => {
      const { page } = await openApp(await browser(), size);
      const shell = new AppShell(page);
      await shell.open(route.path);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => shell.helpLink.isVisible()).toBe(true);
      const inView = await shell.helpLink.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
      });
      expect(inView).toBe(true);
    });

    it('is reached by keyboard: Tab gives "Skip to content", then "Get help now"', async () => {
      const { page } = await openApp(await browser(), size);
      const shell = new AppShell(page);
      await shell.open(route.path);
      const [first, second] = await shell.tabFromStart(2);
      expect(first?.name).toBe(en['shell.skip']);
      expect(first?.href).toBe('#main');
      expect(second?.name).toBe(en['shell.getHelp']);
      expect(second?.href).toBe('/help');
      // The focused help link must be visible, not hidden under something.
      await expect.poll(() => shell.helpLink.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL('**/help');
      await expect.poll(() => shell.focusDescription()).toBe('main h1');
    });

    it('"Skip to content" moves focus into the main content', async () => {
      const { page } = await openApp(await browser(), size);
      const shell = new AppShell(page);
      await shell.open(route.path);
      await shell.tabFromStart(1);
      await expect.poll(() => shell.skipLink.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() =>
        document.querySelector('main#main')?.contains(document.activeElement),
      );
      expect(next, 'the Tab after skipping lands inside main, not back in the top bar').toBe(true);
    });

    it('tapping or clicking it opens /help with the h1 focused', async () => {
      const { page, baseURL } = await openApp(await browser(), size);
      const shell = new AppShell(page);
      await shell.open(route.path);
      await shell.activate(shell.helpLink);
      await page.waitForURL(`${baseURL}/help`);
      await shell.heading.waitFor();
      await expect.poll(() => shell.focusDescription()).toBe('main h1');
      expect(await shell.heading.textContent()).toBeTruthy();
    });
  });
});
