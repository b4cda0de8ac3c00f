// The journal and progress, end to end in Chromium at phone size, on dates set with page.clock
// (no test-only code in the app). Urges logged over several days without acting, then one
// relapse: total self-harm-free days and urges ridden out stay exactly as they were. The
// after-relapse flow shows the chosen country's emergency number and the first-aid guidance; a
// chain analysis saves and reopens where it was left; the weekly diary card shows what was
// entered; a PHQ-9 with known answers shows the right total. On every screen: no "reset",
// "start over", "failed" or "day 0", and an axe scan with zero violations, light and dark.

import { join } from 'node:path';
import { en, firstAid } from '@onward/content';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { fill, JournalPage } from './pages/journal-page.ts';
import { PlanPage } from './pages/plan-page.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { screenshotDir, takeScreenshot } from './screenshots.ts';
import { openApp, useBrowser } from './session.ts';
import { settle } from './settle.ts';
import { desktop, phone, type Size } from './viewports.ts';

const browser = useBrowser();

/** 10:00 in London on a day in March 2026 (GMT, before the clocks change on the 29th). */
const at = (day: number, time = '10:00') =>
  new Date(`2026-03-${String(day).padStart(2, '0')}T${time}:00Z`);

/** Screenshots to look at, in .test-results/screenshots/journal/. */
const shots = join(screenshotDir, 'journal');

