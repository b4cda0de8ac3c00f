// Screenshots for people to look at (not compared pixel by pixel): one per screen and size,
// in the gitignored .test-results folder at the repository root.
//
// Nobody looks at them in CI, and a full-page PNG of a long screen costs seconds of a busy
// 2-core machine, so under CI=true they are not taken unless ONWARD_SCREENSHOTS=1 asks for
// them; ONWARD_SCREENSHOTS=0 turns them off on a workstation too. Evidence of a failure
// (`always: true`) is saved whatever the setting.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Page, PageScreenshotOptions } from 'playwright-core';

export const screenshotDir = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '.test-results',
  'screenshots',
);

const setting = process.env.ONWARD_SCREENSHOTS;
const ci = process.env.CI === 'true' || process.env.CI === '1';
/** Whether screenshots for people are taken in this run. */
export const screenshotsWanted = setting === '1' || (setting !== '0' && !ci);

/**
 * page.screenshot into `path` (a file under screenshotDir, folders made as needed), only when
 * screenshots are wanted in this run. Returns whether one was taken.
 */
export async function takeScreenshot(
  page: Page,
  path: string,
  options: Omit<PageScreenshotOptions, 'path'> & { always?: boolean } = {},
): Promise<boolean> {
  const { always = false, ...rest } = options;
  if (!screenshotsWanted && !always) return false;
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ animations: 'disabled', ...rest, path });
  return true;
}

/** Saves the whole page, or with `{ fullPage: false }` just what is in the viewport now. */
export async function saveScreenshot(
  page: Page,
  name: string,
  { fullPage = true, always = false }: { fullPage?: boolean; always?: boolean } = {},
): Promise<string> {
  const path = join(screenshotDir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  await takeScreenshot(page, path, { fullPage, always });
  return path;
}
