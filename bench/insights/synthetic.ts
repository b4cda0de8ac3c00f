// Ten years of synthetic records for the insights benchmark: 3,650 diary cards, 20,000 urge log
// entries, 10,000 tool uses and a PHQ-9 and a GAD-7 check-in every two weeks. Deterministic (a
// fixed-seed generator), so Node and Chromium time the same work.
import type { CheckIn, DiaryCard, ToolUse, TriggerCode, UrgeEntry } from '@onward/core';
import { addDays, emptyDiaryCard, seededRandom, TRIGGERS } from '@onward/core';
import type { InsightsInput } from '@onward/core/insights';

export const TODAY = '2026-12-01';
const DAYS = 3650;

export function syntheticInput(): Omit<InsightsInput, 'period'> {
  const r = seededRandom(42);
  const int = (n: number) => Math.floor(r() * n);
  const first = addDays(TODAY, -(DAYS - 1));
  const days = Array.from({ length: DAYS }, (_, i) => addDays(first, i));
  const cards: DiaryCard[] = days.map((day) => {
    const c = emptyDiaryCard(day);
    c.targets.selfHarm = { urge: int(6), acted: r() < 0.04 };
    c.targets.suicidalThoughts = { urge: int(6), acted: false };
    c.emotions.sadness = int(6);
    c.emotions.shame = int(6);
    c.skills = int(8);
    c.distress = int(11);
    return c;
  });
  const codes = TRIGGERS.map((t) => t.code) as TriggerCode[];
  const entries: UrgeEntry[] = Array.from({ length: 20_000 }, () => {
    const day = days[int(DAYS)] as string;
    const at = `${day}T${String(int(24)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}:00.000Z`;
    return {
      v: 1,
      at,
      day,
      offsetMinutes: 0,
      urge: int(11),
      emotions: [],
      triggers: Array.from({ length: int(3) }, () => codes[int(codes.length)] as TriggerCode),
      ownTriggers: r() < 0.05 ? ['exams'] : [],
      acted: r() < 0.05,
      helped: [],
      helpedOther: '',
      note: '',
    };
  });
  const tools = ['breathing', 'urge-surfing', 'grounding', 'tipp', 'cold-water', 'walk'];
  const toolUses: ToolUse[] = Array.from({ length: 10_000 }, () => {
    const day = days[int(DAYS)] as string;
    const before = int(11);
    return {
      v: 1,
      tool: tools[int(tools.length)] as string,
      startedAt: `${day}T${String(int(24)).padStart(2, '0')}:00:00.000Z`,
      ...(r() < 0.8 ? { urgeBefore: before, urgeAfter: Math.max(0, before - int(5)) } : {}),
    };
  });
  const checkIns: CheckIn[] = [];
  for (let i = 0; i < DAYS; i += 14) {
    const day = days[i] as string;
    for (const [instrument, n] of [
      ['phq9', 9],
      ['gad7', 7],
    ] as const) {
      checkIns.push({
        v: 1,
        instrument,
        answers: Array.from({ length: n }, () => int(4)),
        difficulty: null,
        at: `${day}T10:00:00.000Z`,
        day,
        offsetMinutes: 0,
      });
    }
  }
  return { today: TODAY, entries, cards, checkIns, toolUses, offsetAt: () => 0 };
}
