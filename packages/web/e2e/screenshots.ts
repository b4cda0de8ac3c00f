// Screenshots for people to look at (not compared pixel by pixel): one per screen and size,
// in the gitignored .test-results folder at the repository root.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const screenshotDir = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '.test-results',
  'screenshots',
);

/** Saves the whole page, or with `{ fullPage: false }` just what is in the viewport now. */
export async function saveScreenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  return path;
}
