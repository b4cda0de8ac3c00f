// Quick exit in one tab leaves every open tab of the app (issue 10): someone who walks in can
// see a tab strip, a window switcher or a second window, so the other tabs leave for the neutral
// page too (dropping their keys and decrypted records with the page), not only lock.
import { en } from '@onward/content';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { AppShell } from './pages/app-shell.ts';
import { PrivacyPage } from './pages/privacy-page.ts';
import { openApp, useBrowser } from './session.ts';
import { phone } from './viewports.ts';

const browser = useBrowser();

async function expectGone(page: Page) {
  await page.waitForURL('**/weather.html');
  await page.getByRole('heading', { level: 1, name: en['privacy.exitPage.heading'] }).waitFor();
  expect(await page.title()).toBe(en['privacy.exitPage.title']);
}

it('quick exit from the top bar leaves every other open tab too, and Back does not return', async () => {
  const { context, page } = await openApp(await browser(), phone);
  const here = new PrivacyPage(page);
  await here.open('/settings');
  const other = await context.newPage();
  const journal = new AppShell(other);
  await journal.open('/journal');
  await journal.open('/progress');
  const third = await context.newPage();
  await new AppShell(third).open('/tools');

  await here.quickExit.click();
  await expectGone(page);
  await expectGone(other);
  await expectGone(third);
  // The other tab's earlier screen (/journal) is not one Back away either: it bounces out.
  await other.goBack({ waitUntil: 'commit' }).catch(() => null);
  await expectGone(other);
});

it('Escape three times in one tab leaves the others as well', async () => {
  const { context, page } = await openApp(await browser(), phone);
  await new AppShell(page).open('/journal');
  const other = await context.newPage();
  await new AppShell(other).open('/settings');
  await page.bringToFront();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await expectGone(page);
  await expectGone(other);
});
