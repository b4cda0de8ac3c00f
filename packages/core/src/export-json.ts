// The JSON export: every record in the range, by stable codes (trigger, emotion, tool and
// target ids; never display text as a key), times as local ISO 8601 with their UTC offset.
// The layout is documented in docs/export-format.md ("JSON").
import { scoreAnswers } from './assessments.ts';
import { STANDARD_EMOTIONS, STANDARD_TARGETS } from './diary-card.ts';
import {
  EXPORT_VERSION,
  type ExportInput,
  exportRecords,
  isoWithOffset,
} from './export-records.ts';

export const JSON_FORMAT = 'onward-export';

export function exportJson(input: ExportInput): string {
  const r = exportRecords(input);
  const note = (text: string) => (input.notes ? text : undefined);
  const doc = {
    format: JSON_FORMAT,
    v: EXPORT_VERSION,
    exportedAt: input.exportedAt,
    range: { from: input.from, to: input.to },
    notesIncluded: input.notes,
    urgeLog: r.entries.map(({ id, value: e }) => ({
      id,
      at: isoWithOffset(e.at, e.offsetMinutes),
      day: e.day,
      urge: e.urge,
      acted: e.acted,
      emotions: e.emotions,
      triggers: e.triggers,
      ownTriggers: e.ownTriggers,
      helped: e.helped,
      helpedOther: e.helpedOther,
      note: note(e.note),
    })),
    diaryCards: r.cards.map((c) => ({
      day: c.day,
      targets: Object.fromEntries(STANDARD_TARGETS.map((t) => [t, c.targets[t]])),
      customTargets: c.customTargets,
      emotions: Object.fromEntries(STANDARD_EMOTIONS.map((e) => [e, c.emotions[e]])),
      customEmotions: c.customEmotions,
      medication: c.medication,
      skills: c.skills,
      distress: c.distress,
      note: note(c.note),
    })),
    checkIns: r.checkIns.map(({ id, value: c }) => {
      const score = scoreAnswers(c.instrument, c.answers);
      return {
        id,
        instrument: c.instrument,
        at: isoWithOffset(c.at, c.offsetMinutes),
        day: c.day,
        answers: c.answers,
        difficulty: c.difficulty,
        total: score.ok ? score.value.total : null,
        band: score.ok ? score.value.band : null,
      };
    }),
    toolUses: r.toolUses.map(({ id, value: u, times }) => ({
      id,
      tool: u.tool,
      startedAt: times.startedAt,
      endedAt: times.endedAt,
      day: times.day,
      urgeBefore: u.urgeBefore ?? null,
      urgeAfter: u.urgeAfter ?? null,
      context: u.context ?? [],
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
