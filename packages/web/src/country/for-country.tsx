// Content that depends on the person's country (emergency numbers, crisis lines, the "not
// listed" notice), wrapped so that a prerendered page can hold every country's version.
//
// In the build-time prerender (import.meta.env.SSR) it renders one wrapper per listed country
// plus one for "not listed"; help.css shows only the one that <html data-country> names (set by
// country/early.ts before the first paint; with no mark, the "not listed" one). In the browser
// it renders only the person's, and html[data-country] follows their choice (use-country.ts).
// As the app takes over a prerendered page, boot.tsx first removes the wrappers that are not
// shown, so the app reuses the one on screen as it is: nothing moves or repaints.
import type { ComponentChildren } from 'preact';
import { knownCountries } from '../crisis/directory.ts';
import { type CountryChoice, NOT_LISTED } from './country-choice.ts';
import { markPickers } from './pickers.ts';
import { useCountry } from './use-country.ts';

/** Every value a wrapper can carry, in the order the prerender writes them. */
export const COUNTRY_VARIANTS: readonly CountryChoice[] = [NOT_LISTED, ...knownCountries];

export const FOR_COUNTRY_CLASS = 'for-country';

export function ForCountry({
  children,
}: {
  children: (choice: CountryChoice) => ComponentChildren;
}) {
  const { choice } = useCountry();
  const choices = import.meta.env.SSR ? COUNTRY_VARIANTS : [choice];
  return (
    <>
      {choices.map((c) => (
        <div key={c} class={FOR_COUNTRY_CLASS} data-country={c}>
          {children(c)}
        </div>
      ))}
    </>
  );
}

/**
 * Before the app renders over a prerendered page: removes every country wrapper but the one for
 * `choice` (display: none, so nothing on screen changes), and marks <html> with the choice.
 */
export function keepOnlyCountry(root: ParentNode, choice: CountryChoice): void {
  document.documentElement.dataset.country = choice;
  for (const el of root.querySelectorAll<HTMLElement>(`.${FOR_COUNTRY_CLASS}`)) {
    if (el.dataset.country !== choice) el.remove();
  }
  markPickers(root, choice);
}
