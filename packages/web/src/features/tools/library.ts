// The alternatives library as the person sees it: the built-in ideas plus their own, with their
// favourites and hidden ones applied. Pure, so the filtering and the checks on a new idea are
// tested in Node.
import {
  type Alternative,
  type AlternativeCategory,
  alternatives,
  isAlternativeCategory,
} from '@onward/content';
import type { AlternativePref, OwnAlternative } from './records.ts';
import { OWN_PREFIX } from './tool-ids.ts';

export interface LibraryItem {
  id: string;
  title: string;
  howTo: string;
  category: AlternativeCategory;
  minutes?: number;
  own: boolean;
}

export type LibraryFilter = 'all' | 'favourites' | AlternativeCategory;

const fromBuiltIn = (a: Alternative): LibraryItem => ({ ...a, own: false });

/** Built-in ideas first, in library order, then the person's own, oldest first. */
export function libraryItems(
  own: readonly { id: string; value: OwnAlternative }[],
  builtIn: readonly Alternative[] = alternatives,
): LibraryItem[] {
  return [
    ...builtIn.map(fromBuiltIn),
    ...own.map(({ id, value }) => ({
      id,
      title: value.title,
      howTo: value.howTo,
      category: value.category,
      ...(value.minutes === undefined ? {} : { minutes: value.minutes }),
      own: true,
    })),
  ];
}

export const NO_PREF: AlternativePref = { favourite: false, hidden: false };

/** What the filter shows (never hidden ideas), and the hidden ones, each in library order. */
export function filterLibrary(
  items: readonly LibraryItem[],
  prefs: ReadonlyMap<string, AlternativePref>,
  filter: LibraryFilter,
): { shown: LibraryItem[]; hidden: LibraryItem[] } {
  const pref = (id: string) => prefs.get(id) ?? NO_PREF;
  const hidden = items.filter((i) => pref(i.id).hidden);
  const shown = items.filter((i) => {
    const p = pref(i.id);
    if (p.hidden) return false;
    if (filter === 'all') return true;
    if (filter === 'favourites') return p.favourite;
    return i.category === filter;
  });
  return { shown, hidden };
}

export const OWN_TITLE_MAX = 80;
export const OWN_HOW_MAX = 200;
export const OWN_MINUTES_MAX = 120;

export interface OwnInput {
  title: string;
  howTo: string;
  category: string;
  minutes: string;
}

export type OwnProblem = 'title-missing' | 'title-long' | 'how-long' | 'minutes';

/** The problems with a new idea, by field (empty when it can be saved). */
export function ownProblems(
  input: OwnInput,
): Partial<Record<'title' | 'howTo' | 'minutes', OwnProblem>> {
  const problems: Partial<Record<'title' | 'howTo' | 'minutes', OwnProblem>> = {};
  const title = input.title.trim();
  if (title === '') problems.title = 'title-missing';
  else if (title.length > OWN_TITLE_MAX) problems.title = 'title-long';
  if (input.howTo.trim().length > OWN_HOW_MAX) problems.howTo = 'how-long';
  const minutes = input.minutes.trim();
  if (minutes !== '') {
    const n = Number(minutes);
    if (!Number.isInteger(n) || n < 1 || n > OWN_MINUTES_MAX) problems.minutes = 'minutes';
  }
  return problems;
}

/** The idea to store, or undefined when ownProblems finds something to fix. */
export function toOwnAlternative(input: OwnInput): OwnAlternative | undefined {
  if (Object.keys(ownProblems(input)).length > 0) return undefined;
  const minutes = input.minutes.trim();
  return {
    v: 1,
    title: input.title.trim(),
    howTo: input.howTo.trim(),
    category: isAlternativeCategory(input.category) ? input.category : 'distraction',
    ...(minutes === '' ? {} : { minutes: Number(minutes) }),
  };
}

/** A new id for the person's own idea. */
export const newOwnId = (): string => `${OWN_PREFIX}${crypto.randomUUID()}`;
