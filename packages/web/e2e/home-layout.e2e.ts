// Home does not move under a finger. Its first-run steps and "today at a glance" arrive after
// the first render (their own chunks, and they wait for the vault to open); they sit above the
// quick links, so the links wait for them rather than being pushed down when they appear.
// Measured by Chromium's own layout-shift entries: on a first visit, for a returning person
// with records, and in discreet mode, on a phone and a desktop.
import { en } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { recordLayoutShifts, settled, shiftsOf } from './layout-shift.ts';
import { asReturningPerson, PrivacyPage } from './pages/privacy-page.ts';
import { openApp, useBrowser } from './session.ts';
import { sizes } from './viewports.ts';

const browser = useBrowser();

const at = new Date().toISOString();
const toolUse = {
  kind: 'tool-use',
  id: 'home-layout-use',
  value: { v: 1, tool: 'breathing', startedAt: at, endedAt: at, urgeBefore: 7, urgeAfter: 3 },
};

describe('home keeps still while its parts arrive', () => {
  for (const size of sizes) {
    it(`a first visit (${size.name}): the first-run steps, then the links, nothing shifted`, async () => {
      const { page, context, log } = await openApp(await browser(), size);
      await context.addInitScript(recordLayoutShifts);
      const home = new PrivacyPage(page);
      await home.open('/');
      const nowHeading = home.main.getByRole('heading', { name: en['home.nowHeading'] });
      await nowHeading.waitFor();
      await settled(page);
      // The first-run card came first and the links after it, below it.
      const firstRun = home.main.getByRole('heading', { name: en['firstRun.heading'] });
      expect(await firstRun.isVisible()).toBe(true);
      const firstRunBox = await firstRun.boundingBox();
      const nowBox = await nowHeading.boundingBox();
      expect(firstRunBox && nowBox && firstRunBox.y < nowBox.y).toBe(true);
      expect(await home.main.getByRole('link', { name: en['home.toolsLink'] }).count()).toBe(1);
      expect(await shiftsOf(page)).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    });

    it(`a returning person (${size.name}): today at a glance, then the links, nothing shifted`, async () => {
      const { page, context, log } = await openApp(await browser(), size);
      await asReturningPerson(context);
      await context.addInitScript(recordLayoutShifts);
      const home = new PrivacyPage(page);
      await home.open('/');
      await home.vaultCall('put', [toolUse]);
      const today = home.main.getByRole('heading', { name: en['home.today.heading'] });
      await today.waitFor();
      // Opened again, as a person coming back does: the records are there from the start.
      await home.open('/');
      await home.main.getByRole('heading', { name: en['home.nowHeading'] }).waitFor();
      await settled(page);
      expect(await today.isVisible()).toBe(true);
      expect(await shiftsOf(page)).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    });
  }

  it('discreet mode: the links at once, nothing shifted', async () => {
    const { page, context } = await openApp(await browser(), sizes[0] as (typeof sizes)[0]);
    await context.addInitScript(() => {
      if (location.protocol === 'about:') return;
      localStorage.setItem('discreet', '1');
    });
    await context.addInitScript(recordLayoutShifts);
    const home = new PrivacyPage(page);
    await home.open('/');
    await home.main.getByRole('heading', { name: en['home.nowHeading'] }).waitFor();
    await settled(page);
    expect(await home.main.getByRole('heading', { name: en['home.discreetTitle'] }).count()).toBe(
      1,
    );
    expect(await shiftsOf(page)).toEqual([]);
  });

  it('a vault that never opens: the help card at once, the links after a while all the same', async () => {
    const { page } = await openApp(await browser(), sizes[0] as (typeof sizes)[0]);
    // The vault's code never arrives (storage or network stuck), so it stays "opening".
    await page.route(/\/assets\/start-[^/]+\.js$/, () => undefined);
    const home = new PrivacyPage(page);
    await home.open('/');
    await home.main.getByRole('link', { name: en['home.helpLink'] }).waitFor();
    const links = home.main.getByRole('heading', { name: en['home.nowHeading'] });
    expect(await links.count()).toBe(0);
    // LINKS_WAIT_MAX_MS (10 s) in screens/home.tsx, and time to spare on a busy machine.
    await links.waitFor({ timeout: 40_000 });
    expect(await home.main.getByRole('link', { name: en['home.toolsLink'] }).count()).toBe(1);
  }, 60_000);
});
