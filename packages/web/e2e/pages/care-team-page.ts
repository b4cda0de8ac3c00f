// Page model for /care-team ("Your care team"), shown only when the server has a clinic profile.
import { en } from '@onward/content';
import type { Locator } from 'playwright-core';
import { AppShell } from './app-shell.ts';

/** Where the app keeps its copy of the clinic profile (this device only). */
export const clinicStorageKey = 'onward.clinic';

export class CareTeamPage extends AppShell {
  async openCareTeam(base = ''): Promise<void> {
    await this.open(`${base}/care-team`);
  }

  /** The "Care team" entry in the main navigation, if there is one. */
  get navLink(): Locator {
    return this.page
      .getByRole('navigation')
      .getByRole('link', { name: en['clinic.nav'], exact: true });
  }

  telLink(href: string): Locator {
    return this.main.locator(`a[href="${href}"]`);
  }

  get websiteLink(): Locator {
    return this.main.locator('a[target="_blank"]');
  }

  async storedClinic(): Promise<string | null> {
    return this.page.evaluate((key) => localStorage.getItem(key), clinicStorageKey);
  }
}
