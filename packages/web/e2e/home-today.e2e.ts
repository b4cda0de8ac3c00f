// Home for a returning person (issue 11): today at a glance, one tap each (log an urge, today's
// diary card, the tool that has helped most, the hope box, the plan). Not for a first visit,
// and never in discreet mode, whose first screen stays neutral.
import { en } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { PrivacyPage } from './pages/privacy-page.ts';
import { openApp, useBrowser } from './session.ts';
import { phone } from './viewports.ts';

const browser = useBrowser();

const at = new Date().toISOString();
const use = (id: string, before: number, after: number) => ({
  kind: 'tool-use',
  id,
  value: {
    v: 1,
    tool: 'breathing',
    startedAt: at,
    endedAt: at,
    urgeBefore: before,
    urgeAfter: after,
  },
});

describe('home for a returning person', () => {
  it('shows today at a glance, one tap each; nothing of it in discreet mode', async () => {
    const session = await openApp(await browser(), phone);
    await session.context.addInitScript(() => {
      if (location.protocol === 'about:') return;
      localStorage.setItem('onward.country', 'GB');
      localStorage.setItem('onward.firstRun', 'done');
    });
    const home = new PrivacyPage(session.page);
    await home.open('/');
    const today = home.main.getByRole('heading', { name: en['home.today.heading'], exact: true });
    expect(await today.count(), 'not on a first visit').toBe(0);
    await home.vaultCall('put', [use('a', 7, 3), use('b', 6, 2)]);
    await today.waitFor();
    const link = (name: string) => home.main.getByRole('link', { name, exact: true });
    await link(en['tools.name.breathing']).waitFor();
    await link(en['home.today.card']).waitFor();
    await link(en['hope.title']).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await session.page.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(session.page, `home today (${scheme})`);
    }
    await home.activate(link(en['home.today.log']));
    await home.main
      .getByRole('heading', { level: 1, name: en['journal.log.title'], exact: true })
      .waitFor();

    await session.page.evaluate(() => localStorage.setItem('discreet', '1'));
    await home.open('/');
    await home.main.getByRole('heading', { level: 1, name: en['home.discreetTitle'] }).waitFor();
    expect(await today.count()).toBe(0);
    expect(session.log.pageErrors).toEqual([]);
  });
});
