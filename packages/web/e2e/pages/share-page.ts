// Page models for share links: the person's share screen (/share) in the app, and the read-only
// viewer (/s/<id>#<key>) someone else opens.
import { en } from '@onward/content';
import type { Locator, Page } from 'playwright-core';
import { PrivacyPage } from './privacy-page.ts';

export const sharePath = '/share';

export interface LinkChoices {
  kind?: 'report' | 'plan' | 'supporter';
  live?: boolean;
  notes?: boolean;
  expiry?: 'hour' | 'day' | 'week' | 'twoWeeks' | 'month';
  note?: string;
  passphrase?: string;
}

export class SharePage extends PrivacyPage {
  get shareHeading(): Locator {
    return this.main.getByRole('heading', { level: 1, name: en['share.title'] });
  }

  get linkField(): Locator {
    return this.main.getByLabel(en['share.linkLabel']);
  }

  /** Makes a link on screen and returns it (as the person would copy it). */
  async makeLink(choices: LinkChoices = {}): Promise<string> {
    const { main } = this;
    await main.getByRole('radio', { name: en[`share.what.${choices.kind ?? 'report'}`] }).check();
    if (choices.notes) {
      await main.getByRole('checkbox', { name: en['report.section.notes'] }).check();
    }
    if (choices.live) await main.getByRole('checkbox', { name: en['share.live'] }).check();
    if (choices.expiry) {
      await main.getByLabel(en['share.expiry']).selectOption(choices.expiry);
    }
    if (choices.note) await main.getByLabel(en['share.note']).fill(choices.note);
    if (choices.passphrase) {
      await main.getByLabel(en['share.passphrase'], { exact: true }).fill(choices.passphrase);
    }
    await main.getByRole('button', { name: en['share.create'] }).click();
    // Settles on "ready" or on a failure sentence (which then fails the test with its words).
    const message = main.getByTestId('share-message');
    await this.page.waitForFunction(
      (creating) => {
        const text = document.querySelector('[data-testid="share-message"]')?.textContent ?? '';
        return text !== '' && text !== creating;
      },
      en['share.creating'],
      { timeout: 60_000 },
    );
    const said = (await message.textContent()) ?? '';
    if (said !== en['share.created']) throw new Error(`The link was not made: ${said}`);
    return this.linkField.inputValue();
  }

  /** Stops sharing a link (it was the only one) and waits until the list says none is shared. */
  async stopSharing(url: string): Promise<void> {
    await this.entry(url)
      .getByRole('button', { name: /Stop sharing/ })
      .click();
    await this.main.getByText(en['share.listEmpty']).waitFor();
  }

  /** The list entry for a link (by its id, from the URL). */
  entry(url: string): Locator {
    const id = new URL(url).pathname.split('/').pop() ?? '';
    return this.main.locator(`li[data-share-id="${id}"]`);
  }
}

export class ViewerPage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  get main(): Locator {
    return this.page.locator('main#viewer');
  }

  heading(text: string): Locator {
    return this.main.getByRole('heading', { level: 1, name: text });
  }

  /** Waits for the viewer to settle on a state (shown, passphrase, expired, revoked, ...). */
  async state(): Promise<string> {
    await this.page.waitForFunction(
      () => document.getElementById('viewer')?.dataset.state !== undefined,
    );
    return (await this.main.getAttribute('data-state')) ?? '';
  }
}
