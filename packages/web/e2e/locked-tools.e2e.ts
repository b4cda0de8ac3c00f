// Safety gap (issue 11, item 2): while the app is locked, every guided tool is one tap from the
// help screen and from the lock screen, and the ways into the toolkit ("Open all tools" on
// "struggling but safe", "Try a calming tool" on home, the Tools tab) never dead-end on the lock
// screen. The private parts (the library, history, what helped before) stay behind the lock.
import { en } from '@onward/content';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { PrivacyPage } from './pages/privacy-page.ts';
import { openApp, useBrowser } from './session.ts';
import { desktop, phone } from './viewports.ts';

const browser = useBrowser();

const TOOLS = [
  ['urge-surfing', en['tools.surf.title']],
  ['breathing', en['tools.breathe.title']],
  ['grounding', en['tools.ground.title']],
  ['tipp', en['tools.tipp.title']],
] as const;

/** Opens the app with a passcode set, then reloads it: locked. */
async function lockedApp(size = phone) {
  const session = await openApp(await browser(), size);
  await session.context.addInitScript(() => {
    if (location.protocol === 'about:') return;
    localStorage.setItem('onward.country', 'GB');
    localStorage.setItem('onward.firstRun', 'done');
  });
  const privacy = new PrivacyPage(session.page);
  await privacy.openPrivacy();
  await privacy.setPasscode('calm harbour 7');
  await session.page.goto('/journal');
  await privacy.lockHeading.waitFor();
  return { ...session, privacy };
}

/** Taps the guided tool link in `region` and checks the tool opened, not the lock screen. */
async function opensTool(
  page: Page,
  privacy: PrivacyPage,
  from: string,
  name: string,
  title: string,
) {
  await privacy.activate(privacy.main.getByRole('link', { name, exact: true }).first());
  await privacy.main.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  expect(await privacy.lockHeading.count(), `${name} from ${from}`).toBe(0);
  await page.goBack();
}

describe('while locked, tools are one tap away', () => {
  it('every guided tool opens in one tap from the help screen and from the lock screen', async () => {
    const { page, privacy, log } = await lockedApp();
    for (const [tool, title] of TOOLS) {
      // The lock screen (here on /journal).
      await privacy.lockHeading.waitFor();
      await opensTool(page, privacy, 'the lock screen', en[`tools.name.${tool}`], title);
    }
    await expectNoAxeViolations(page, 'lock screen with the guided tools');
    await page.goto('/help');
    for (const [tool, title] of TOOLS) {
      await privacy.main.getByRole('heading', { level: 1, name: en['help.title'] }).waitFor();
      await opensTool(page, privacy, 'the help screen', en[`tools.name.${tool}`], title);
    }
    await expectNoAxeViolations(page, 'help screen with the guided tools');
    expect(log.pageErrors).toEqual([]);
  });

  for (const size of [phone, desktop]) {
    it(`"Open all tools", "Try a calming tool" and the Tools tab reach the tools, not the lock (${size.name})`, async () => {
      const { page, privacy } = await lockedApp(size);
      const toolsIndex = privacy.main.getByRole('heading', {
        level: 1,
        name: en['tools.title'],
        exact: true,
      });
      const expectToolsIndex = async (from: string) => {
        await toolsIndex.waitFor();
        expect(await privacy.lockHeading.count(), from).toBe(0);
        await privacy.main.getByText(en['tools.lockedNote']).waitFor();
        for (const [tool] of TOOLS) {
          await privacy.main
            .getByRole('link', { name: en[`tools.name.${tool}`], exact: true })
            .waitFor();
        }
      };

      await page.goto('/help/safe');
      await privacy.activate(
        privacy.main.getByRole('link', { name: en['tools.safe.allTools'], exact: true }),
      );
      await expectToolsIndex('Open all tools');
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expectNoAxeViolations(page, `locked tools index (${size.name}, ${scheme})`);
      }
      await page.emulateMedia({ colorScheme: 'light' });

      await page.goto('/');
      await privacy.activate(
        privacy.main.getByRole('link', { name: en['home.toolsLink'], exact: true }),
      );
      await expectToolsIndex('Try a calming tool');

      await page.goto('/help');
      await privacy.activate(
        page.getByRole('navigation', { name: en['shell.navLabel'] }).getByRole('link', {
          name: en['tools.nav'],
          exact: true,
        }),
      );
      await expectToolsIndex('the Tools tab');

      // A tool from the index opens in one more tap.
      await privacy.activate(
        privacy.main.getByRole('link', { name: en['tools.name.breathing'], exact: true }),
      );
      await privacy.main
        .getByRole('heading', { level: 1, name: en['tools.breathe.title'], exact: true })
        .waitFor();
      // The private library stays behind the lock.
      await page.goto('/tools/alternatives');
      await privacy.lockHeading.waitFor();
    });
  }
});
