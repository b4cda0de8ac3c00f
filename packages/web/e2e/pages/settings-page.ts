// Page model for /settings: the same country choice as the help screen, kept in localStorage.
import { en } from '@onward/content';
import type { Locator } from 'playwright-core';
import { AppShell } from './app-shell.ts';

/** Where the app keeps the chosen country (on this device only). */
export const countryStorageKey = 'onward.country';

export class SettingsPage extends AppShell {
  async openSettings(): Promise<void> {
    await this.open('/settings');
  }

  get countrySelect(): Locator {
    return this.main.getByRole('combobox', { name: en['country.label'], exact: true });
  }

  async storedCountry(): Promise<string | null> {
    return this.page.evaluate((key) => localStorage.getItem(key), countryStorageKey);
  }
}
