// Dates and times in the person's own locale (Intl), the same everywhere in the app: the journal
// and the tool history both say "06:09" to someone in the UK and "6:09 AM" to someone in the US.
// The locale itself is i18n.ts's (one source): the person's regional variant of the app's language.
import { locale } from './i18n.ts';

export { locale };

/** A time of day, "06:09" or "6:09 AM", for an instant as lived at `offsetMinutes` from UTC. */
const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });

export function formatTimeAt(instantMs: number, offsetMinutes: number): string {
  return timeFormat.format(new Date(instantMs + offsetMinutes * 60_000));
}

/** A date and time in the device's zone, "2 Mar 2026, 06:09". */
const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(instantMs: number): string {
  return dateTimeFormat.format(new Date(instantMs));
}
