// Which crisis lines to show first: those that answer in the person's language. A person in
// distress should reach someone who speaks their language without scrolling past lines that do
// not; but nothing is hidden, because a line in another language can still be the right one (a
// bilingual person, a line with interpreters, the only 24/7 service in the country).
import type { CrisisLine } from './crisis-directory.ts';

/** "es-MX" → "es"; "ES" → "es". The primary language subtag, lower case. */
function baseLanguage(tag: string): string {
  return (tag.trim().split(/[-_]/)[0] ?? '').toLowerCase();
}

/** Whether a line answers in `language` (compared by primary subtag: "es-419" matches "es"). */
export function answersIn(line: Pick<CrisisLine, 'languages'>, language: string): boolean {
  const wanted = baseLanguage(language);
  return wanted !== '' && line.languages.some((tag) => baseLanguage(tag) === wanted);
}

/**
 * The same lines, those answering in `language` first; within each group the directory's own
 * order is kept (stable), so the reviewed order still decides among equals. Never drops a line.
 */
export function linesInLanguageOrder<T extends Pick<CrisisLine, 'languages'>>(
  lines: readonly T[],
  language: string,
): T[] {
  const first: T[] = [];
  const rest: T[] = [];
  for (const line of lines) (answersIn(line, language) ? first : rest).push(line);
  return [...first, ...rest];
}
