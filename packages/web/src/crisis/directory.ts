// The crisis directory as the screens use it: bundled data from @onward/content, read
// synchronously (never fetched), so the help screens open instantly and offline. Each country
// comes in the app's language (labels and notes translated, country names written out in
// names.ts, else through Intl.DisplayNames; numbers, links and dates untouched), with the lines
// that answer in the person's language first and every other line still listed after them.
import {
  crisisDirectory,
  findCountry,
  type Language,
  listedCountries,
  localizeCountry,
} from '@onward/content';
import { type CountryDirectory, linesInLanguageOrder } from '@onward/core';
import { type CountryChoice, NOT_LISTED } from '../country/country-choice.ts';
import { language, locale } from '../i18n.ts';
import { displayNames } from '../intl-cache.ts';
import { compareNames, namesFor } from './names.ts';

export interface CountryOption {
  code: string;
  name: string;
}

/** The country's name in the app's language (the directory's English name for English). */
export function countryName(
  entry: { country: string; name: string },
  lang: Language = language,
  loc = locale,
): string {
  if (lang === 'en') return entry.name;
  const written = namesFor(lang)?.countries[entry.country];
  if (written) return written;
  try {
    return displayNames(loc, 'region').of(entry.country) ?? entry.name;
  } catch {
    return entry.name;
  }
}

/** Countries for the picker, by name in the app's language. */
export function countryOptions(
  loc: string = locale,
  lang: Language = language,
): readonly CountryOption[] {
  const key = `${lang}|${loc}`;
  let options = sortedOptions.get(key);
  if (!options) {
    options = crisisDirectory
      .map((c) => ({ code: c.country, name: countryName(c, lang, loc) }))
      .sort((a, b) => compareNames(a.name, b.name));
    sortedOptions.set(key, options);
  }
  return options;
}
/** The picker's list, made once per language and locale (the directory never changes). */
const sortedOptions = new Map<string, readonly CountryOption[]>();

export const knownCountries = listedCountries;

/** A country's entry as the screens show it, in `lang`, its lines in `lang` first. */
export function presentCountry(
  entry: CountryDirectory,
  lang: Language = language,
  loc = locale,
): CountryDirectory {
  const localized = localizeCountry(entry, lang);
  return {
    ...localized,
    name: countryName(entry, lang, loc),
    lines: linesInLanguageOrder(localized.lines, lang),
  };
}

export function directoryFor(choice: CountryChoice): CountryDirectory | undefined {
  const entry = choice === NOT_LISTED ? undefined : findCountry(choice);
  return entry === undefined ? undefined : presentCountry(entry);
}
