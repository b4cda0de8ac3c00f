// The CSV export: one file per kind of record, UTF-8 with a byte-order mark (so spreadsheet
// programs read it as UTF-8), CRLF line ends and RFC 4180 quoting. Columns and codes are in
// docs/export-format.md ("CSV"). Lists of codes are joined with ';'.
//
// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula.
// Free text written by the person (notes, own triggers, "what else helped") that starts with one
// of those gets a leading apostrophe, the usual guard; numbers and codes never do.
import { ITEM_COUNT, scoreAnswers } from './assessments.ts';
import { STANDARD_EMOTIONS, STANDARD_TARGETS } from './diary-card.ts';
import { type ExportInput, exportRecords, isoWithOffset } from './export-records.ts';

export const CSV_BOM = '\uFEFF';

export interface CsvFile {
  name: string;
  text: string;
}

type Cell = string | number | boolean | null | undefined;

const text = (s: string): string => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: readonly string[], rows: readonly Cell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}

const list = (items: readonly string[]) => items.join(';');

export function exportCsv(input: ExportInput): CsvFile[] {
  const r = exportRecords(input);
  const note = (s: string) => (input.notes ? text(s) : null);
  const urgeLog = csv(
    [
      'id',
      'at',
      'day',
      'urge',
      'acted',
      'emotions',
      'triggers',
      'own_triggers',
      'helped',
      'helped_other',
      'note',
    ],
    r.entries.map(({ id, value: e }) => [
      id,
      isoWithOffset(e.at, e.offsetMinutes),
      e.day,
      e.urge,
      e.acted,
      list(e.emotions),
      list(e.triggers),
      list(e.ownTriggers.map(text)),
      list(e.helped),
      text(e.helpedOther),
      note(e.note),
    ]),
  );
  const customTargetIds = [...new Set(r.cards.flatMap((c) => Object.keys(c.customTargets)))].sort();
  const customEmotionIds = [
    ...new Set(r.cards.flatMap((c) => Object.keys(c.customEmotions))),
  ].sort();
  const diary = csv(
    [
      'day',
      ...STANDARD_TARGETS.flatMap((t) => [`${t}_urge`, `${t}_acted`]),
      ...customTargetIds.flatMap((id) => [`custom_target_${id}_urge`, `custom_target_${id}_acted`]),
      ...STANDARD_EMOTIONS.map((e) => `emotion_${e}`),
      ...customEmotionIds.map((id) => `custom_emotion_${id}`),
      'medication',
      'skills',
      'distress',
      'note',
    ],
    r.cards.map((c) => [
      c.day,
      ...STANDARD_TARGETS.flatMap((t) => [c.targets[t].urge, c.targets[t].acted]),
      ...customTargetIds.flatMap((id) => [
        c.customTargets[id]?.urge ?? null,
        c.customTargets[id]?.acted ?? null,
      ]),
      ...STANDARD_EMOTIONS.map((e) => c.emotions[e]),
      ...customEmotionIds.map((id) => c.customEmotions[id] ?? null),
      c.medication,
      c.skills,
      c.distress,
      note(c.note),
    ]),
  );
  const items = Math.max(ITEM_COUNT.phq9, ITEM_COUNT.gad7);
  const checkIns = csv(
    [
      'id',
      'instrument',
      'at',
      'day',
      'total',
      'band',
      ...Array.from({ length: items }, (_, i) => `item_${i + 1}`),
      'difficulty',
    ],
    r.checkIns.map(({ id, value: c }) => {
      const score = scoreAnswers(c.instrument, c.answers);
      return [
        id,
        c.instrument,
        isoWithOffset(c.at, c.offsetMinutes),
        c.day,
        score.ok ? score.value.total : null,
        score.ok ? score.value.band : null,
        ...Array.from({ length: items }, (_, i) => c.answers[i]),
        c.difficulty,
      ];
    }),
  );
  const tools = csv(
    ['id', 'tool', 'started_at', 'ended_at', 'day', 'urge_before', 'urge_after', 'context'],
    r.toolUses.map(({ id, value: u, times }) => [
      id,
      u.tool,
      times.startedAt,
      times.endedAt,
      times.day,
      u.urgeBefore,
      u.urgeAfter,
      list(u.context ?? []),
    ]),
  );
  return [
    { name: 'onward-urge-log.csv', text: urgeLog },
    { name: 'onward-diary-cards.csv', text: diary },
    { name: 'onward-check-ins.csv', text: checkIns },
    { name: 'onward-tool-uses.csv', text: tools },
  ];
}
