// The person's country decides which numbers they see. These tests check the numbers that
// matter most are real links a phone can dial or text, that the choice is remembered on the
// device, and that a country we have no checked lines for still gets a way to help.
import { describe, expect, it } from 'vitest';
import { HelpPage } from './pages/help-page.ts';
import { countryStorageKey, SettingsPage } from './pages/settings-page.ts';
import { openApp, useBrowser } from './session.ts';
import { sizes } from './viewports.ts';

const browser = useBrowser();

// The facts under test, written out rather than read from the directory: if the directory
// ever carried a wrong number, these tests must disagree with it.
const us = {
  emergency: 'tel:911',
  lifeline: 'tel:988',
  crisisTextLine: 'sms:741741?&body=HOME',
};
const uk = {
  emergency: 'tel:999',
  samaritans: 'tel:116123',
  shout: 'sms:85258?&body=SHOUT',
};

describe.each(sizes)('at $name size', (size) => {
  it('United States: the help screen shows 911, and the lines screen 988 and Crisis Text Line', async () => {
    const { page } = await openApp(await browser(), size);
    const help = new HelpPage(page);
    await help.openHelp();
    await help.chooseCountry('US');
    await expect.poll(() => help.linkTo(us.emergency).first().isVisible()).toBe(true);

    await help.activate(help.safeChoice);
    await page.waitForURL('**/help/safe');
    await expect.poll(() => help.linkTo(us.lifeline).first().isVisible()).toBe(true);
    await expect.poll(() => help.linkTo(us.crisisTextLine).first().isVisible()).toBe(true);
  });

  it('United Kingdom: 999 on the help screen, Samaritans 116 123 and Shout on the lines screen', async () => {
    const { page } = await openApp(await browser(), size);
    const help = new HelpPage(page);
    await help.openHelp();
    await help.chooseCountry('GB');
    await expect.poll(() => help.linkTo(uk.emergency).first().isVisible()).toBe(true);
    expect(await help.linkTo(us.emergency).count(), 'no US number left over').toBe(0);

    await help.activate(help.safeChoice);
    await page.waitForURL('**/help/safe');
    await expect.poll(() => help.linkTo(uk.samaritans).first().isVisible()).toBe(true);
    await expect.poll(() => help.linkTo(uk.shout).first().isVisible()).toBe(true);
    expect(await help.linkTo(us.lifeline).count(), 'no US line left over').toBe(0);
  });

  it('remembers the choice on this device across a reload and in settings', async () => {
    const { page } = await openApp(await browser(), size);
    const help = new HelpPage(page);
    await help.openHelp();
    await help.chooseCountry('GB');
    await expect.poll(() => help.linkTo(uk.emergency).first().isVisible()).toBe(true);

    await page.reload();
    await help.heading.waitFor();
    expect(await help.countrySelect.inputValue()).toBe('GB');
    await expect.poll(() => help.linkTo(uk.emergency).first().isVisible()).toBe(true);

    const settings = new SettingsPage(page);
    await settings.openSettings();
    expect(await settings.countrySelect.inputValue()).toBe('GB');
    expect(await settings.storedCountry()).toBe('GB');
  });

  it('a country chosen in settings is the one the help screen uses', async () => {
    const { page } = await openApp(await browser(), size);
    const settings = new SettingsPage(page);
    await settings.openSettings();
    await settings.countrySelect.selectOption('GB');
    await expect.poll(() => settings.storedCountry()).toBe('GB');
    await settings.activate(settings.helpLink);
    await page.waitForURL('**/help');
    const help = new HelpPage(page);
    expect(await help.countrySelect.inputValue()).toBe('GB');
    await expect.poll(() => help.linkTo(uk.emergency).first().isVisible()).toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), countryStorageKey)).toBe('GB');
  });

  it('"My country isn’t listed" shows the fallback and a directory link the page never loads', async () => {
    const { page, log, baseURL } = await openApp(await browser(), size);
    const help = new HelpPage(page);
    await help.openHelp();
    await help.chooseCountry(await help.notListedValue());
    await expect.poll(() => help.unlistedHeading.isVisible()).toBe(true);
    await expect.poll(() => help.directoryLink.isVisible()).toBe(true);
    const href = await help.directoryLink.getAttribute('href');
    expect(href).toMatch(/^https:\/\//);
    const directoryOrigin = new URL(href ?? '').origin;
    expect(directoryOrigin).not.toBe(new URL(baseURL).origin);
    // Opening the directory is the person's choice: the link must not leak who is looking.
    const rel = (await help.directoryLink.getAttribute('rel')) ?? '';
    expect(rel.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));

    // Walk on to the other help screens with the same choice, then check the network log.
    await help.activate(help.safeChoice);
    await page.waitForURL('**/help/safe');
    await help.heading.waitFor();
    await page.reload();
    await help.heading.waitFor();
    const toDirectory = log.requests.filter((url) => url.startsWith(directoryOrigin));
    expect(toDirectory, 'requests to the international directory').toEqual([]);
  });
});
