// Builders for insights tests, exports tests and the benchmark: records as the app stores them,
// with only the fields a test cares about given.
import type { CheckIn, Instrument } from './assessments.ts';
import { type LocalDate, localDateAt } from './calendar-day.ts';
import { type DiaryCard, emptyDiaryCard } from './diary-card.ts';
import type { TriggerCode } from './triggers.ts';
import type { UrgeEntry } from './urge-log.ts';
import type { ToolUse } from './what-helps.ts';

export function urgeEntry(
  at: string,
  urge: number,
  acted: boolean,
  more: Partial<Omit<UrgeEntry, 'at' | 'urge' | 'acted'>> = {},
): UrgeEntry {
  const offsetMinutes = more.offsetMinutes ?? 0;
  return {
    v: 1,
    at,
    day: localDateAt(Date.parse(at), offsetMinutes),
    offsetMinutes,
    urge,
    emotions: [],
    triggers: [] as TriggerCode[],
    ownTriggers: [],
    acted,
    helped: [],
    helpedOther: '',
    note: '',
    ...more,
  };
}

export function diaryCard(
  day: LocalDate,
  selfHarm: { urge: number | null; acted: boolean | null },
  more: { skills?: number | null; sadness?: number | null } = {},
): DiaryCard {
  const card = emptyDiaryCard(day);
  card.targets.selfHarm = selfHarm;
  card.skills = more.skills ?? null;
  card.emotions.sadness = more.sadness ?? null;
  return card;
}

export function checkIn(instrument: Instrument, at: string, answers: number[]): CheckIn {
  return {
    v: 1,
    instrument,
    answers,
    difficulty: null,
    at,
    day: localDateAt(Date.parse(at), 0),
    offsetMinutes: 0,
  };
}

export function toolUse(tool: string, startedAt: string, before?: number, after?: number): ToolUse {
  return {
    v: 1,
    tool,
    startedAt,
    ...(before === undefined ? {} : { urgeBefore: before }),
    ...(after === undefined ? {} : { urgeAfter: after }),
  };
}

/** UTC as the time zone. */
export const utc = (): number => 0;
