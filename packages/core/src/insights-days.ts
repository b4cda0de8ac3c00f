// Day arithmetic for insights over many records: the same conversions as calendar-day.ts, each
// distinct day worked out once per computation (ten years is 3,650 days, but 30,000 records).
import { dayNumber, fromDayNumber, type LocalDate } from './calendar-day.ts';

export interface DayCache {
  /** Days since 1970-01-01 for a local date. */
  num: (day: LocalDate) => number;
  /** The local date for a day number. */
  date: (n: number) => LocalDate;
}

export function dayCache(): DayCache {
  const nums = new Map<LocalDate, number>();
  const dates = new Map<number, LocalDate>();
  return {
    num(day) {
      let n = nums.get(day);
      if (n === undefined) {
        n = dayNumber(day);
        nums.set(day, n);
      }
      return n;
    },
    date(n) {
      let d = dates.get(n);
      if (d === undefined) {
        d = fromDayNumber(n);
        dates.set(n, d);
      }
      return d;
    },
  };
}

/** The Monday on or before a day number (1970-01-01, day 0, was a Thursday). */
export const mondayOf = (n: number): number => n - ((((n + 3) % 7) + 7) % 7);

/** ISO weekday, Monday = 0 … Sunday = 6. */
export const weekdayOfNumber = (n: number): number => (((n + 3) % 7) + 7) % 7;
