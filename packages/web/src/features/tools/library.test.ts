import { type Alternative, alternatives } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { filterLibrary, libraryItems, newOwnId, ownProblems, toOwnAlternative } from './library.ts';
import type { AlternativePref } from './records.ts';

const builtIn: Alternative[] = [
  { id: 'a', category: 'distraction', title: 'A', howTo: 'Do A.', minutes: 5 },
  { id: 'b', category: 'creative-arts', title: 'B', howTo: 'Do B.', minutes: 10 },
  { id: 'c', category: 'distraction', title: 'C', howTo: 'Do C.', minutes: 1 },
];

const own = [
  {
    id: 'own-1',
    value: { v: 1 as const, title: 'Call Sam', howTo: '', category: 'distraction' as const },
  },
];

const prefs = (entries: [string, Partial<AlternativePref>][]) =>
  new Map(entries.map(([id, p]) => [id, { favourite: false, hidden: false, ...p }]));

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('the library as the person sees it', () => {
  it('lists the built-in ideas, then the person’s own', () => {
    const items = libraryItems(own, builtIn);
    expect(ids(items)).toEqual(['a', 'b', 'c', 'own-1']);
    expect(items[3]).toMatchObject({ own: true, title: 'Call Sam' });
    expect(items[0]?.own).toBe(false);
    expect(libraryItems([]).length).toBe(alternatives.length);
  });

  it('filters by category or favourites, and never shows hidden ideas', () => {
    const items = libraryItems(own, builtIn);
    const p = prefs([
      ['a', { hidden: true, favourite: true }],
      ['b', { favourite: true }],
    ]);
    expect(ids(filterLibrary(items, p, 'all').shown)).toEqual(['b', 'c', 'own-1']);
    expect(ids(filterLibrary(items, p, 'distraction').shown)).toEqual(['c', 'own-1']);
    expect(ids(filterLibrary(items, p, 'favourites').shown)).toEqual(['b']);
    expect(ids(filterLibrary(items, p, 'self-compassion').shown)).toEqual([]);
    expect(ids(filterLibrary(items, p, 'all').hidden)).toEqual(['a']);
  });
});

describe('adding your own idea', () => {
  const input = {
    title: '  Call Sam ',
    howTo: ' Just say hi. ',
    category: 'distraction',
    minutes: '',
  };

  it('keeps a trimmed idea, with minutes only when given', () => {
    expect(ownProblems(input)).toEqual({});
    expect(toOwnAlternative(input)).toEqual({
      v: 1,
      title: 'Call Sam',
      howTo: 'Just say hi.',
      category: 'distraction',
    });
    expect(toOwnAlternative({ ...input, minutes: '15' })?.minutes).toBe(15);
  });

  it('says what to fix, field by field', () => {
    expect(ownProblems({ ...input, title: '   ' })).toEqual({ title: 'title-missing' });
    expect(ownProblems({ ...input, title: 'x'.repeat(81) })).toEqual({ title: 'title-long' });
    expect(ownProblems({ ...input, howTo: 'y'.repeat(201) })).toEqual({ howTo: 'how-long' });
    for (const bad of ['0', '121', '2.5', 'ten']) {
      expect(ownProblems({ ...input, minutes: bad })).toEqual({ minutes: 'minutes' });
    }
    expect(toOwnAlternative({ ...input, title: '' })).toBeUndefined();
  });

  it('falls back to a known category and makes "own-" ids', () => {
    expect(toOwnAlternative({ ...input, category: 'nope' })?.category).toBe('distraction');
    expect(newOwnId()).toMatch(/^own-[0-9a-f-]{36}$/);
  });
});
