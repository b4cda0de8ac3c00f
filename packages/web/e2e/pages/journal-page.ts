// Page model for the journal (/journal: the urge log, the diary card, the after-relapse flow,
// chain analyses, check-ins, the reminder) and /progress. Labels come from the English
// catalogue, so a wording change in @onward/content does not break these tests, but a missing
// or renamed control does.
import { en } from '@onward/content';
import type { Locator } from 'playwright-core';
import { AppShell } from './app-shell.ts';

/** A catalogue message with its {placeholders} filled. */
export const fill = (message: string, values: Record<string, string | number>): string =>
  message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));

export interface UrgeInput {
  urge: number;
  acted: boolean;
  feelings?: string[];
  triggers?: string[];
  helped?: string[];
}

/** Words no screen may show (the product's first principle, as a test). */
export const FORBIDDEN = [/\breset/i, /start(?:ing)? over/i, /\bfailed\b/i, /\bday 0\b/i];

export class JournalPage extends AppShell {
  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  link(name: string): Locator {
    return this.main.getByRole('link', { name, exact: true });
  }

  group(legend: string): Locator {
    return this.main.getByRole('group', { name: legend, exact: true });
  }

  /** Waits for the screen with this h1. */
  async expectHeading(text: string): Promise<void> {
    await this.main.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
  }

  /** Goes to a screen through the app (no reload), waiting for its heading. */
  async go(path: string, heading: string): Promise<void> {
    await this.page.evaluate((to) => {
      window.history.pushState(null, '', to);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await this.expectHeading(heading);
  }

  /** Logs an urge from the journal screen, the way a person would. */
  async logUrge(input: UrgeInput): Promise<void> {
    await this.activate(this.link(en['journal.logButton']));
    await this.expectHeading(en['journal.log.title']);
    await this.group(en['journal.log.urgeLegend'])
      .getByRole('radio', { name: String(input.urge), exact: true })
      .check();
    await this.group(en['journal.log.actedLegend'])
      .getByRole('radio', {
        name: input.acted ? en['journal.log.actedYes'] : en['journal.log.actedNo'],
        exact: true,
      })
      .check();
    for (const feeling of input.feelings ?? []) {
      await this.group(en['journal.log.feelingsLegend'])
        .getByRole('checkbox', { name: feeling, exact: true })
        .check();
    }
    for (const trigger of input.triggers ?? []) {
      await this.main.getByRole('checkbox', { name: trigger, exact: true }).check();
    }
    for (const helped of input.helped ?? []) {
      await this.group(en['journal.log.helpedLegend'])
        .getByRole('checkbox', { name: helped, exact: true })
        .check();
    }
    await this.activate(this.button(en['journal.log.save']));
  }

  /** The value shown for one figure on /progress ("3 days", "None yet", "4"). */
  figure(label: string): Locator {
    return this.main
      .locator('.figure', { has: this.page.locator('dt', { hasText: label }) })
      .locator('dd');
  }

  /** The text of every cell in one row of the weekly diary card, Monday first. */
  async diaryRow(header: string): Promise<string[]> {
    const row = this.main.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name: header, exact: true }),
    });
    return row.getByRole('cell').allTextContents();
  }

  /**
   * Rates one diary-card row: picks the option with this label in the row's tap scale (native
   * radios in a fieldset), or in a select where the screen still has one.
   */
  async rate(label: string, option: string): Promise<void> {
    const group = this.main.getByRole('group', { name: label, exact: true });
    if ((await group.getByRole('radio').count()) > 0) {
      await this.activate(group.getByRole('radio', { name: option, exact: true }));
      return;
    }
    const select = this.main.getByLabel(label, { exact: true });
    const value = await select.locator('option', { hasText: option }).first().getAttribute('value');
    await select.selectOption(value ?? option);
  }

  /** Chooses a value by its code (a number, or yes/no) in a tap scale or a select. */
  async choose(label: string, value: string): Promise<void> {
    const names: Record<string, string> = {
      yes: en['journal.diary.yes'],
      no: en['journal.diary.no'],
    };
    await this.rate(label, names[value] ?? value);
  }

  /** Every problem word on the screen as shown (main and the shell around it). */
  async forbiddenWords(): Promise<string[]> {
    const text = await this.page.evaluate(() => document.body.textContent ?? '');
    return FORBIDDEN.flatMap((pattern) => {
      const m = text.match(pattern);
      return m ? [m[0]] : [];
    });
  }
}
