// The first run (issue 11): three skippable steps on home for someone new, one at a time (their
// country with the guess shown, a passcode if they want one, an invitation to make the safety
// plan), with "Get help now" on every step. Shown once: finishing or skipping is remembered,
// and a returning person (a country chosen, records kept) never sees it.
import { en } from '@onward/content';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { PrivacyPage } from './pages/privacy-page.ts';
import { saveScreenshot } from './screenshots.ts';
import { openApp, useBrowser } from './session.ts';
import { sizes } from './viewports.ts';

const browser = useBrowser();

const stored = (page: Page) => page.evaluate(() => localStorage.getItem('onward.firstRun'));

class Home extends PrivacyPage {
  get panel() {
    return this.main.getByRole('region', { name: en['firstRun.heading'], exact: true });
  }
  stepHeading(text: string) {
    return this.panel.getByRole('heading', { level: 3, name: text, exact: true });
  }
  override button(name: string) {
    return this.panel.getByRole('button', { name, exact: true });
  }
  link(name: string) {
    return this.panel.getByRole('link', { name, exact: true });
  }
  progress(step: number) {
    return this.panel.getByText(
      en['firstRun.progress'].replace('{step}', String(step)).replace('{total}', '3'),
    );
  }
}

describe.each(sizes)('first run at $name size', (size) => {
  it('walks a new person through country, passcode and plan, one step at a time, help always there', async () => {
    // A British English browser: the country guess is the United Kingdom.
    const { page, log } = await openApp(await browser(), size, { locale: 'en-GB' });
    const home = new Home(page);
    await home.open('/');

    // Step 1: the guess shown, confirmed by going on.
    await home.stepHeading(en['firstRun.country.heading']).waitFor();
    await home.progress(1).waitFor();
    await home.panel
      .getByText('It looks like you are in United Kingdom', { exact: false })
      .waitFor();
    expect(await home.helpLink.isVisible()).toBe(true);
    await expectNoAxeViolations(page, `first run, country (${size.name})`);
    await saveScreenshot(page, `first-run-country-${size.name}`);
    await home.activate(home.button(en['firstRun.next']));
    await expect.poll(() => page.evaluate(() => localStorage.getItem('onward.country'))).toBe('GB');

    // Step 2: the passcode, one step at a time (the country step is gone), focus on its heading.
    await home.stepHeading(en['firstRun.passcode.heading']).waitFor();
    await home.progress(2).waitFor();
    expect(await home.stepHeading(en['firstRun.country.heading']).count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(en['firstRun.passcode.heading']);
    expect(await home.helpLink.isVisible()).toBe(true);
    expect(await home.link(en['firstRun.passcode.set']).getAttribute('href')).toBe(
      '/settings/privacy',
    );
    await expectNoAxeViolations(page, `first run, passcode (${size.name})`);
    await home.activate(home.button(en['firstRun.passcode.later']));

    // Step 3: the plan invitation; help still one tap away.
    await home.stepHeading(en['firstRun.plan.heading']).waitFor();
    await home.progress(3).waitFor();
    expect(await home.helpLink.isVisible()).toBe(true);
    expect(await stored(page)).toBe('3');
    await expectNoAxeViolations(page, `first run, plan (${size.name})`);
    await home.activate(home.link(en['firstRun.plan.start']));
    await home.main
      .getByRole('heading', { level: 1, name: en['plan.title'], exact: true })
      .waitFor();
    expect(await stored(page)).toBe('done');

    // Back home: it is over, and stays over after a reload.
    await home.open('/');
    await home.main.getByRole('heading', { name: en['home.nowHeading'], exact: true }).waitFor();
    expect(await home.panel.count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
    // Three axe scans and five screens: 40-105 s measured on a busy 2-core machine.
  }, 300_000);

  it('skipping is remembered; help works from any step; the passcode link leads into settings', async () => {
    const { page } = await openApp(await browser(), size, { locale: 'en-GB' });
    const home = new Home(page);
    await home.open('/');
    await home.activate(home.button(en['firstRun.next']));
    await home.stepHeading(en['firstRun.passcode.heading']).waitFor();

    // Get help now from the middle of the first run: help opens, and the step is kept.
    await home.activate(home.helpLink);
    await home.main
      .getByRole('heading', { level: 1, name: en['help.title'], exact: true })
      .waitFor();
    await home.open('/');
    await home.stepHeading(en['firstRun.passcode.heading']).waitFor();

    // "Set a passcode" opens the passcode settings; home then offers the last step.
    await home.activate(home.link(en['firstRun.passcode.set']));
    await home.main
      .getByRole('heading', { name: en['privacy.passcode.heading'], exact: true })
      .waitFor();
    await home.open('/');
    await home.stepHeading(en['firstRun.plan.heading']).waitFor();

    await home.activate(home.button(en['firstRun.skip']));
    await expect.poll(() => stored(page)).toBe('skipped');
    expect(await home.panel.count()).toBe(0);
    await home.open('/');
    await home.main.getByRole('heading', { name: en['home.nowHeading'], exact: true }).waitFor();
    expect(await home.panel.count()).toBe(0);
  });

  it('a returning person never sees it', async () => {
    const { page } = await openApp(await browser(), size, { locale: 'en-GB' });
    const home = new Home(page);
    // Someone who has used Onward here before (an older version, with no first-run flag): a
    // record in the vault.
    await home.open('/');
    await home.vaultCall('put', [
      {
        kind: 'journal-urge',
        id: 'u1',
        value: {
          v: 1,
          at: new Date().toISOString(),
          day: '2026-12-01',
          offsetMinutes: 0,
          intensity: 3,
          acted: false,
          triggers: [],
          feelings: [],
          helped: [],
          note: '',
        },
      },
    ]);
    await page.evaluate(() => localStorage.removeItem('onward.firstRun'));
    await home.open('/');
    await home.main.getByRole('heading', { name: en['home.nowHeading'], exact: true }).waitFor();
    await expect.poll(() => stored(page)).toBe('done');
    expect(await home.panel.count()).toBe(0);

    // And someone who chose their country on the help screen, in a fresh profile.
    const second = await openApp(await browser(), size, { locale: 'en-GB' });
    await second.context.addInitScript(() => {
      if (location.protocol !== 'about:') localStorage.setItem('onward.country', 'GB');
    });
    const again = new Home(second.page);
    await again.open('/');
    await again.main.getByRole('heading', { name: en['home.nowHeading'], exact: true }).waitFor();
    await expect.poll(() => stored(second.page)).toBe('done');
    expect(await again.panel.count()).toBe(0);
  });
});