/** A local date as the app shows it ("Thursday, March 5" in English). */
const dayTitle = (day: string) =>
  fill(en['journal.diary.dayTitle'], {
    date: new Intl.DateTimeFormat('en', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${day}T12:00:00Z`)),
  });

/** Every screen checked, so the test can say which screens it covered. */
const checked: string[] = [];

/**
 * The checks every screen gets: no forbidden words, an axe scan in light and dark, and a
 * screenshot of each to look at.
 */
async function checkScreen(page: Page, journal: JournalPage, name: string, size: Size) {
  await settle(page);
  expect(await journal.forbiddenWords(), `forbidden words on ${name}`).toEqual([]);
  // Scanned from the top of the page, so the result does not depend on where a previous step
  // left the scroll (axe counts a control partly under the fixed bottom navigation as too small).
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await settle(page);
    await takeScreenshot(page, join(shots, `${name}-${size.name}-${scheme}.png`), {
      fullPage: true,
    });
    await expectNoAxeViolations(page, `${name} (${size.name}, ${scheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  checked.push(name);
}

/** Opens the app in London with the United Kingdom chosen, at 10:00 on 2 March 2026. */
async function start(size: Size) {
  const session = await openApp(await browser(), size, { timezoneId: 'Europe/London' });
  const { page } = session;
  await page.clock.setFixedTime(at(2));
  const settings = new SettingsPage(page);
  await settings.openSettings();
  await settings.countrySelect.selectOption('GB');
  const journal = new JournalPage(page);
  await journal.open('/journal');
  await journal.expectHeading(en['journal.title']);
  return { ...session, journal };
}

describe('journal at phone size', () => {
  it('a relapse leaves free days and urges ridden out unchanged; after-relapse flow, chain analysis, diary card, PHQ-9', async () => {
    const size = phone;
    const { page, journal, log } = await start(size);
    await checkScreen(page, journal, 'journal-empty', size);

    // Urges on three days, ridden out.
    const days = [
      {
        day: 2,
        urge: 6,
        feelings: [en['journal.emotion.lonely']],
        helped: [en['journal.helped.breathing']],
      },
      { day: 3, urge: 4, feelings: [en['journal.emotion.anxious']], helped: [] },
      {
        day: 4,
        urge: 7,
        feelings: [en['journal.emotion.numb']],
        helped: [en['journal.helped.grounding']],
      },
    ];
    for (const [i, d] of days.entries()) {
      await page.clock.setFixedTime(at(d.day, '20:30'));
      await journal.go('/journal', en['journal.title']);
      await journal.logUrge({
        urge: d.urge,
        acted: false,
        feelings: d.feelings,
        helped: d.helped,
        triggers: i === 0 ? [en['journal.trigger.boredom']] : [],
      });
      await journal.expectHeading(en['journal.title']);
      await expect
        .poll(() => journal.main.getByRole('status').first().textContent())
        .toBe(en['journal.savedRiddenOut']);
      if (i === 0) {
        await journal.go('/journal/new', en['journal.log.title']);
        await checkScreen(page, journal, 'log-form', size);
        // A save without the needed answers says what is missing, next to each question.
        await journal.activate(journal.button(en['journal.log.save']));
        await expect
          .poll(() => journal.main.getByText(en['journal.log.urgeMissing']).isVisible())
          .toBe(true);
        expect(await journal.main.getByText(en['journal.log.actedMissing']).isVisible()).toBe(true);
        await checkScreen(page, journal, 'log-form-errors', size);
        await journal.go('/journal', en['journal.title']);
      }
    }
    await checkScreen(page, journal, 'journal-list', size);

    // Thursday 5 March: the figures before the relapse.
    await page.clock.setFixedTime(at(5, '09:00'));
    await journal.go('/progress', en['progress.title']);
    const freeTotal = journal.figure(en['progress.freeTotal']);
    const urges = journal.figure(en['progress.urges']);
    await expect.poll(() => freeTotal.textContent()).toBe(fill(en['progress.days'], { count: 3 }));
    expect(await urges.textContent()).toBe('3');
    const before = { free: await freeTotal.textContent(), urges: await urges.textContent() };
    await checkScreen(page, journal, 'progress-before', size);

    // The relapse, logged just now.
    await page.clock.setFixedTime(at(5, '21:15'));
    await journal.go('/journal', en['journal.title']);
    await journal.logUrge({ urge: 8, acted: true, feelings: [en['journal.emotion.ashamed']] });

    // Step 1: are you safe; the UK's emergency number, first aid, NHS 111.
    await journal.expectHeading(en['journal.after.title']);
    await journal.main.getByRole('heading', { name: en['journal.after.safeHeading'] }).waitFor();
    const call999 = journal.main.locator('a[href="tel:999"]').first();
    expect(await call999.isVisible()).toBe(true);
    expect(await journal.main.getByText(firstAid.callNow.heading).isVisible()).toBe(true);
    for (const item of [...firstAid.callNow.items, ...firstAid.emergencyDepartment.items]) {
      expect(await journal.main.getByText(item, { exact: true }).count(), item).toBe(1);
    }
    expect(await journal.main.locator('a[href="tel:111"]').count()).toBe(1);
    await checkScreen(page, journal, 'after-1-safe', size);

    // Step 2: the real figures, which the relapse did not lower.
    await journal.activate(journal.button(en['journal.after.safeContinue']));
    await journal.main.getByRole('heading', { name: en['journal.after.messageHeading'] }).waitFor();
    expect(
      await journal.main.getByText(fill(en['journal.after.days'], { count: 3 })).isVisible(),
    ).toBe(true);
    expect(
      await journal.main.getByText(fill(en['journal.after.urges'], { count: 3 })).isVisible(),
    ).toBe(true);
    await checkScreen(page, journal, 'after-2-message', size);

    // Step 3: a chain analysis, now.
    await journal.activate(journal.button(en['journal.after.continue']));
    await journal.main.getByRole('heading', { name: en['journal.after.chainHeading'] }).waitFor();
    await checkScreen(page, journal, 'after-3-chain', size);
    await journal.activate(journal.button(en['journal.after.chainNow']));
    await journal.main
      .getByRole('heading', { name: en['journal.chain.step.behaviour.title'] })
      .waitFor();
    await checkScreen(page, journal, 'chain-step-1', size);
    await journal.main
      .getByLabel(en['journal.chain.step.behaviour.label'], { exact: true })
      .fill('The urge on Thursday night');
    await journal.activate(journal.button(en['journal.chain.next']));
    await journal.main
      .getByRole('heading', { name: en['journal.chain.step.vulnerability.title'] })
      .waitFor();
    await journal.main
      .getByRole('checkbox', { name: en['journal.chain.factor.sleep'], exact: true })
      .check();
    await checkScreen(page, journal, 'chain-step-2', size);
    await journal.activate(journal.button(en['journal.chain.next']));
    await journal.main
      .getByLabel(en['journal.chain.step.prompting-event.label'], { exact: true })
      .fill('An argument at dinner');
    await journal.activate(journal.button(en['journal.chain.next']));
    await journal.main
      .getByRole('heading', { name: en['journal.chain.step.links.title'] })
      .waitFor();
    await journal.main
      .getByLabel(en['journal.chain.step.links.textLabel'], { exact: true })
      .fill('Nobody listens to me');
    await journal.activate(journal.button(en['journal.chain.step.links.add']));
    await checkScreen(page, journal, 'chain-step-4', size);
    // Stop here: "finish later" saves and returns to the after-relapse flow.
    await journal.activate(journal.button(en['journal.chain.later']));

    // Step 4: a warning sign and someone to talk to (no plan yet: a link to make one).
    await journal.main.getByRole('heading', { name: en['journal.after.planHeading'] }).waitFor();
    expect(await journal.link(en['journal.after.planLink']).getAttribute('href')).toBe('/plan');
    expect(await journal.link(en['journal.after.peopleHelp']).getAttribute('href')).toBe(
      '/help/safe',
    );
    await checkScreen(page, journal, 'after-4-plan', size);
    await journal.activate(journal.link(en['journal.after.done']));
    await journal.expectHeading(en['journal.title']);

    // The figures after the relapse: unchanged.
    await journal.go('/progress', en['progress.title']);
    await expect.poll(() => freeTotal.textContent()).toBe(before.free);
    expect(await urges.textContent()).toBe(before.urges);
    expect(await journal.figure(en['progress.freeMonth']).textContent()).toBe(before.free);
    await checkScreen(page, journal, 'progress-after', size);
    // The current stretch can be hidden, and stays hidden.
    await journal.activate(journal.button(en['progress.hideCurrent']));
    await expect
      .poll(() => journal.main.getByText(en['progress.currentHidden']).isVisible())
      .toBe(true);
    await journal.go('/journal', en['journal.title']);
    await journal.go('/progress', en['progress.title']);
    expect(await journal.main.getByText(en['progress.currentHidden']).isVisible()).toBe(true);

    // The chain analysis reopens where it was left, with what was written.
    await journal.go('/journal/chain', en['journal.chain.title']);
    await checkScreen(page, journal, 'chain-list', size);
    await journal.activate(journal.link('The urge on Thursday night'));
    await journal.main
      .getByRole('heading', { name: en['journal.chain.step.links.title'] })
      .waitFor();
    expect(await journal.main.getByText('Nobody listens to me').isVisible()).toBe(true);
    await journal.activate(journal.button(en['journal.chain.back']));
    await journal.main
      .getByRole('heading', { name: en['journal.chain.step.prompting-event.title'] })
      .waitFor();
    expect(
      await journal.main
        .getByLabel(en['journal.chain.step.prompting-event.label'], { exact: true })
        .inputValue(),
    ).toBe('An argument at dinner');

    // The diary card: today's values, then the week as a grid.
    await journal.go('/journal/diary/2026-03-05', dayTitle('2026-03-05'));
    await journal.choose(en['journal.diary.row.selfHarm.urge'], '4');
    await journal.choose(en['journal.diary.row.selfHarm.acted'], 'yes');
    await journal.choose(en['journal.diary.row.emotion.sadness'], '3');
    await journal.main
      .getByRole('radio', { name: en['journal.diary.skills.5'], exact: true })
      .check();
    await journal.choose(en['journal.diary.distressLabel'], '6');
    await journal.choose(en['journal.diary.medicationLabel'], 'yes');
    await journal.main
      .getByLabel(en['journal.diary.noteLabel'], { exact: true })
      .fill('Talked to Sam');
    await checkScreen(page, journal, 'diary-day', size);
    await journal.activate(journal.button(en['journal.diary.save']));
    await expect
      .poll(() => journal.main.getByRole('status').last().textContent())
      .toBe(en['journal.diary.saved']);
    await journal.go('/journal/diary/2026-03-02', dayTitle('2026-03-02'));
    await journal.choose(en['journal.diary.row.emotion.joy'], '2');
    await journal.activate(journal.button(en['journal.diary.save']));
    await expect
      .poll(() => journal.main.getByRole('status').last().textContent())
      .toBe(en['journal.diary.saved']);
    await journal.go('/journal/diary', en['journal.diary.title']);
    expect(await journal.diaryRow(en['journal.diary.row.selfHarm.urge'])).toEqual([
      '',
      '',
      '',
      '4',
      '',
      '',
      '',
    ]);
    expect(await journal.diaryRow(en['journal.diary.row.selfHarm.acted'])).toEqual([
      '',
      '',
      '',
      en['journal.diary.yes'],
      '',
      '',
      '',
    ]);
    expect(await journal.diaryRow(en['journal.diary.row.emotion.sadness'])).toEqual([
      '',
      '',
      '',
      '3',
      '',
      '',
      '',
    ]);
    expect(await journal.diaryRow(en['journal.diary.row.emotion.joy'])).toEqual([
      '2',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(await journal.diaryRow(en['journal.diary.row.skills'])).toEqual([
      '',
      '',
      '',
      '5',
      '',
      '',
      '',
    ]);
    expect(await journal.diaryRow(en['journal.diary.row.distress'])).toEqual([
      '',
      '',
      '',
      '6',
      '',
      '',
      '',
    ]);
    expect(await journal.diaryRow(en['journal.diary.row.note'])).toEqual([
      '',
      '',
      '',
      'Talked to Sam',
      '',
      '',
      '',
    ]);
    const headers = await journal.main.getByRole('columnheader').allTextContents();
    expect(headers).toHaveLength(8);
    await checkScreen(page, journal, 'diary-week', size);

    // A PHQ-9 with known answers: 1+2+0+3+1+0+2+1+0 = 10, "moderate".
    await journal.go('/journal/check-in', en['journal.checkIn.title']);
    await checkScreen(page, journal, 'check-ins-empty', size);
    await journal.activate(journal.link(en['journal.checkIn.startPhq9']));
    await journal.expectHeading('PHQ-9: Mood');
    const answers = [1, 2, 0, 3, 1, 0, 2, 1, 0];
    const options = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
    const questions = journal.main.locator('ol.questions > li');
    for (const [i, a] of answers.entries()) {
      await questions.nth(i).getByRole('radio', { name: options[a], exact: true }).check();
    }
    await checkScreen(page, journal, 'phq9-form', size);
    await journal.activate(journal.button(en['journal.checkIn.submit']));
    await journal.main
      .getByRole('heading', { name: en['journal.checkIn.resultHeading'] })
      .waitFor();
    expect(
      await journal.main
        .getByText(fill(en['journal.checkIn.total'], { total: 10, max: 27 }))
        .isVisible(),
    ).toBe(true);
    expect(
      await journal.main
        .getByText(fill(en['journal.checkIn.bandLine'], { band: en['journal.band.moderate'] }))
        .isVisible(),
    ).toBe(true);
    // Item 9 was "not at all": no extra section.
    expect(await journal.main.getByText(en['journal.checkIn.thoughtsHeading']).count()).toBe(0);
    await checkScreen(page, journal, 'phq9-result', size);
    await journal.go('/journal/check-in', en['journal.checkIn.title']);
    expect(await journal.main.locator('table').first().getByRole('cell').allTextContents()).toEqual(
      ['10 / 27', en['journal.band.moderate']],
    );
    await checkScreen(page, journal, 'check-ins-trend', size);

    // The reminder: on for 20:00; shown after 20:00 on a day with no check-in, then dismissed.
    await journal.go('/journal/reminder', en['journal.reminder.title']);
    await journal.main.getByRole('checkbox', { name: en['journal.reminder.enable'] }).check();
    await journal.main.getByLabel(en['journal.reminder.timeLabel']).fill('20:00');
    await journal.activate(journal.button(en['journal.reminder.save']));
    await expect
      .poll(() => journal.main.getByRole('status').last().textContent())
      .toBe(en['journal.reminder.saved']);
    await checkScreen(page, journal, 'reminder', size);
    await page.clock.setFixedTime(at(6, '20:30'));
    await journal.go('/journal', en['journal.title']);
    const banner = journal.main.getByText(en['journal.reminder.banner']);
    await expect.poll(() => banner.isVisible()).toBe(true);
    await checkScreen(page, journal, 'journal-reminder', size);
    await journal.activate(journal.button(en['journal.reminder.dismiss']));
    await expect.poll(() => banner.count()).toBe(0);

    // The entries are still there on a new day, and the relapse is listed calmly.
    expect(await journal.main.getByText(en['journal.entry.actedYes']).count()).toBe(1);
    expect(await journal.main.getByText(en['journal.entry.actedNo']).count()).toBe(3);

    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(checked.length).toBeGreaterThanOrEqual(20);
  }, 300_000); // a whole journey with an axe scan on 20+ screens: minutes on a busy 2-core machine

  it('PHQ-9 item 9 above "not at all" shows the safety plan and crisis lines, and nothing else changes', async () => {
    const size = phone;
    const { page, journal, log } = await start(size);
    const before = log.requests.length;
    await journal.go('/journal/check-in/phq9', 'PHQ-9: Mood');
    const questions = journal.main.locator('ol.questions > li');
    for (let i = 0; i < 9; i++) {
      await questions
        .nth(i)
        .getByRole('radio', { name: i === 8 ? 'Several days' : 'Not at all', exact: true })
        .check();
    }
    await journal.activate(journal.button(en['journal.checkIn.submit']));
    await journal.main
      .getByRole('heading', { name: en['journal.checkIn.thoughtsHeading'] })
      .waitFor();
    expect(await journal.link(en['journal.checkIn.thoughtsPlan']).getAttribute('href')).toBe(
      '/plan',
    );
    expect(await journal.main.locator('a[href="tel:116123"]').count()).toBeGreaterThan(0);
    // The score is the published one (1, "minimal"), with no risk wording anywhere.
    expect(
      await journal.main
        .getByText(fill(en['journal.checkIn.total'], { total: 1, max: 27 }))
        .isVisible(),
    ).toBe(true);
    expect(await page.evaluate(() => /risk/i.test(document.body.textContent ?? ''))).toBe(false);
    await checkScreen(page, journal, 'phq9-item9', size);
    // Logging never alerts anyone: nothing left for another origin.
    const origin = new URL(page.url()).origin;
    expect(
      log.requests.slice(before).filter((u) => !u.startsWith(origin) && !u.startsWith('data:')),
    ).toEqual([]);
  });

  it('after a relapse, a warning sign noticed goes into the safety plan', async () => {
    const size = phone;
    const { page, journal } = await start(size);
    // A safety plan with one warning sign, made through the plan's own guided step 1.
    const plan = new PlanPage(page);
    await plan.open('/plan/guide/1');
    await plan.expectHeading(en['plan.warningSigns.title']);
    await plan.fillEntries(en['plan.warningSigns.item'], ['I stop replying to messages']);
    await plan.button(en['plan.guide.pause']).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/plan/guide'));

    await journal.open('/journal');
    await journal.expectHeading(en['journal.title']);
    await journal.logUrge({ urge: 7, acted: true });
    await journal.expectHeading(en['journal.after.title']);
    await journal.activate(journal.button(en['journal.after.skip']));
    await journal.activate(journal.button(en['journal.after.continue']));
    await journal.activate(journal.button(en['journal.after.chainNo']));
    await journal.main.getByRole('heading', { name: en['journal.after.planHeading'] }).waitFor();
    await journal.main
      .getByLabel(en['journal.after.signLabel'], { exact: true })
      .fill('Staying up very late');
    await journal.activate(journal.button(en['journal.after.signAdd']));
    await expect
      .poll(() => journal.main.getByRole('status').last().textContent())
      .toBe(en['journal.after.signAdded']);
    await checkScreen(page, journal, 'after-4-plan-sign', size);

    await plan.open('/plan');
    await expect.poll(() => plan.main.getByText('Staying up very late').count()).toBeGreaterThan(0);
    expect(await plan.main.getByText('I stop replying to messages').count()).toBeGreaterThan(0);
  });

  it('a missed day is blank on the diary card, and entries can be edited and deleted', async () => {
    const size = phone;
    const { page, journal } = await start(size);
    await journal.logUrge({ urge: 3, acted: false });
    await journal.expectHeading(en['journal.title']);
    await journal.activate(journal.main.getByRole('link', { name: /^Edit/ }));
    await journal.expectHeading(en['journal.log.editTitle']);
    await journal
      .group(en['journal.log.urgeLegend'])
      .getByRole('radio', { name: '5', exact: true })
      .check();
    await journal.activate(journal.button(en['journal.log.save']));
    await journal.expectHeading(en['journal.title']);
    await expect
      .poll(() => journal.main.getByText(fill(en['journal.entry.urge'], { urge: 5 })).count())
      .toBe(1);
    await journal.activate(journal.main.getByRole('button', { name: /^Delete/ }));
    await checkScreen(page, journal, 'journal-delete-confirm', size);
    await journal.activate(journal.button(en['journal.entry.confirmYes']));
    await expect.poll(() => journal.main.getByText(en['journal.empty']).isVisible()).toBe(true);

    await journal.go('/journal/diary', en['journal.diary.title']);
    const cells = await journal.diaryRow(en['journal.diary.row.selfHarm.urge']);
    expect(cells).toEqual(['', '', '', '', '', '', '']);
    await journal.go('/progress', en['progress.title']);
    await checkScreen(page, journal, 'progress-empty', size);
  });
});

describe('journal at desktop size', () => {
  it('screens render without sideways scroll, for screenshots', async () => {
    const size = desktop;
    const { page, journal } = await start(size);
    await journal.logUrge({ urge: 5, acted: false, helped: [en['journal.helped.breathing']] });
    await journal.expectHeading(en['journal.title']);
    for (const [path, heading, name] of [
      ['/journal', en['journal.title'], 'journal'],
      ['/journal/new', en['journal.log.title'], 'log-form'],
      ['/journal/diary', en['journal.diary.title'], 'diary-week'],
      ['/progress', en['progress.title'], 'progress'],
    ] as const) {
      await journal.go(path, heading);
      expect(await journal.scrollsSideways(), `${path} scrolls sideways`).toBe(false);
      await checkScreen(page, journal, `${name}`, size);
    }
  });
});

describe('journal with text at 200% on a 320 px screen', () => {
  it('every screen’s content reflows without sideways scroll (the diary grid scrolls inside its region)', async () => {
    const size: Size = {
      name: 'phone',
      options: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true },
    };
    const { page, journal } = await start(size);
    await journal.logUrge({ urge: 5, acted: false });
    await journal.expectHeading(en['journal.title']);
    for (const [path, heading] of [
      ['/journal', en['journal.title']],
      ['/journal/new', en['journal.log.title']],
      ['/journal/diary', en['journal.diary.title']],
      ['/journal/diary/2026-03-02', dayTitle('2026-03-02')],
      ['/journal/chain', en['journal.chain.title']],
      ['/journal/check-in/gad7', 'GAD-7: Anxiety'],
      ['/journal/reminder', en['journal.reminder.title']],
      ['/progress', en['progress.title']],
    ] as const) {
      await journal.go(path, heading);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      await settle(page);
      const wide = await page.evaluate(() => {
        const root = document.documentElement;
        return [...document.querySelectorAll<HTMLElement>('main *')]
          .filter((el) => !el.closest('.table-scroll'))
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      });
      // The screen's own content; the shell around it (top bar, navigation) has its own tests.
      expect(wide, `${path} at 200% text`).toEqual([]);
      await takeScreenshot(page, join(shots, `text-200${path.replaceAll('/', '-')}-320.png`), {
        fullPage: false,
      });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '';
      });
    }
  });
});
