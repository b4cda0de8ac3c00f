import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayNumber,
  daysBetween,
  fromDayNumber,
  isLocalDate,
  isValidOffset,
  localDateAt,
  localTimeAt,
  offsetMinutesIn,
  stampIn,
  startOfMonth,
  startOfWeek,
  weekDates,
  weekdayOf,
} from './calendar-day.ts';

/** The local date in a zone as the platform's time-zone data formats it. */
const intlDate = (timeZone: string, ms: number) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(ms));

const zones = [
  'Europe/London',
  'America/New_York',
  'Australia/Lord_Howe', // a 30-minute DST shift
  'Asia/Kolkata', // a half-hour offset, no DST
  'Pacific/Kiritimati', // UTC+14
  'Pacific/Pago_Pago', // UTC-11
  'Pacific/Chatham', // +12:45 / +13:45
];

describe('local dates', () => {
  it('recognises real calendar dates only', () => {
    for (const ok of ['2026-01-01', '2024-02-29', '1999-12-31']) expect(isLocalDate(ok)).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '', 42, null]) {
      expect(isLocalDate(bad), String(bad)).toBe(false);
    }
  });

  it('round-trips day numbers and does arithmetic across months and leap years', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 80_000 }), (n) => {
        expect(dayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it('knows the weekday, the Monday of a week and the month start', () => {
    expect(weekdayOf('2026-03-02')).toBe(0); // a Monday
    expect(weekdayOf('2026-03-08')).toBe(6); // a Sunday
    expect(startOfWeek('2026-03-08')).toBe('2026-03-02');
    expect(startOfWeek('2026-03-02')).toBe('2026-03-02');
    expect(weekDates('2026-03-02')).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(startOfMonth('2026-03-17')).toBe('2026-03-01');
  });

  it('accepts only real UTC offsets', () => {
    expect(isValidOffset(0)).toBe(true);
    expect(isValidOffset(840)).toBe(true);
    expect(isValidOffset(-720)).toBe(true);
    expect(isValidOffset(841)).toBe(false);
    expect(isValidOffset(1.5)).toBe(false);
  });
});

describe('instants to local days', () => {
  it('gives the local date and time for an offset', () => {
    const ms = Date.parse('2026-03-29T00:30:00Z');
    expect(localDateAt(ms, 60)).toBe('2026-03-29');
    expect(localDateAt(ms, -300)).toBe('2026-03-28');
    expect(localTimeAt(ms, 60)).toBe('01:30');
    expect(localTimeAt(ms, -300)).toBe('19:30');
  });

  it('matches the platform time-zone data at every instant, DST changes included', () => {
    const from = Date.parse('2025-01-01T00:00:00Z');
    const to = Date.parse('2027-12-31T00:00:00Z');
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: from, max: to }), (zone, ms) => {
        expect(localDateAt(ms, offsetMinutesIn(zone, ms))).toBe(intlDate(zone, ms));
      }),
      { numRuns: 500 },
    );
  });

  it('stamps the hours around DST changes on the right local day', () => {
    // Clocks go forward in London at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on
    // 25 October 2026; in New York at 07:00 UTC on 8 March and 06:00 UTC on 1 November.
    const around = [
      ['Europe/London', '2026-03-29T00:59:00Z', '2026-03-29', 0],
      ['Europe/London', '2026-03-29T01:00:00Z', '2026-03-29', 60],
      ['Europe/London', '2026-03-28T23:30:00Z', '2026-03-28', 0],
      ['Europe/London', '2026-10-24T23:30:00Z', '2026-10-25', 60],
      ['Europe/London', '2026-10-25T23:30:00Z', '2026-10-25', 0],
      ['America/New_York', '2026-03-08T04:30:00Z', '2026-03-07', -300],
      ['America/New_York', '2026-03-09T03:30:00Z', '2026-03-08', -240],
      ['America/New_York', '2026-11-01T04:30:00Z', '2026-11-01', -240],
      ['America/New_York', '2026-11-02T04:30:00Z', '2026-11-01', -300],
    ] as const;
    for (const [zone, iso, day, offset] of around) {
      const stamp = stampIn(zone, Date.parse(iso));
      expect(stamp, `${zone} ${iso}`).toEqual({
        at: new Date(iso).toISOString(),
        day,
        offsetMinutes: offset,
      });
    }
  });

  it('a stored day does not move when the person later travels', () => {
    // Logged in Sydney just after midnight on 2 March; read later in Los Angeles, where that
    // instant was still 1 March. The stored day is what the person lived, and it is what
    // progress uses; re-deriving it from the instant in the new zone would move it.
    const ms = Date.parse('2026-03-01T13:30:00Z'); // 00:30 on 2 March in Sydney
    const logged = stampIn('Australia/Sydney', ms);
    expect(logged.day).toBe('2026-03-02');
    expect(stampIn('America/Los_Angeles', ms).day).toBe('2026-03-01');
    expect(localDateAt(ms, logged.offsetMinutes)).toBe(logged.day);
  });
});
