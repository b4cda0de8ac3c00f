// When urges come: by time of day and by day of the week, from the urge log, in the local time
// each entry was made in (so travel and clock changes never move an entry).
//
// DEFINITIONS: the parts of the day are night 00:00–05:59, morning 06:00–11:59, afternoon
// 12:00–17:59 and evening 18:00–23:59. Each log entry counts once, with urge 1 or more
// ("urges"); acted entries are counted alongside, never instead.
import { weekdayOfNumber } from './insights-days.ts';
import type { PeriodRecords, Sentence } from './insights-input.ts';

export const DAY_PARTS = ['night', 'morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

export interface WhenCount {
  urges: number;
  acted: number;
}

export interface WhenInsight {
  /** 24 hours, 00 to 23. */
  hours: WhenCount[];
  parts: Record<DayPart, WhenCount>;
  /** Monday first (ISO). */
  weekdays: WhenCount[];
  sentence: Sentence;
}

const MS_PER_MINUTE = 60_000;

/** The local hour (0–23) of an instant at a UTC offset. */
export function localHour(at: string, offsetMinutes: number): number {
  // Stored instants are canonical UTC ('2026-03-29T00:30:00.000Z'): read the clock time from the
  // text (much cheaper over many entries); anything else goes through Date.parse.
  const canonical = at.length === 24 && at.charCodeAt(10) === 84 && at.charCodeAt(23) === 90;
  const minutes =
    (canonical
      ? Number(at.slice(11, 13)) * 60 + Number(at.slice(14, 16))
      : Math.floor(Date.parse(at) / MS_PER_MINUTE)) + offsetMinutes;
  return Math.floor((((minutes % 1440) + 1440) % 1440) / 60);
}

export const dayPartOf = (hour: number): DayPart => DAY_PARTS[Math.floor(hour / 6)] ?? 'night';

const zero = (): WhenCount => ({ urges: 0, acted: 0 });

/** The index with the highest count, or -1 when all are zero (ties: the earliest). */
function busiest(counts: readonly WhenCount[]): number {
  let best = -1;
  let max = 0;
  counts.forEach((c, i) => {
    if (c.urges > max) {
      max = c.urges;
      best = i;
    }
  });
  return best;
}

export function whenInsight(records: PeriodRecords): WhenInsight {
  const hours = Array.from({ length: 24 }, zero);
  const weekdays = Array.from({ length: 7 }, zero);
  for (const e of records.entries) {
    if (e.urge < 1 && !e.acted) continue;
    const hour = hours[localHour(e.at, e.offsetMinutes)] as WhenCount;
    const weekday = weekdays[weekdayOfNumber(records.days.num(e.day))] as WhenCount;
    hour.urges++;
    weekday.urges++;
    if (e.acted) {
      hour.acted++;
      weekday.acted++;
    }
  }
  const partList = DAY_PARTS.map(() => zero());
  hours.forEach((h, i) => {
    const p = partList[Math.floor(i / 6)] as WhenCount;
    p.urges += h.urges;
    p.acted += h.acted;
  });
  const parts = Object.fromEntries(DAY_PARTS.map((p, i) => [p, partList[i]])) as Record<
    DayPart,
    WhenCount
  >;
  const part = busiest(partList);
  const weekday = busiest(weekdays);
  return {
    hours,
    parts,
    weekdays,
    sentence:
      part < 0
        ? { key: 'insights.when.sentence.none', params: {} }
        : {
            key: 'insights.when.sentence',
            params: {
              part: DAY_PARTS[part] as DayPart,
              partCount: (partList[part] as WhenCount).urges,
              weekday,
              weekdayCount: (weekdays[weekday] as WhenCount).urges,
            },
          },
  };
}
