// Formatting for directory facts, by locale. Pure, so it is tested in Node. The directory's own
// months, languages and pairs come from names.ts, so a help screen makes no Intl object; Intl
// formats only what is not written out there.
import { dateTimeFormat, displayNames, listFormat } from '../intl-cache.ts';
import { namesFor } from './names.ts';

const monthYear: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC' };
const conjunction: Intl.ListFormatOptions = { style: 'long', type: 'conjunction' };

/**
 * "2026-11" or "2026-11-14" → "November 2026". The directory never invents a day, so only the
 * month and year are shown. Anything unexpected is shown as written rather than hidden.
 */
export function formatVerifiedOn(verifiedOn: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(verifiedOn);
  if (!match) return verifiedOn;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return verifiedOn;
  const names = namesFor(locale);
  if (names) return names.monthYear(names.months[month - 1] as string, year);
  return dateTimeFormat(locale, monthYear).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** ["en", "fr"] → "English and French", in the app's language. */
export function formatLanguages(tags: readonly string[], locale: string): string {
  const written = namesFor(locale);
  if (written && tags.length <= 2 && tags.every((tag) => tag in written.languages)) {
    const [first = '', second] = tags.map((tag) => written.languages[tag] as string);
    return second === undefined ? first : written.pair(first, second);
  }
  let names: string[];
  try {
    const display = displayNames(locale, 'language');
    names = tags.map((tag) => display.of(tag) ?? tag);
  } catch {
    names = [...tags];
  }
  return listFormat(locale, conjunction).format(names);
}
