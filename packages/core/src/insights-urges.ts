// Urges over time: the highest urge logged on each day, the days an urge was acted on (marked,
// never coloured as an alarm), and urges ridden out, by day and by week.
//
// DEFINITIONS:
// - The daily highest is the highest urge (0–10) in the urge log that day. Diary cards rate
//   urges 0–5, another scale, so they do not set it.
// - An acted day is a day on which a log entry says "acted: yes" or the diary card says
//   self-harm "acted: yes" (as in progress.ts).
// - An urge ridden out is counted exactly as progress.ts counts it: a log entry with urge 1 or
//   more and "acted: no"; a diary card with a self-harm urge of 1 or more and "acted: no" counts
//   one on a day with no such log entry.
import type { LocalDate } from './calendar-day.ts';
import { mondayOf } from './insights-days.ts';
import type { PeriodRecords, Sentence } from './insights-input.ts';

export interface UrgeDay {
  day: LocalDate;
  /** Highest logged urge that day, or null when only a diary card covers it. */
  highest: number | null;
  acted: boolean;
  riddenOut: number;
  /** Log entries that day. */
  logged: number;
}

export interface UrgeWeek {
  /** The Monday the week starts on. */
  start: LocalDate;
  highest: number | null;
  actedDays: number;
  riddenOut: number;
  logged: number;
}

export interface UrgesInsight {
  /** Days with a log entry or a diary card, oldest first. */
  days: UrgeDay[];
  weeks: UrgeWeek[];
  totals: { logged: number; riddenOut: number; actedDays: number; daysWithUrges: number };
  sentence: Sentence;
}

export function urgesInsight(records: PeriodRecords): UrgesInsight {
  const byDay = new Map<LocalDate, UrgeDay>();
  const at = (day: LocalDate): UrgeDay => {
    let d = byDay.get(day);
    if (!d) {
      d = { day, highest: null, acted: false, riddenOut: 0, logged: 0 };
      byDay.set(day, d);
    }
    return d;
  };
  for (const e of records.entries) {
    const d = at(e.day);
    d.logged++;
    if (d.highest === null || e.urge > d.highest) d.highest = e.urge;
    if (e.acted) d.acted = true;
    else if (e.urge >= 1) d.riddenOut++;
  }
  for (const c of records.cards) {
    const sh = c.targets.selfHarm;
    if (sh.acted === null && sh.urge === null) continue;
    const d = at(c.day);
    if (sh.acted === true) d.acted = true;
    else if (sh.acted === false && (sh.urge ?? 0) >= 1 && d.riddenOut === 0) d.riddenOut = 1;
  }
  const days = [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
  const byWeek = new Map<number, UrgeWeek>();
  const totals = { logged: 0, riddenOut: 0, actedDays: 0, daysWithUrges: 0 };
  for (const d of days) {
    const monday = mondayOf(records.days.num(d.day));
    let w = byWeek.get(monday);
    if (!w) {
      w = {
        start: records.days.date(monday),
        highest: null,
        actedDays: 0,
        riddenOut: 0,
        logged: 0,
      };
      byWeek.set(monday, w);
    }
    if (d.highest !== null && (w.highest === null || d.highest > w.highest)) w.highest = d.highest;
    if (d.acted) w.actedDays++;
    w.riddenOut += d.riddenOut;
    w.logged += d.logged;
    totals.logged += d.logged;
    totals.riddenOut += d.riddenOut;
    if (d.acted) totals.actedDays++;
    if ((d.highest ?? 0) >= 1) totals.daysWithUrges++;
  }
  const weeks = [...byWeek.entries()].sort(([a], [b]) => a - b).map(([, w]) => w);
  const sentence: Sentence =
    days.length === 0
      ? { key: 'insights.urges.sentence.none', params: {} }
      : {
          key: 'insights.urges.sentence',
          params: { logged: totals.logged, ridden: totals.riddenOut, acted: totals.actedDays },
        };
  return { days, weeks, totals, sentence };
}
