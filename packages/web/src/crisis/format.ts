// Formatting for directory facts, by locale. Pure, so it is tested in Node.
import { collator, dateTimeFormat, displayNames, listFormat } from '../intl-cache.ts';

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
  return dateTimeFormat(locale, monthYear).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** ["en", "fr"] → "English and French", in the app's language. */
export function formatLanguages(tags: readonly string[], locale: string): string {
  let names: string[];
  try {
    const display = displayNames(locale, 'language');
    names = tags.map((tag) => display.of(tag) ?? tag);
  } catch {
    names = [...tags];
  }
  return listFormat(locale, conjunction).format(names);
}

/**
 * Makers of the Intl objects the help screens use (dates, language names and lists, the country
 * picker's order and, outside English, country names), to be called one per task before the app
 * first renders a help screen: each costs several milliseconds to make the first time, on a slow
 * phone tens, and made inside the render they would all fall in one long task.
 */
export function helpScreenFormats(locale: string, language: string): (() => unknown)[] {
  const makers: (() => unknown)[] = [
    () => dateTimeFormat(locale, monthYear),
    () => displayNames(locale, 'language'),
    () => listFormat(locale, conjunction),
    () => collator(locale),
  ];
  if (language !== 'en') makers.push(() => displayNames(locale, 'region'));
  return makers;
}
