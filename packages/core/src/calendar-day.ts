// Calendar days as the person lived them. A "day" in Onward is the person's local calendar date
// at the moment of an entry, stored as text ('2026-03-29') next to the instant and the UTC
// offset in force then. Progress is computed on those stored dates only, never by converting
// instants with whatever time zone the device is in today, so flying across time zones or a
// daylight-saving change never moves an entry to another day.
//
// Day arithmetic runs on day numbers (days since 1970-01-01, proleptic Gregorian), which have no
// time of day and so no DST.

/** A local calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;

/** An instant with the local date and UTC offset it was recorded in. */
export interface LocalStamp {
  /** ISO 8601 instant, UTC ('2026-03-29T00:30:00.000Z'). */
  at: string;
  /** The person's local date at that instant. */
  day: LocalDate;
  /** Minutes east of UTC at that instant (UTC+01:00 is 60; New York in winter is -300). */
  offsetMinutes: number;
}

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UTC offsets in use on Earth run from -12:00 to +14:00. */
export function isValidOffset(minutes: unknown): minutes is number {
  return (
    typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= -720 && minutes <= 840
  );
}

/** True for a real calendar date written 'YYYY-MM-DD' (so '2026-02-30' is false). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return fromDayNumber(dayNumberUnchecked(year, month, day)) === value;
}

function dayNumberUnchecked(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / MS_PER_DAY);
}

/** Days since 1970-01-01 for a local date. Throws on text that is not a date (a bug, not input). */
export function dayNumber(date: LocalDate): number {
  const m = DATE_PATTERN.exec(date);
  if (!m) throw new RangeError(`Not a local date: ${date}`);
  return dayNumberUnchecked(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function fromDayNumber(n: number): LocalDate {
  const d = new Date(n * MS_PER_DAY);
  const year = d.getUTCFullYear();
  const y = year < 0 ? `-${String(-year).padStart(6, '0')}` : String(year).padStart(4, '0');
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** `to` minus `from`, in days: daysBetween('2026-03-01', '2026-03-03') === 2. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The local date at an instant, for a UTC offset in minutes east of UTC. */
export function localDateAt(instantMs: number, offsetMinutes: number): LocalDate {
  return fromDayNumber(Math.floor((instantMs + offsetMinutes * MS_PER_MINUTE) / MS_PER_DAY));
}

/** The local time of day, 'HH:MM', at an instant for a UTC offset. */
export function localTimeAt(instantMs: number, offsetMinutes: number): string {
  const shifted = new Date(instantMs + offsetMinutes * MS_PER_MINUTE);
  return `${String(shifted.getUTCHours()).padStart(2, '0')}:${String(shifted.getUTCMinutes()).padStart(2, '0')}`;
}

/** Day of the week, Monday = 0 … Sunday = 6 (ISO order, as on a paper diary card). */
export function weekdayOf(date: LocalDate): number {
  // 1970-01-01 was a Thursday (ISO index 3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

/** The Monday on or before `date`. */
export function startOfWeek(date: LocalDate): LocalDate {
  return addDays(date, -weekdayOf(date));
}

/** The seven dates of the week that starts on `monday`. */
export function weekDates(monday: LocalDate): LocalDate[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The first day of the month `date` is in. */
export function startOfMonth(date: LocalDate): LocalDate {
  return `${date.slice(0, 8)}01`;
}

/**
 * Stamps an instant with the local date and offset of the device's time zone at that instant.
 * The offset comes from the Date itself, so an "earlier" time on the other side of a DST change
 * gets the offset that was in force then, not today's.
 */
export function stampAt(date: Date): LocalStamp {
  const offsetMinutes = -date.getTimezoneOffset() || 0;
  const ms = date.getTime();
  return { at: date.toISOString(), day: localDateAt(ms, offsetMinutes), offsetMinutes };
}

/**
 * The UTC offset of an IANA time zone at an instant, from the platform's time-zone data. Used by
 * tests (and anywhere a zone is known by name) to stamp instants as a person in that zone would.
 */
export function offsetMinutesIn(timeZone: string, instantMs: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  const whole = Math.floor(instantMs / 1000) * 1000;
  return Math.round((asUtc - whole) / MS_PER_MINUTE);
}

/** Stamps an instant as a person in `timeZone` would see it. */
export function stampIn(timeZone: string, instantMs: number): LocalStamp {
  const offsetMinutes = offsetMinutesIn(timeZone, instantMs);
  return {
    at: new Date(instantMs).toISOString(),
    day: localDateAt(instantMs, offsetMinutes),
    offsetMinutes,
  };
}
