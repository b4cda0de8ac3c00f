// Three weeks of records for the insights and report tests, dated back from "today" (UTC): urges
// logged most days (some ridden out, two acted on), a diary card each day, tool uses with
// ratings, and PHQ-9 and GAD-7 check-ins with known totals.
import { addDays, type LocalDate } from '@onward/core';
import { checkIn, diaryCard, toolUse, urgeEntry } from '../../core/src/insights-test-data.ts';
import type { E2eRecord } from './pages/privacy-page.ts';

export interface SeededCheckIn {
  instrument: 'phq9' | 'gad7';
  day: LocalDate;
  total: number;
}

const TRIGGERS = ['shame', 'loneliness', 'relationship-conflict', 'boredom'] as const;
const TOOLS = ['breathing', 'urge-surfing', 'grounding'] as const;

export function seedRecords(today: LocalDate): { records: E2eRecord[]; checkIns: SeededCheckIn[] } {
  const records: E2eRecord[] = [];
  for (let n = 21; n >= 1; n--) {
    const day = addDays(today, -n);
    const urge = (n * 7) % 11;
    const acted = n === 15 || n === 4;
    records.push({
      kind: 'journal-urge',
      id: `urge-${n}`,
      value: urgeEntry(`${day}T${n % 2 === 0 ? '21' : '08'}:30:00.000Z`, urge, acted, {
        triggers: [TRIGGERS[n % 4] as (typeof TRIGGERS)[number]],
        note: `note for day ${n}`,
      }),
    });
    records.push({
      kind: 'journal-diary',
      id: day,
      value: diaryCard(
        day,
        { urge: Math.min(5, Math.floor(urge / 2)), acted },
        { skills: n % 8, sadness: n % 6 },
      ),
    });
    if (n % 2 === 1) {
      const tool = TOOLS[n % 3] as string;
      records.push({
        kind: 'tool-use',
        id: `tool-${n}`,
        value: toolUse(tool, `${day}T09:00:00.000Z`, 7, 7 - (n % 4)),
      });
    }
  }
  const phq: [number, number[]][] = [
    [20, [2, 2, 2, 2, 2, 1, 1, 1, 1]],
    [13, [2, 1, 1, 1, 2, 1, 1, 1, 1]],
    [6, [1, 1, 1, 1, 1, 1, 1, 1, 0]],
  ];
  const gad: [number, number[]][] = [
    [19, [2, 2, 2, 2, 2, 1, 1]],
    [5, [1, 1, 1, 1, 1, 1, 1]],
  ];
  const checkIns: SeededCheckIn[] = [];
  for (const [instrument, list] of [
    ['phq9', phq],
    ['gad7', gad],
  ] as const) {
    for (const [ago, answers] of list) {
      const day = addDays(today, -ago);
      records.push({
        kind: 'journal-check-in',
        id: `${instrument}-${ago}`,
        value: checkIn(instrument, `${day}T10:00:00.000Z`, answers),
      });
      checkIns.push({ instrument, day, total: answers.reduce((a, b) => a + b, 0) });
    }
  }
  return { records, checkIns };
}
