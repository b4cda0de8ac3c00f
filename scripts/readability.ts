// Prints readability figures for each Learn guide: words, sentences, syllables, Flesch reading
// ease and Flesch–Kincaid grade, then the highest grade; then the same for the Spanish guides
// with Fernández-Huerta and Szigriszt-Pazos (INFLESZ). Run: node scripts/readability.ts
// The same maths backs packages/content/src/learn/guides.test.ts, which holds every guide to
// grade 8 or below.
import { guideReadability } from '../packages/content/src/learn/guide-text.ts';
import { guideReadabilityEs } from '../packages/content/src/learn/guide-text-es.ts';
import { guidesEs } from '../packages/content/src/learn/guides-es.ts';
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

// Spanish: the same guides in Spanish, on the Spanish scales (syllables counted for Spanish).
// Fernández-Huerta: 80–90 fácil, 90+ muy fácil (guides-es.test.ts holds every guide to 80 or
// above); Szigriszt-Pazos on the INFLESZ scale: 65–80 bastante fácil, above 80 muy fácil.
const MIN_FERNANDEZ_HUERTA = 80;
const rowsEs = guidesEs.map((guide) => ({
  id: guide.id,
  minutes: guide.minutes,
  ...guideReadabilityEs(guide),
}));
const headerEs = [
  'guía (es)',
  'words',
  'sentences',
  'syllables',
  'F-Huerta',
  'band',
  'Szigriszt',
  'INFLESZ',
  'read',
  'minutes',
];
const tableEs = rowsEs.map((r) => [
  r.id,
  String(r.words),
  String(r.sentences),
  String(r.syllables),
  r.fernandezHuerta.toFixed(1),
  r.fernandezHuertaBand,
  r.szigrisztPazos.toFixed(1),
  r.inflesz,
  String(r.totalWords),
  String(r.minutes),
]);
const widthsEs = headerEs.map((h, i) =>
  Math.max(h.length, ...tableEs.map((row) => (row[i] ?? '').length)),
);
const lineEs = (cells: readonly string[]) =>
  cells
    .map((c, i) =>
      i === 0 || i === 5 || i === 7 ? c.padEnd(widthsEs[i] ?? 0) : c.padStart(widthsEs[i] ?? 0),
    )
    .join('  ');
console.log(`\n${lineEs(headerEs)}`);
for (const row of tableEs) console.log(lineEs(row));
const minEs = rowsEs.reduce((m, r) => Math.min(m, r.fernandezHuerta), Number.POSITIVE_INFINITY);
console.log(`min Fernández-Huerta: ${minEs.toFixed(1)} (aim ${MIN_FERNANDEZ_HUERTA}, "fácil")`);
if (minEs < MIN_FERNANDEZ_HUERTA) process.exitCode = 1;
