// The content lint: the safe-messaging rules as code. Every string the content package exports
// is walked by content-lint.test.ts and must pass, so a careless word cannot reach a person in
// distress. The words themselves, and the few allowed exceptions, live in content-lint-terms.ts.
import {
  type AllowEntry,
  LINT_ALLOW_LIST,
  LINT_TERMS,
  type LintRule,
  type LintTerm,
  MAX_EXCLAMATIONS,
} from './content-lint-terms.ts';
import { LINT_ALLOW_LIST_ES, LINT_TERMS_ES } from './content-lint-terms-es.ts';

export type { AllowEntry, LintRule, LintTerm } from './content-lint-terms.ts';
export { LINT_ALLOW_LIST, LINT_TERMS } from './content-lint-terms.ts';
export { LINT_ALLOW_LIST_ES, LINT_TERMS_ES } from './content-lint-terms-es.ts';

/** Every term, English and Spanish: each string is checked against both lists. */
export const ALL_LINT_TERMS: readonly LintTerm[] = [...LINT_TERMS, ...LINT_TERMS_ES];

/** Every allow-list entry, English and Spanish. */
export const ALL_LINT_ALLOW: readonly AllowEntry[] = [...LINT_ALLOW_LIST, ...LINT_ALLOW_LIST_ES];

export interface Violation {
  rule: LintRule;
  /** The id of the term that matched ("overdose"), or "exclamations". */
  term: string;
  /** The text that matched, as written. */
  phrase: string;
  /** Where the match starts in the text. */
  index: number;
}

export interface PathViolation extends Violation {
  /** Dotted key path to the string ("en.relapse.title", "crisisDirectory.1.lines.0.audience"). */
  path: string;
}

/** A literal space in a term's pattern: one or more spaces, no-break spaces or dashes. */
const SEPARATOR = '(?:[\\s\\u00a0\\-\\u2010\\u2011\\u2013\\u2014]+)';

interface CompiledTerm {
  term: LintTerm;
  regex: RegExp;
}

function compile(term: LintTerm): CompiledTerm {
  const body = term.pattern.replaceAll(' ', SEPARATOR);
  // Whole words only: no letter or digit immediately before or after the match.
  const source = `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
  return { term, regex: new RegExp(source, 'giu') };
}

const COMPILED: readonly CompiledTerm[] = [...LINT_TERMS, ...LINT_TERMS_ES].map(compile);

/** Straighten curly apostrophes so "isn’t" and "isn't" read the same. */
const straighten = (s: string) => s.replace(/[\u2018\u2019\u02bc]/g, "'");

/** Every safe-messaging problem in one piece of copy. Pure; no allow-list applied. */
export function lintCopy(text: string): Violation[] {
  const found: Violation[] = [];
  for (const { term, regex } of COMPILED) {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      const index = m.index;
      if (term.unlessAfter?.test(straighten(text.slice(0, index).toLowerCase()))) continue;
      found.push({ rule: term.rule, term: term.id, phrase: m[0], index });
    }
  }
  const exclamations = [...text.matchAll(/[!\uff01]/g)];
  if (exclamations.length > MAX_EXCLAMATIONS) {
    const first = exclamations[0]?.index ?? 0;
    found.push({
      rule: 'cheerleading',
      term: 'exclamations',
      phrase: exclamations.map((m) => m[0]).join(''),
      index: first,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

function segmentRegExp(glob: string): RegExp {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'))
    .join('[^.]*');
  return new RegExp(`^${source}$`, 'i');
}

function matchSegments(
  glob: readonly string[],
  i: number,
  path: readonly string[],
  j: number,
): boolean {
  if (i === glob.length) return j === path.length;
  const g = glob[i] as string;
  if (g === '**') {
    return (
      matchSegments(glob, i + 1, path, j) ||
      (j < path.length && matchSegments(glob, i, path, j + 1))
    );
  }
  return (
    j < path.length &&
    segmentRegExp(g).test(path[j] as string) &&
    matchSegments(glob, i + 1, path, j + 1)
  );
}

/**
 * Whether a dotted `path` matches `glob` (case-insensitive): `*` is any run of characters within
 * one segment; a `**` segment is any number of segments, even none.
 */
export function pathMatches(glob: string, path: string): boolean {
  return matchSegments(glob.split('.'), 0, path.split('.'), 0);
}

/** Whether the allow-list lets `term` through at `path`. */
export function isAllowed(
  path: string,
  term: string,
  allow: readonly AllowEntry[] = ALL_LINT_ALLOW,
): boolean {
  return allow.some((e) => e.terms.includes(term) && e.paths.some((g) => pathMatches(g, path)));
}

export interface LintTreeResult {
  violations: PathViolation[];
  /** How many strings were checked (so a test can prove the walk was not empty). */
  checked: number;
  /** Functions that threw when called with no arguments, by path. */
  unreadable: { path: string; error: string }[];
}

/**
 * Walk every string reachable from `value`: object properties, array items, Map values, Set
 * members, and the return value of each function that takes no arguments. Each string is
 * linted, then the allow-list is applied by its dotted key path. Cycles are walked once.
 */
export function lintTree(
  value: unknown,
  root: string,
  allow: readonly AllowEntry[] = ALL_LINT_ALLOW,
): LintTreeResult {
  const result: LintTreeResult = { violations: [], checked: 0, unreadable: [] };
  const seen = new Set<object>();
  const visit = (v: unknown, path: string, depth: number): void => {
    if (depth > 40) return;
    if (typeof v === 'string') {
      result.checked++;
      for (const violation of lintCopy(v)) {
        if (!isAllowed(path, violation.term, allow)) result.violations.push({ ...violation, path });
      }
      return;
    }
    if (typeof v === 'function') {
      if (v.length !== 0 || seen.has(v)) return;
      seen.add(v);
      let out: unknown;
      try {
        out = (v as () => unknown)();
      } catch (error) {
        result.unreadable.push({ path, error: String(error) });
        return;
      }
      if (out instanceof Promise) return;
      visit(out, `${path}()`, depth + 1);
      return;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Map) {
      for (const [k, item] of v) visit(item, `${path}.${String(k)}`, depth + 1);
    } else if (v instanceof Set) {
      let i = 0;
      for (const item of v) visit(item, `${path}.${i++}`, depth + 1);
    } else {
      for (const [k, item] of Object.entries(v)) visit(item, `${path}.${k}`, depth + 1);
    }
  };
  visit(value, root, 0);
  return result;
}

/** One line per violation, naming the key path and the phrase, for a failing test. */
export function formatViolations(violations: readonly PathViolation[]): string {
  return violations.map((v) => `${v.path}: "${v.phrase}" (${v.rule}/${v.term})`).join('\n');
}
