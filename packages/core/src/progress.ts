// Relapse-aware progress, from the urge log, the diary card and (when present) toolkit uses.
//
// "Relapse is information, not failure": the figures a person builds up (self-harm-free days,
// urges ridden out, skills practised) are counts of things that happened, so a relapse adds
// information without taking any of them away. Only the current stretch can end, and the screen
// shows it gently and lets the person hide it.
//
// DEFINITIONS (these are what the screens and the report mean by each figure):
// - A day is a local calendar date, as stored on each entry when it was made (calendar-day.ts).
//   Nothing here converts instants to days, so time-zone travel and DST never move a day.
// - The first day of use is the earliest day of any entry: a log entry, a diary card or a
//   toolkit use. Days before it do not count: Onward knows nothing about them.
// - A day counts once it is over: the counted days run from the first day of use to
//   yesterday. Today is never counted yet, so logging something today can never take a counted
//   day away.
// - A self-harm-free day is a counted day on which no log entry says "acted on it: yes" and
//   the diary card (if any) does not say "acted: yes" for self-harm. Urges, suicidal thoughts
//   and other targets do not change it: a day with strong urges that were ridden out is free.
// - The longest stretch is the longest run of consecutive free days. The current stretch is the
//   run of free days that ends yesterday (none when today or a later day has an episode).
// - An episode is a log entry with "acted: yes", or a diary card with self-harm "acted: yes" on
//   a day with no such log entry (so one event logged in both places counts once).
// - An urge ridden out is a log entry with urge 1 or more and "acted: no"; a diary card with a
//   self-harm urge of 1 or more and "acted: no" counts one on a day with no such log entry.
// - A skill practised is one tool that helped, per day and tool (from the log's "what helped"
//   and toolkit uses, counted once per day even when recorded in both), plus each "something
//   else that helped" in the log, plus each diary card with skills rated 3 or more (tried or
//   used skills, on the DBT 0–7 scale).
import {
  dayNumber,
  fromDayNumber,
  type LocalDate,
  startOfMonth,
  startOfWeek,
} from './calendar-day.ts';
import { SKILLS_PRACTISED_FROM, type TargetRating } from './diary-card.ts';

export interface ProgressEntry {
  day: LocalDate;
  urge: number;
  acted: boolean;
  helped: readonly string[];
  helpedOther: string;
}

export interface ProgressCard {
  day: LocalDate;
  targets: { selfHarm: TargetRating };
  skills: number | null;
}

/** One use of a toolkit tool (urge surfing, breathing, …), on the local day it was used. */
export interface ProgressToolUse {
  day: LocalDate;
  toolId: string;
}

export interface ProgressInput {
  /** The person's local date now. */
  today: LocalDate;
  entries: readonly ProgressEntry[];
  cards: readonly ProgressCard[];
  toolUses?: readonly ProgressToolUse[];
  /** How many weeks the weekly summary covers, ending with the current week (default 8). */
  weeks?: number;
}

export interface WeekSummary {
  /** The Monday the week starts on. */
  start: LocalDate;
  /** Counted days in the week (from the first day of use, before today). */
  countedDays: number;
  freeDays: number;
  urgesRiddenOut: number;
  skillsPractised: number;
}

export type Trend = 'fewer' | 'same' | 'more' | 'not-enough-time' | 'none';

export interface Progress {
  firstDay: LocalDate | null;
  /** Days counted so far: from the first day of use to yesterday. */
  countedDays: number;
  freeDaysTotal: number;
  freeDaysThisMonth: number;
  longestStretch: number;
  currentStretch: number;
  urgesRiddenOut: number;
  skillsPractised: number;
  /** Episodes on the 30 days ending today (and any later-dated entry, e.g. after travel). */
  episodesLast30: number;
  /** Episodes on the 30 days before those. */
  episodesPrevious30: number;
  trend: Trend;
  weeks: WeekSummary[];
  /** The largest milestone of free days reached, if any (acknowledged quietly). */
  milestone: number | null;
}

/** Quiet acknowledgements of total free days. */
export const MILESTONES = [7, 14, 30, 60, 90, 180, 365, 500, 730, 1000] as const;

interface DayFacts {
  acted: boolean;
  episodes: number;
  riddenOut: number;
  skills: number;
}

