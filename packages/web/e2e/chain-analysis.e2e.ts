// Safety gap (issue 11, item 5): a chain analysis keeps what the person typed in "the link"
// field when they press "Save and continue" without "Add link", and finishing shows a summary
// of the whole chain (not the last step again).
import { en } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { JournalPage } from './pages/journal-page.ts';
import { openApp, useBrowser } from './session.ts';
import { phone } from './viewports.ts';

const browser = useBrowser();

describe('chain analysis', () => {
  it('keeps a typed link on "Save and continue" and ends with a summary', async () => {
    const session = await openApp(await browser(), phone);
    await session.context.addInitScript(() => {
      if (location.protocol === 'about:') return;
      localStorage.setItem('onward.country', 'GB');
      localStorage.setItem('onward.firstRun', 'done');
    });
    const { page } = session;
    const journal = new JournalPage(page);
    await journal.open('/journal/chain');
    await journal.activate(journal.button(en['journal.chain.new']));
    const stepHeading = (key: keyof typeof en) =>
      journal.main.getByRole('heading', { level: 2, name: en[key], exact: true });
    await stepHeading('journal.chain.step.behaviour.title').waitFor();
    await journal.main
      .getByLabel(en['journal.chain.step.behaviour.label'], { exact: true })
      .fill('A hard evening');
    for (let i = 0; i < 3; i++) await journal.activate(journal.button(en['journal.chain.next']));
    await stepHeading('journal.chain.step.links.title').waitFor();
    // One link added the usual way, one only typed.
    const linkField = journal.main.getByLabel(en['journal.chain.step.links.textLabel'], {
      exact: true,
    });
    await linkField.fill('I thought nobody cared');
    await journal.activate(journal.button(en['journal.chain.step.links.add']));
    await linkField.fill('I felt very alone');
    await journal.activate(journal.button(en['journal.chain.next']));
    await stepHeading('journal.chain.step.consequences.title').waitFor();
    // Back to the links: both are there, and the field is empty (not added twice).
    await journal.activate(journal.button(en['journal.chain.back']));
    await stepHeading('journal.chain.step.links.title').waitFor();
    const links = journal.main.getByRole('list', {
      name: en['journal.chain.step.links.listLabel'],
    });
    await expect
      .poll(() => links.locator('.link-text').allTextContents())
      .toEqual(['I thought nobody cared', 'I felt very alone']);
    expect(await linkField.inputValue()).toBe('');

    // On to the end, and finish.
    for (let i = 0; i < 5; i++) await journal.activate(journal.button(en['journal.chain.next']));
    await stepHeading('journal.chain.step.commitment.title').waitFor();
    await journal.main
      .getByLabel(en['journal.chain.step.commitment.label'], { exact: true })
      .fill('Text a friend');
    await journal.activate(journal.button(en['journal.chain.finish']));
    const summary = stepHeading('journal.chain.summary.heading');
    await summary.waitFor();
    expect(await stepHeading('journal.chain.step.commitment.title').count()).toBe(0);
    const text = (await journal.main.textContent()) ?? '';
    for (const written of ['A hard evening', 'I felt very alone', 'Text a friend']) {
      expect(text).toContain(written);
    }
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(page, `chain summary (${scheme})`);
    }
    // It stays a summary when opened again, and can still be changed.
    await page.reload();
    await summary.waitFor();
    await journal.activate(journal.button(en['journal.chain.summary.edit']));
    await stepHeading('journal.chain.step.commitment.title').waitFor();
    expect(session.log.pageErrors).toEqual([]);
  });
});
