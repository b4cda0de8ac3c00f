// Page model for the help screens: /help (country choice, the two paths, the emergency
// number), /help/danger and /help/safe. Copy comes from the English catalogue, so a wording
// change in @onward/content does not break these tests, but a missing or renamed control does.
import { en } from '@onward/content';
import type { Locator } from 'playwright-core';
import { AppShell } from './app-shell.ts';

export class HelpPage extends AppShell {
  async openHelp(): Promise<void> {
    await this.open('/help');
  }

  get countrySelect(): Locator {
    return this.main.getByRole('combobox', { name: en['country.label'], exact: true });
  }

  /** Chooses a country by its option value (an ISO code, or the "not listed" option). */
  async chooseCountry(value: string): Promise<void> {
    await this.countrySelect.selectOption(value);
  }

  /** The country kept on this device (null when none was chosen). */
  async storedCountry(): Promise<string | null> {
    return this.page.evaluate(() => localStorage.getItem('onward.country'));
  }

  /** The value of the "My country isn't listed" option. */
  async notListedValue(): Promise<string> {
    const option = this.countrySelect.locator('option', { hasText: en['country.notListed'] });
    const value = await option.getAttribute('value');
    if (value === null) throw new Error('The "not listed" option has no value attribute');
    return value;
  }

  get dangerChoice(): Locator {
    return this.main.getByRole('link', { name: en['help.choiceDanger'], exact: true });
  }

  get safeChoice(): Locator {
    return this.main.getByRole('link', { name: en['help.choiceSafe'], exact: true });
  }

  /** Links in the screen's main content whose href is exactly this. */
  linkTo(href: string): Locator {
    return this.main.locator(`a[href="${href}"]`);
  }

  telLink(number: string): Locator {
    return this.linkTo(`tel:${number}`);
  }

  get toolsHeading(): Locator {
    return this.main.getByRole('heading', { name: en['safe.toolsHeading'], exact: true });
  }

  get unlistedHeading(): Locator {
    return this.main.getByRole('heading', { name: en['unlisted.heading'], exact: true });
  }

  get directoryLink(): Locator {
    return this.main.getByRole('link', { name: en['unlisted.directoryLink'] });
  }

  /**
   * Every tel:/sms: link in main, in document order, as hrefs. Lets a test check which number
   * comes first without depending on the markup around it.
   */
  async contactHrefs(): Promise<string[]> {
    // Visible ones only: a prerendered page holds every country's links, showing one country's.
    return this.main
      .locator('a[href^="tel:"], a[href^="sms:"]')
      .evaluateAll((links) =>
        links.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href') ?? ''),
      );
  }

  /** True when `first` comes before `second` in the document. */
  async comesBefore(first: Locator, second: Locator): Promise<boolean> {
    const a = await first.elementHandle();
    const b = await second.elementHandle();
    if (!a || !b) throw new Error('comesBefore: an element is missing');
    return this.page.evaluate(
      ([x, y]) => Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING),
      [a, b] as const,
    );
  }
}