/** Everything per day, folded so the result cannot depend on the order of the inputs. */
function factsByDay(input: ProgressInput): Map<number, DayFacts> {
  const facts = new Map<number, DayFacts>();
  const at = (day: LocalDate): DayFacts => {
    const n = dayNumber(day);
    let f = facts.get(n);
    if (!f) {
      f = { acted: false, episodes: 0, riddenOut: 0, skills: 0 };
      facts.set(n, f);
    }
    return f;
  };
  const toolPairs = new Set<string>();
  for (const e of input.entries) {
    const f = at(e.day);
    if (e.acted) {
      f.acted = true;
      f.episodes++;
    } else if (e.urge >= 1) f.riddenOut++;
    for (const tool of e.helped) toolPairs.add(`${e.day}\u0000${tool}`);
    if (e.helpedOther.trim() !== '') f.skills++;
  }
  for (const u of input.toolUses ?? []) toolPairs.add(`${u.day}\u0000${u.toolId}`);
  for (const pair of toolPairs) at(pair.slice(0, pair.indexOf('\u0000'))).skills++;
  for (const c of input.cards) {
    const f = at(c.day);
    const selfHarm = c.targets.selfHarm;
    if (selfHarm.acted === true) {
      if (f.episodes === 0) f.episodes = 1;
      f.acted = true;
    } else if (selfHarm.acted === false && (selfHarm.urge ?? 0) >= 1 && f.riddenOut === 0) {
      f.riddenOut = 1;
    }
    if (c.skills !== null && c.skills >= SKILLS_PRACTISED_FROM) f.skills++;
  }
  return facts;
}

export function computeProgress(input: ProgressInput): Progress {
  const facts = factsByDay(input);
  const today = dayNumber(input.today);
  const yesterday = today - 1;
  const weekCount = input.weeks ?? 8;
  const days = [...facts.keys()].sort((a, b) => a - b);
  const first = days[0];

  let urgesRiddenOut = 0;
  let skillsPractised = 0;
  let episodesLast30 = 0;
  let episodesPrevious30 = 0;
  for (const [day, f] of facts) {
    urgesRiddenOut += f.riddenOut;
    skillsPractised += f.skills;
    if (day > today - 30) episodesLast30 += f.episodes;
    else if (day > today - 60) episodesPrevious30 += f.episodes;
  }

  // Counted days run from the first day of use to yesterday.
  const countedFrom = first ?? today;
  const countedDays = Math.max(0, yesterday - countedFrom + 1);
  const actedCounted = days.filter(
    (d) => d >= countedFrom && d <= yesterday && facts.get(d)?.acted,
  );
  const freeDaysTotal = countedDays - actedCounted.length;
  const monthStart = Math.max(countedFrom, dayNumber(startOfMonth(input.today)));
  const freeDaysThisMonth =
    Math.max(0, yesterday - monthStart + 1) - actedCounted.filter((d) => d >= monthStart).length;

  // Runs of free days between acted days, within the counted range.
  let longestStretch = 0;
  let runStart = countedFrom;
  for (const acted of actedCounted) {
    longestStretch = Math.max(longestStretch, acted - runStart);
    runStart = acted + 1;
  }
  const lastRun = Math.max(0, yesterday - runStart + 1);
  longestStretch = Math.max(longestStretch, lastRun);
  const actedTodayOrLater = days.some((d) => d >= today && facts.get(d)?.acted);
  const currentStretch = actedTodayOrLater ? 0 : lastRun;

  let trend: Trend;
  if (first === undefined) trend = 'none';
  else if (first > today - 30) trend = 'not-enough-time';
  else if (episodesLast30 < episodesPrevious30) trend = 'fewer';
  else if (episodesLast30 > episodesPrevious30) trend = 'more';
  else trend = 'same';

  const weeks: WeekSummary[] = [];
  const thisWeek = dayNumber(startOfWeek(input.today));
  for (let w = weekCount - 1; w >= 0; w--) {
    const start = thisWeek - 7 * w;
    let counted = 0;
    let free = 0;
    let ridden = 0;
    let skills = 0;
    for (let d = start; d < start + 7; d++) {
      const f = facts.get(d);
      if (first !== undefined && d >= first && d <= yesterday) {
        counted++;
        if (!f?.acted) free++;
      }
      ridden += f?.riddenOut ?? 0;
      skills += f?.skills ?? 0;
    }
    weeks.push({
      start: fromDayNumber(start),
      countedDays: counted,
      freeDays: free,
      urgesRiddenOut: ridden,
      skillsPractised: skills,
    });
  }

  const milestone = [...MILESTONES].reverse().find((m) => m <= freeDaysTotal) ?? null;

  return {
    firstDay: first === undefined ? null : fromDayNumber(first),
    countedDays,
    freeDaysTotal,
    freeDaysThisMonth,
    longestStretch,
    currentStretch,
    urgesRiddenOut,
    skillsPractised,
    episodesLast30,
    episodesPrevious30,
    trend,
    weeks,
    milestone,
  };
}
