// Every sentence @onward/core's insights can produce has its message in the catalogue, with
// exactly the values its placeholders need: the screen never shows a key or a `{name}`.
import { en, placeholders } from '@onward/content';
import {
  computeInsights,
  type Insights,
  PERIODS,
  type Period,
  type Sentence,
} from '@onward/core/insights';
import { describe, expect, it } from 'vitest';
import { checkIn, diaryCard, toolUse, urgeEntry } from '../../../../core/src/insights-test-data.ts';

function sentencesOf(i: Insights): Sentence[] {
  return [
    i.urges.sentence,
    i.triggers.sentence,
    i.triggers.actedSentence,
    i.when.sentence,
    i.whatHelps.sentence,
    i.skillsUrges.sentence,
    i.checkIns.phq9.sentence,
    i.checkIns.gad7.sentence,
    i.diaryWeeks.sentence,
  ];
}

const base = { today: '2026-03-15', offsetAt: () => 0 };
const rich = {
  ...base,
  entries: [
    urgeEntry('2026-03-02T08:00:00.000Z', 6, true, { triggers: ['shame'] }),
    urgeEntry('2026-03-03T08:00:00.000Z', 4, false, { ownTriggers: ['exams'] }),
  ],
  cards: [
    diaryCard('2026-03-02', { urge: 4, acted: true }, { skills: 2 }),
    diaryCard('2026-03-03', { urge: 1, acted: false }, { skills: 5 }),
  ],
  checkIns: [
    checkIn('phq9', '2026-03-03T09:00:00.000Z', [1, 1, 1, 1, 1, 1, 1, 1, 0]),
    checkIn('phq9', '2026-03-10T09:00:00.000Z', [1, 1, 1, 1, 1, 1, 1, 1, 1]),
    checkIn('gad7', '2026-03-05T09:00:00.000Z', [1, 1, 1, 1, 1, 1, 1]),
  ],
  toolUses: [
    toolUse('breathing', '2026-03-02T08:10:00.000Z', 7, 4),
    toolUse('tipp', '2026-03-03T08:00:00.000Z'),
  ],
};
const ownFirst = {
  ...rich,
  entries: [urgeEntry('2026-03-03T08:00:00.000Z', 4, true, { ownTriggers: ['exams'] })],
  cards: [diaryCard('2026-03-02', { urge: 4, acted: true }, { skills: 5 })],
  toolUses: [toolUse('tipp', '2026-03-03T08:00:00.000Z')],
};
const empty = { ...base, entries: [], cards: [], checkIns: [], toolUses: [] };

describe('insight sentences', () => {
  it('have their messages, with exactly the placeholders filled', () => {
    const seen = new Set<string>();
    for (const input of [rich, ownFirst, empty]) {
      for (const period of PERIODS as readonly Period[]) {
        for (const s of sentencesOf(computeInsights({ ...input, period }))) {
          seen.add(s.key);
          const message = (en as Record<string, string>)[s.key];
          expect(message, s.key).toBeTypeOf('string');
          expect(Object.keys(s.params).sort(), s.key).toEqual(placeholders(message ?? '').sort());
        }
      }
    }
    // The variety above reaches most sentence kinds.
    expect(seen.size).toBeGreaterThanOrEqual(16);
  });
});
