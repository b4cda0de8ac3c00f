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
    return this.page.getByRole('navigation').getByRole('link', { name: en['clinic.nav'] });
  }

  /**
   * The way a person reaches the care team from the navigation: the side navigation on wide
   * screens, or "More" and then its row on phones (the bottom bar holds five destinations).
   */
  async openFromNavigation(): Promise<void> {
    if (await this.navLink.isVisible()) {
      await this.activate(this.navLink);
      return;
    }
    await this.activate(
      this.page.getByRole('navigation').getByRole('link', { name: en['shell.nav.more'] }),
    );
    await this.activate(this.main.getByRole('link', { name: en['clinic.nav'], exact: true }));
  }

  /** The care team's entry where this size shows it: side navigation, or the More screen. */
  async entryVisible(): Promise<boolean> {
    if (await this.navLink.isVisible()) return true;
    await this.activate(
      this.page.getByRole('navigation').getByRole('link', { name: en['shell.nav.more'] }),
    );
    const row = this.main.getByRole('link', { name: en['clinic.nav'], exact: true });
    await row.waitFor();
    return row.isVisible();
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
