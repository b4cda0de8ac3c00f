// Page model for the sync screens and the few journal steps the sync test needs.
import { en } from '@onward/content';
import type { Locator, Page } from 'playwright-core';

export class SyncDevice {
  readonly page: Page;
  readonly baseURL: string;

  constructor(page: Page, baseURL: string) {
    this.page = page;
    this.baseURL = baseURL;
  }

  get main(): Locator {
    return this.page.locator('main');
  }

  async heading(text: string): Promise<void> {
    await this.main
      .getByRole('heading', { level: 1, name: text, exact: true })
      .waitFor({ timeout: 30_000 });
  }

  /** Goes to a path inside the app without a reload (keeps the sync engine running). */
  async go(path: string, heading: string): Promise<void> {
    await this.page.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await this.heading(heading);
  }

  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  status(): Locator {
    return this.main.getByTestId('sync-status');
  }

  /** Logs an urge with a note, from the journal, as a person would; returns when Save was pressed. */
  async logUrge(note: string): Promise<number> {
    await this.go('/journal/new', en['journal.log.title']);
    await this.main
      .getByRole('group', { name: en['journal.log.urgeLegend'], exact: true })
      .getByRole('radio', { name: '3', exact: true })
      .check();
    await this.main
      .getByRole('group', { name: en['journal.log.actedLegend'], exact: true })
      .getByRole('radio', { name: en['journal.log.actedNo'], exact: true })
      .check();
    await this.main.getByLabel(en['journal.log.noteLabel']).fill(note);
    const saved = Date.now();
    await this.button(en['journal.log.save']).click();
    await this.heading(en['journal.title']);
    return saved;
  }

  /** The journal entry showing this note. */
  entry(note: string): Locator {
    return this.main.locator('li.entry', { hasText: note });
  }

  async deleteEntry(note: string): Promise<void> {
    const entry = this.entry(note);
    await entry.getByRole('button', { name: en['journal.entry.delete'] }).click();
    await entry.getByRole('button', { name: en['journal.entry.confirmYes'], exact: true }).click();
  }
}
