// Safety gap (issue 11, item 3): "Change country" on the crisis screens changes the country in
// place, on the same screen: the person never leaves it, and an emergency number is in view
// before, during and after the change (for a country we do not list, the widely working ones).
import { en, FALLBACK_EMERGENCY } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { HelpPage } from './pages/help-page.ts';
import { countryStorageKey } from './pages/settings-page.ts';
import { openApp, useBrowser } from './session.ts';
import { desktop, phone } from './viewports.ts';

const browser = useBrowser();

/** Each screen, and the first number it shows for the UK and for the US. */
const screens = [
  ['/help/danger', en['danger.title'], '999', '911'],
  ['/help/safe', en['safe.title'], '116123', '988'],
] as const;

describe('"Change country" on the crisis screens', () => {
  for (const size of [phone, desktop]) {
    for (const [path, title, uk, us] of screens) {
      it(`changes it in place on ${path}, the emergency number always in view (${size.name})`, async () => {
        const session = await openApp(await browser(), size);
        await session.context.addInitScript((key) => {
          if (location.protocol === 'about:') return;
          if (!localStorage.getItem(key)) localStorage.setItem(key, 'GB');
          localStorage.setItem('onward.firstRun', 'done');
        }, countryStorageKey);
        const help = new HelpPage(session.page);
        await help.open(path);
        await help.main.getByRole('heading', { level: 1, name: title }).waitFor();
        const emergency = (n: string) => help.main.locator(`a[href="tel:${n}"]`).first();
        expect(await emergency(uk).isVisible()).toBe(true);

        await help.activate(help.main.getByText(en['help.changeCountry'], { exact: true }));
        const select = help.main.getByRole('combobox', { name: en['country.label'], exact: true });
        await select.waitFor();
        expect(await emergency(uk).isVisible(), 'number still in view while choosing').toBe(true);
        if (path === '/help/danger') {
          for (const scheme of ['light', 'dark'] as const) {
            await session.page.emulateMedia({ colorScheme: scheme });
            await expectNoAxeViolations(session.page, `${path} choosing a country (${scheme})`);
          }
        }
        await select.selectOption('US');
        await emergency(us).waitFor();
        expect(new URL(session.page.url()).pathname).toBe(path);
        expect(await help.storedCountry()).toBe('US');

        // A country we do not list: the numbers that work in most places, still on this screen.
        await select.selectOption(await help.notListedValue());
        await emergency(FALLBACK_EMERGENCY.mostCountries).waitFor();
        expect(new URL(session.page.url()).pathname).toBe(path);
        // And back again, from the same place.
        await select.selectOption('GB');
        await emergency(uk).waitFor();
        expect(session.log.pageErrors).toEqual([]);
      });
    }
  }
});
