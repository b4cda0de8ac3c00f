// Formatting for directory facts, by locale. Pure, so it is tested in Node.

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
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** ["en", "fr"] → "English and French", in the app's language. */
export function formatLanguages(tags: readonly string[], locale: string): string {
  let names: string[];
  try {
    const display = new Intl.DisplayNames([locale], { type: 'language' });
    names = tags.map((tag) => display.of(tag) ?? tag);
  } catch {
    names = [...tags];
  }
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(names);
}
