// When the next PHQ-9 or GAD-7 check-in is due. Each questionnaire asks about the last two
// weeks, so one is due again 14 days after the person last filled it in. Only questionnaires the
// person has chosen to use are ever suggested (they are optional: someone who never filled one
// in is never prompted). Pure, so it is tested without a browser.
import type { CheckIn, Instrument, LocalDate } from '@onward/core';

export const CHECK_IN_EVERY_DAYS = 14;

export interface DueCheckIn {
  instrument: Instrument;
  /** Whole days since it was last filled in (at least CHECK_IN_EVERY_DAYS). */
  daysSince: number;
}

const dayNumber = (day: LocalDate): number => {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
};

/** The check-in most overdue today, or null when none is due (or none was ever filled in). */
export function dueCheckIn(checkIns: readonly CheckIn[], today: LocalDate): DueCheckIn | null {
  const latest = new Map<Instrument, LocalDate>();
  for (const c of checkIns) {
    const seen = latest.get(c.instrument);
    if (seen === undefined || c.day > seen) latest.set(c.instrument, c.day);
  }
  let due: DueCheckIn | null = null;
  for (const [instrument, day] of latest) {
    const daysSince = Math.round(dayNumber(today) - dayNumber(day));
    if (daysSince < CHECK_IN_EVERY_DAYS) continue;
    if (!due || daysSince > due.daysSince) due = { instrument, daysSince };
  }
  return due;
}
