// Safety gap (issue 11, item 4): one source of first-aid facts. The Learn guide "Getting urgent
// help" and the after-relapse flow render exactly the same headings and facts (those of
// @onward/content first-aid.ts, from the brief): raising the injured part, spurting bleeding,
// the burn criteria, and an emergency-department heading that says so (not "the same day").
import { firstAid, firstAidSections } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { AppShell } from './pages/app-shell.ts';
import { openApp, useBrowser } from './session.ts';
import { phone } from './viewports.ts';

const browser = useBrowser();

/** The first-aid headings and items on the current screen, in order. */
async function factsOnScreen(shell: AppShell) {
  const facts = shell.main.locator('.first-aid-facts');
  await facts.waitFor();
  return {
    headings: await facts.locator('h3').allTextContents(),
    items: await facts.locator('li').allTextContents(),
  };
}

describe('first aid, one source', () => {
  it('the guide and the after-relapse flow show the same facts', async () => {
    const session = await openApp(await browser(), phone);
    await session.context.addInitScript(() => {
      if (location.protocol === 'about:') return;
      localStorage.setItem('onward.country', 'GB');
      localStorage.setItem('onward.firstRun', 'done');
    });
    const shell = new AppShell(session.page);

    await shell.open('/learn/getting-urgent-help');
    const inGuide = await factsOnScreen(shell);
    for (const scheme of ['light', 'dark'] as const) {
      await session.page.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(session.page, `guide with first aid (${scheme})`);
    }
    // No heading promises "the same day" for what needs an emergency department.
    const guideText = (await shell.main.textContent()) ?? '';
    expect(guideText).not.toMatch(/same day/i);

    await shell.open('/journal/after/any-entry');
    const inFlow = await factsOnScreen(shell);

    const expected = {
      headings: firstAidSections.map((s) => s.heading),
      items: firstAidSections.flatMap((s) => s.items),
    };
    expect(inGuide).toEqual(expected);
    expect(inFlow).toEqual(expected);
    // The facts the brief asks for are there.
    const all = expected.items.join(' ');
    expect(all).toMatch(/injured part raised/);
    expect(all).toMatch(/spurts/);
    expect(all).toMatch(/burn that is large, on the face, hands or joints/);
    expect(firstAid.emergencyDepartment.heading).toMatch(/emergency department/);
    // The medical advice line of the chosen country, in both.
    expect(await shell.main.locator('a[href="tel:111"]').count()).toBe(1);
    expect(session.log.pageErrors).toEqual([]);
  });

  it('"Treatments explained" promises no report that does not exist', async () => {
    const session = await openApp(await browser(), phone);
    const shell = new AppShell(session.page);
    await shell.open('/learn/treatments-explained');
    await shell.main.getByText(/safety plan, on your phone or printed/).waitFor();
    expect((await shell.main.textContent()) ?? '').not.toMatch(/\breport/i);
  });
});
