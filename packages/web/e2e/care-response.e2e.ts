// Safety gap (issue 11, item 1): a diary card that records acting on self-harm, or acting on
// suicidal thoughts, gets the same caring response as an urge log with "acted: yes" (core's
// care-response rule): the safety check with the emergency number, first aid, the person's plan
// and the 24/7 lines. Calm: no alert dialog, nothing leaves the device. Axe-clean, light and dark.
import { en, firstAid } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { JournalPage } from './pages/journal-page.ts';
import { openApp, useBrowser } from './session.ts';
import { desktop, phone, type Size } from './viewports.ts';

const browser = useBrowser();

async function start(size: Size) {
  const session = await openApp(await browser(), size, { timezoneId: 'Europe/London' });
  await session.page.clock.setFixedTime(new Date('2026-03-05T10:00:00Z'));
  await session.context.addInitScript(() => {
    if (location.protocol === 'about:') return;
    localStorage.setItem('onward.country', 'GB');
    localStorage.setItem('onward.firstRun', 'done');
  });
  const journal = new JournalPage(session.page);
  await journal.open('/journal/diary/2026-03-05');
  return { ...session, journal };
}

describe('the diary card answers acting with care', () => {
  for (const [size, target] of [
    [phone, 'selfHarm'],
    [desktop, 'suicidalThoughts'],
  ] as const) {
    it(`${target} acted "yes" shows the safety check, first aid, the plan and the lines (${size.name})`, async () => {
      const { page, journal, log } = await start(size);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await journal.rate(en[`journal.diary.row.${target}.acted`], en['journal.diary.yes']);
      await journal.activate(journal.button(en['journal.diary.save']));

      const check = journal.main.getByRole('heading', {
        name: en['journal.after.safeHeading'],
        exact: true,
      });
      await check.waitFor();
      // Focus moves to the safety check, so a screen reader announces it.
      await expect
        .poll(() => journal.focusDescription())
        .toBe(`h2 "${en['journal.after.safeHeading']}"`);
      // The emergency number of the chosen country, as a real call link.
      await expect(journal.main.locator('a[href="tel:999"]').first().isVisible()).resolves.toBe(
        true,
      );
      // First aid, from the one source of first-aid facts.
      await journal.main.getByRole('heading', { name: firstAid.callNow.heading }).waitFor();
      await journal.main
        .getByText(firstAid.emergencyDepartment.items[1] ?? '', { exact: true })
        .waitFor();
      // The person's plan and the 24/7 lines (Samaritans in the UK).
      await journal.main
        .getByRole('link', { name: en['journal.checkIn.thoughtsPlan'], exact: true })
        .waitFor();
      await journal.main.locator('a[href="tel:116123"]').first().waitFor();
      expect(dialogs).toEqual([]);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expectNoAxeViolations(page, `diary care response (${size.name}, ${scheme})`);
      }

      // Saving the same card again (a typo fixed in the note) does not reopen the check.
      await page.reload();
      await journal.heading.waitFor();
      await journal.main.getByLabel(en['journal.diary.noteLabel'], { exact: true }).fill('tired');
      await journal.activate(journal.button(en['journal.diary.save']));
      await expect
        .poll(() => journal.main.getByRole('status').first().textContent())
        .toBe(en['journal.diary.saved']);
      expect(await check.count()).toBe(0);
      expect(log.pageErrors).toEqual([]);
    });
  }

  it('a card without acting says only "Card saved."', async () => {
    const { journal } = await start(phone);
    await journal.rate(en['journal.diary.row.selfHarm.acted'], en['journal.diary.no']);
    await journal.activate(journal.button(en['journal.diary.save']));
    await expect
      .poll(() => journal.main.getByRole('status').first().textContent())
      .toBe(en['journal.diary.saved']);
    expect(
      await journal.main.getByRole('heading', { name: en['journal.after.safeHeading'] }).count(),
    ).toBe(0);
  });
});

describe('the diary card week', () => {
  it('links past days and today, not days still to come', async () => {
    // Thursday 5 March 2026: Monday to Thursday are links, Friday to Sunday are not.
    const { journal } = await start(phone);
    await journal.go('/journal/diary', en['journal.diary.title']);
    const heads = journal.main.locator('table thead th[scope="col"]');
    await expect.poll(() => heads.count()).toBe(8);
    const linked = await heads.evaluateAll((cells) =>
      cells.slice(1).map((c) => c.querySelector('a') !== null),
    );
    expect(linked).toEqual([true, true, true, true, false, false, false]);
  });
});
