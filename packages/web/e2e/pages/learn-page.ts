// Page model for Learn: /learn (the list of guides) and /learn/:id (one guide). Copy comes from
// @onward/content, so a wording change does not break these tests, but a missing control does.
import { join } from 'node:path';
import { en, type Guide } from '@onward/content';
import type { Locator, Page } from 'playwright-core';
import { screenshotDir, takeScreenshot } from '../screenshots.ts';
import { AppShell } from './app-shell.ts';

export class LearnPage extends AppShell {
  async openLearn(base = ''): Promise<void> {
    await this.open(`${base}/learn`);
  }

  async openGuide(id: string, base = ''): Promise<void> {
    await this.open(`${base}/learn/${id}`);
  }

  /** The "Learn" entry in the main navigation. */
  get navLink(): Locator {
    return this.page
      .getByRole('navigation')
      .getByRole('link', { name: en['learn.nav'], exact: true });
  }

  /** A guide's card on /learn, found by the guide's title (the card's heading). */
  guideCard(guide: Guide): Locator {
    return this.main.locator('li.guide-card', {
      has: this.page.getByRole('heading', { name: guide.title, exact: true }),
    });
  }

  /** The link to a guide on /learn. */
  guideLink(guide: Guide): Locator {
    return this.main.getByRole('link', { name: guide.title, exact: true });
  }

  get contentNote(): Locator {
    return this.main.locator('.content-note');
  }

  get nextStep(): Locator {
    return this.main.getByRole('region', { name: en['learn.nextStep'] }).getByRole('link');
  }

  /** A link in the guide's body, by its visible words. */
  linkNamed(text: string): Locator {
    return this.main.getByRole('link', { name: text, exact: true }).first();
  }

  /** Every href in main, in document order (to check where a guide's links lead). */
  async hrefs(): Promise<string[]> {
    return this.main
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  }
}

/**
 * Elements inside <main> that reach past the right edge of the viewport (the screen's own
 * content needs sideways scrolling), described for an assertion message. The top bar and the
 * navigation are the shell's, checked by its own tests.
 */
export async function mainOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('main#main, main#main *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.textContent?.slice(0, 30)})`);
  });
}

/** Saves a full-page screenshot under .test-results/screenshots/<feature>/<name>.png. */
export async function featureScreenshot(page: Page, feature: string, name: string): Promise<void> {
  await takeScreenshot(
    page,
    join(screenshotDir, feature, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`),
    {
      fullPage: true,
    },
  );
}
