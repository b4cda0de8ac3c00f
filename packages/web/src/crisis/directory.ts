// The crisis directory as the screens use it: bundled data from @onward/content, read
// synchronously (never fetched), so the help screens open instantly and offline.
import { crisisDirectory, findCountry, listedCountries } from '@onward/content';
import type { CountryDirectory } from '@onward/core';
import { type CountryChoice, NOT_LISTED } from '../country/country-choice.ts';

export interface CountryOption {
  code: string;
  name: string;
}

/** Countries for the picker, by name in the app's language. */
export function countryOptions(locale: string): CountryOption[] {
  const collator = new Intl.Collator(locale);
  return crisisDirectory
    .map((c) => ({ code: c.country, name: c.name }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export const knownCountries = listedCountries;

export function directoryFor(choice: CountryChoice): CountryDirectory | undefined {
  return choice === NOT_LISTED ? undefined : findCountry(choice);
}
