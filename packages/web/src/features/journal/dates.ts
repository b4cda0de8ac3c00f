// Dates and times as the person reads them. Entries carry their own local date and UTC offset,
// so they are shown as they were lived ("Tuesday 3 March, 21:40"), wherever the device is now.
import {
  addDays,
  type LocalDate,
  type LocalStamp,
  localDateAt,
  localTimeAt,
  stampAt,
} from '@onward/core';
import { locale, t } from '../../i18n.ts';
import { formatTimeAt } from '../../locale-format.ts';

/** Now, stamped with the device's local date and offset. */
export const nowStamp = (): LocalStamp => stampAt(new Date());

export const today = (): LocalDate => nowStamp().day;

// A local date is formatted at noon UTC in the UTC zone, so the device's zone cannot shift it.
const dateFormat = new Intl.DateTimeFormat(locale, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const weekdayFormat = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
const dayOfMonthFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', timeZone: 'UTC' });
const fullDateFormat = new Intl.DateTimeFormat(locale, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const noon = (day: LocalDate) => new Date(`${day}T12:00:00.000Z`);

/** "Tuesday 3 March". */
export const formatDay = (day: LocalDate): string => dateFormat.format(noon(day));

/** "Tue" and "3", for the diary card's columns. */
export const formatColumnDay = (day: LocalDate): { weekday: string; date: string } => ({
  weekday: weekdayFormat.format(noon(day)),
  date: dayOfMonthFormat.format(noon(day)),
});

/** "3 March 2026". */
export const formatFullDate = (day: LocalDate): string => fullDateFormat.format(noon(day));

/** "Today", "Yesterday", or "Tuesday 3 March". */
export function relativeDay(day: LocalDate, now: LocalDate): string {
  if (day === now) return t('journal.today');
  if (day === addDays(now, -1)) return t('journal.yesterday');
  return formatDay(day);
}

/** The local time an entry was made ("21:40", or "9:40 PM"), in the offset it was made in. */
export const entryTime = (stamp: LocalStamp): string =>
  formatTimeAt(Date.parse(stamp.at), stamp.offsetMinutes);

/** The value for <input type="datetime-local"> showing a stamp as it was lived. */
export const toLocalInput = (stamp: LocalStamp): string => {
  const ms = Date.parse(stamp.at);
  return `${localDateAt(ms, stamp.offsetMinutes)}T${localTimeAt(ms, stamp.offsetMinutes)}`;
};

/**
 * A datetime-local value ('2026-03-04T21:30') as a stamp. The browser reads it in the device's
 * time zone, with the offset in force at that moment (so an earlier time across a DST change
 * gets the right offset). Null when empty or invalid.
 */
export function fromLocalInput(value: string): LocalStamp | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : stampAt(date);
}

/** The current local time of day, 'HH:MM'. */
export const nowTime = (): string => {
  const s = nowStamp();
  return localTimeAt(Date.parse(s.at), s.offsetMinutes);
};
