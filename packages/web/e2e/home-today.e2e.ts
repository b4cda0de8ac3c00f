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

/** A local date `days` before today, as the app writes it. */
function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const checkIn = (id: string, day: string) => ({
  kind: 'journal-check-in',
  id,
  value: {
    v: 1,
    instrument: 'gad7',
    answers: [1, 1, 1, 1, 1, 1, 1],
    difficulty: null,
    day,
    at: `${day}T09:00:00.000Z`,
    offsetMinutes: 0,
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
    // Progress in words that only grow (a skill practised today), linking to the figures.
    const progress = link(en['home.today.progress']);
    await progress.waitFor();
    expect(await progress.getAttribute('href')).toBe('/progress');
    expect(await home.main.locator('#home-today-progress-hint').textContent()).toContain(
      `${en['progress.skills']}: 1`,
    );
    // No check-in is suggested to someone who never chose to fill one in ...
    const checkInHint = home.main.locator('#home-today-check-in-hint');
    expect(await checkInHint.count()).toBe(0);
    // ... nor to someone whose last one was under two weeks ago; after two weeks, it is due.
    await home.vaultCall('put', [checkIn('c1', daysAgo(5))]);
    await expect.poll(() => home.main.locator('#home-today-card-hint').count()).toBe(1);
    expect(await checkInHint.count()).toBe(0);
    await home.vaultCall('put', [checkIn('c1', daysAgo(20))]);
    const due = link(en['home.today.checkIn'].replace('{name}', 'GAD-7'));
    await due.waitFor();
    expect(await due.getAttribute('href')).toBe('/journal/check-in/gad7');
    expect(await home.main.locator('#home-today-check-in-hint').textContent()).toBe(
      en['home.today.checkInHint'].replace('{days}', '20'),
    );
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
