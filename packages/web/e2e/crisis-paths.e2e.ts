// The two paths from the help screen. "I might act on it, or I'm in danger now" must put the
// emergency number first, before any crisis line. "I'm struggling but I'm safe" shows people to
// talk to, then things that can help in the moment.
import { en } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { HelpPage } from './pages/help-page.ts';
import { openApp, useBrowser } from './session.ts';
import { sizes } from './viewports.ts';

const browser = useBrowser();

const countries = [
  { code: 'US', emergency: 'tel:911', line: 'tel:988' },
  { code: 'GB', emergency: 'tel:999', line: 'tel:116123' },
];

describe.each(sizes)('at $name size', (size) => {
  describe.each(countries)('in $code', (country) => {
    it('the danger path shows the emergency number before any crisis line', async () => {
      const { page } = await openApp(await browser(), size);
      const help = new HelpPage(page);
      await help.openHelp();
      await help.chooseCountry(country.code);
      await help.activate(help.dangerChoice);
      await page.waitForURL('**/help/danger');
      await help.heading.waitFor();
      expect(await help.heading.textContent()).toBe(en['danger.title']);
      await expect.poll(() => help.linkTo(country.line).first().isVisible()).toBe(true);

      const hrefs = await help.contactHrefs();
      expect(hrefs[0], 'the first number on the danger screen').toBe(country.emergency);
      const lineIndexes = hrefs
        .map((href, index) => ({ href, index }))
        .filter(({ href }) => href !== country.emergency);
      expect(
        lineIndexes.length,
        'crisis lines are shown after the emergency number',
      ).toBeGreaterThan(0);
      // The emergency number is also visible without scrolling on arrival.
      const inView = await help
        .linkTo(country.emergency)
        .first()
        .evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
        });
      expect(inView, 'emergency number visible without scrolling').toBe(true);
    });

    it('the safe path shows crisis lines, then things that can help', async () => {
      const { page } = await openApp(await browser(), size);
      const help = new HelpPage(page);
      await help.openHelp();
      await help.chooseCountry(country.code);
      await help.activate(help.safeChoice);
      await page.waitForURL('**/help/safe');
      await help.heading.waitFor();
      expect(await help.heading.textContent()).toBe(en['safe.title']);
      await expect.poll(() => help.toolsHeading.isVisible()).toBe(true);

      const line = help.linkTo(country.line).first();
      await expect.poll(() => line.isVisible()).toBe(true);
      expect(await help.comesBefore(line, help.toolsHeading)).toBe(true);
      const lastContact = help.main.locator('a[href^="tel:"], a[href^="sms:"]').last();
      expect(
        await help.comesBefore(lastContact, help.toolsHeading),
        'every crisis line comes before the tools section',
      ).toBe(true);
      const tools = [en['safe.toolBreathe'], en['safe.toolCold'], en['safe.toolGround']];
      for (const tool of tools) {
        await expect.poll(() => help.main.getByText(tool, { exact: true }).isVisible()).toBe(true);
      }
    });
  });
});
