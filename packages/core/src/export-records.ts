// What the exports (CSV, JSON, FHIR) are made from: the person's records with their ids, for a
// range of local days. Pure: the time zone for tool uses (which carry only an instant) is
// injected, as for insights. Format version and codes: docs/export-format.md.
import type { CheckIn } from './assessments.ts';
import { type LocalDate, localDateAt } from './calendar-day.ts';
import type { DiaryCard } from './diary-card.ts';
import type { UrgeEntry } from './urge-log.ts';
import type { ToolUse } from './what-helps.ts';

/** The version of every export format in docs/export-format.md. Raise it on any change. */
export const EXPORT_VERSION = 1;

export interface WithId<T> {
  id: string;
  value: T;
}

export interface ExportInput {
  /** First and last local day to include. */
  from: LocalDate;
  to: LocalDate;
  entries: readonly WithId<UrgeEntry>[];
  cards: readonly DiaryCard[];
  checkIns: readonly WithId<CheckIn>[];
  toolUses: readonly WithId<ToolUse>[];
  /** Minutes east of UTC at an instant (the person's time zone), for tool uses. */
  offsetAt: (instantMs: number) => number;
  /** Include free-text notes (off unless the person chooses them). */
  notes: boolean;
  /** When the export was made (ISO instant), written into JSON and FHIR. */
  exportedAt: string;
}

const MS_PER_MINUTE = 60_000;

/** An instant as local ISO 8601 with its UTC offset: '2026-03-29T01:30:00+01:00'. */
export function isoWithOffset(at: string, offsetMinutes: number): string {
  const ms = Date.parse(at);
  const local = new Date(ms + offsetMinutes * MS_PER_MINUTE).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

/** A tool use's start (and end) in the person's time zone, with the local day. */
export function toolUseTimes(
  use: ToolUse,
  offsetAt: (ms: number) => number,
): { day: LocalDate; startedAt: string; endedAt: string | null } | null {
  const ms = Date.parse(use.startedAt);
  if (Number.isNaN(ms)) return null;
  const offset = offsetAt(ms);
  const endMs = use.endedAt === undefined ? Number.NaN : Date.parse(use.endedAt);
  return {
    day: localDateAt(ms, offset),
    startedAt: isoWithOffset(use.startedAt, offset),
    endedAt:
      use.endedAt === undefined || Number.isNaN(endMs)
        ? null
        : isoWithOffset(use.endedAt, offsetAt(endMs)),
  };
}

const byAt = <T extends { value: { at: string } }>(a: T, b: T) =>
  a.value.at < b.value.at ? -1 : a.value.at > b.value.at ? 1 : 0;

/** The records in the range, oldest first (ties by id), so every export is reproducible. */
export function exportRecords(input: ExportInput) {
  const inRange = (day: LocalDate) => day >= input.from && day <= input.to;
  const idOrder = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return {
    entries: input.entries
      .filter((e) => inRange(e.value.day))
      .sort((a, b) => byAt(a, b) || idOrder(a, b)),
    cards: input.cards.filter((c) => inRange(c.day)).sort((a, b) => (a.day < b.day ? -1 : 1)),
    checkIns: input.checkIns
      .filter((c) => inRange(c.value.day))
      .sort((a, b) => byAt(a, b) || idOrder(a, b)),
    toolUses: input.toolUses
      .flatMap((u) => {
        const times = toolUseTimes(u.value, input.offsetAt);
        return times && inRange(times.day) ? [{ ...u, times }] : [];
      })
      .sort(
        (a, b) =>
          (a.value.startedAt < b.value.startedAt
            ? -1
            : a.value.startedAt > b.value.startedAt
              ? 1
              : 0) || idOrder(a, b),
      ),
  };
}
