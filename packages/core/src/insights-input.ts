// What every insight is computed from, and the period it covers. Pure: "today" and the way to
// find the local day of a tool use (the time-zone offset at an instant) are injected, so nothing
// here reads the clock or the device's time zone.
//
// DEFINITIONS (the insights screen, the report and the tests all mean this):
// - A period is a run of local days ending today: '4w' = the last 28 days, '3m' = 91 days
//   (13 weeks), '1y' = 365 days, 'all' = from the earliest record to today. A record is in the
//   period when its local day is (records dated after today, e.g. after travel, are kept in).
//   A chosen range ({ from }, with `today` as its last day) keeps exactly the days from..today.
// - Urge log entries and check-ins carry their own local day and offset; diary cards are a day.
//   A tool use carries only its start instant, so its local day and time come from the injected
//   offset at that instant.
// - Every figure is a count or a sum of whole numbers, folded so that the order of the records
//   never changes a result.
import type { CheckIn } from './assessments.ts';
import { addDays, type LocalDate, localDateAt } from './calendar-day.ts';
import type { DiaryCard } from './diary-card.ts';
import { type DayCache, dayCache } from './insights-days.ts';
import type { UrgeEntry } from './urge-log.ts';
import type { ToolUse } from './what-helps.ts';

export const PERIODS = ['4w', '3m', '1y', 'all'] as const;
export type Period = (typeof PERIODS)[number];

/** Days in each fixed period, today included. */
export const PERIOD_DAYS: Record<Exclude<Period, 'all'>, number> = {
  '4w': 28,
  '3m': 91,
  '1y': 365,
};

export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && (PERIODS as readonly string[]).includes(value);
}

export interface InsightsInput {
  /** The person's local date now. */
  today: LocalDate;
  /** A period ending today, or a chosen range (the report): from `from` to `today`, inclusive. */
  period: Period | { from: LocalDate };
  entries: readonly UrgeEntry[];
  cards: readonly DiaryCard[];
  checkIns: readonly CheckIn[];
  toolUses: readonly ToolUse[];
  /** Minutes east of UTC at an instant (the person's time zone), for tool uses. */
  offsetAt: (instantMs: number) => number;
}

/** A tool use with its local day, as the insights read it. */
export interface DatedToolUse {
  use: ToolUse;
  day: LocalDate;
}

/** The first and last local day of the period (`from` is null for 'all' with no records). */
export interface PeriodRange {
  from: LocalDate;
  to: LocalDate;
}

export function toolUseDay(use: ToolUse, offsetAt: (ms: number) => number): LocalDate | null {
  const ms = Date.parse(use.startedAt);
  if (Number.isNaN(ms)) return null;
  return localDateAt(ms, offsetAt(ms));
}

/** The records of the input that fall in its period, with tool uses dated. */
export interface PeriodRecords {
  range: PeriodRange;
  entries: UrgeEntry[];
  cards: DiaryCard[];
  checkIns: CheckIn[];
  toolUses: DatedToolUse[];
  /** Distinct local days with any record in the period. */
  daysWithData: number;
  /** Day conversions, each day worked out once. */
  days: DayCache;
}

const MS_PER_DAY = 86_400_000;

export function recordsInPeriod(input: InsightsInput): PeriodRecords {
  const cache = dayCache();
  const dated: DatedToolUse[] = [];
  // For a fixed period or range, uses written on a date two or more days before its first day
  // cannot fall in it (offsets are at most 14 hours), so they are skipped before parsing.
  const skipBefore =
    typeof input.period === 'object'
      ? addDays(input.period.from, -2)
      : input.period === 'all'
        ? ''
        : addDays(input.today, -(PERIOD_DAYS[input.period] + 1));
  for (const use of input.toolUses) {
    if (use.startedAt < skipBefore) continue;
    const ms = Date.parse(use.startedAt);
    if (Number.isNaN(ms)) continue;
    // As localDateAt, with each day's text made once.
    const day = cache.date(Math.floor((ms + input.offsetAt(ms) * 60_000) / MS_PER_DAY));
    dated.push({ use, day });
  }
  let from: LocalDate;
  // A chosen range ends on its last day; a period keeps later-dated records (travel) in.
  const until = typeof input.period === 'object' ? input.today : '9999-12-31';
  if (typeof input.period === 'object') {
    from = input.period.from;
  } else if (input.period === 'all') {
    from = input.today;
    for (const e of input.entries) if (e.day < from) from = e.day;
    for (const c of input.cards) if (c.day < from) from = c.day;
    for (const c of input.checkIns) if (c.day < from) from = c.day;
    for (const u of dated) if (u.day < from) from = u.day;
  } else {
    from = addDays(input.today, -(PERIOD_DAYS[input.period] - 1));
  }
  // Local dates compare as text ('YYYY-MM-DD'), which is much cheaper than day numbers.
  const inRange = (day: LocalDate) => day >= from && day <= until;
  const entries = input.entries.filter((e) => inRange(e.day));
  const cards = input.cards.filter((c) => inRange(c.day));
  const checkIns = input.checkIns.filter((c) => inRange(c.day));
  const toolUses = dated.filter((u) => inRange(u.day));
  const days = new Set<LocalDate>();
  for (const e of entries) days.add(e.day);
  for (const c of cards) days.add(c.day);
  for (const c of checkIns) days.add(c.day);
  for (const u of toolUses) days.add(u.day);
  let to = input.today;
  for (const d of days) if (d > to) to = d;
  return {
    range: { from, to },
    entries,
    cards,
    checkIns,
    toolUses,
    daysWithData: days.size,
    days: cache,
  };
}

/** A plain-language sentence for an insight, as a message key and its values. */
export interface Sentence {
  key: string;
  params: Record<string, string | number>;
}
