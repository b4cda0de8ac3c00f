// Prints readability figures for each Learn guide: words, sentences, syllables, Flesch reading
// ease and Flesch–Kincaid grade, then the highest grade. Run: node scripts/readability.ts
// The same maths backs packages/content/src/learn/guides.test.ts, which holds every guide to
// grade 8 or below.
import { guideReadability } from '../packages/content/src/learn/guide-text.ts';
import { guides } from '../packages/content/src/learn/index.ts';

const MAX_GRADE = 8;

const rows = guides.map((guide) => ({
  id: guide.id,
  minutes: guide.minutes,
  ...guideReadability(guide),
}));

const header = ['guide', 'words', 'sentences', 'syllables', 'ease', 'grade', 'read', 'minutes'];
const table = rows.map((r) => [
  r.id,
  String(r.words),
  String(r.sentences),
  String(r.syllables),
  r.readingEase.toFixed(1),
  r.grade.toFixed(1),
  String(r.totalWords),
  String(r.minutes),
]);
const widths = header.map((h, i) =>
  Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)),
);
const line = (cells: readonly string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');

console.log(line(header));
for (const row of table) console.log(line(row));

const max = rows.reduce((m, r) => Math.max(m, r.grade), Number.NEGATIVE_INFINITY);
console.log(
  `\nwords, sentences, syllables, ease, grade: running text (headings left out); read: every word on the page, used for minutes at 200 a minute`,
);
console.log(`max Flesch–Kincaid grade: ${max.toFixed(1)} (limit ${MAX_GRADE})`);
if (max > MAX_GRADE) process.exitCode = 1;
