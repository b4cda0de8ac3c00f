import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersIn, linesInLanguageOrder } from './lines-by-language.ts';

const line = (id: string, languages: string[]) => ({ id, languages });

describe('linesInLanguageOrder', () => {
  const us = [
    line('us-988-lifeline', ['en']),
    line('us-crisis-text-line', ['en']),
    line('us-veterans-crisis-line', ['en']),
    line('us-988-lifeline-spanish', ['es']),
  ];

  it('puts lines answering in the language first, keeping the rest', () => {
    expect(linesInLanguageOrder(us, 'es').map((l) => l.id)).toEqual([
      'us-988-lifeline-spanish',
      'us-988-lifeline',
      'us-crisis-text-line',
      'us-veterans-crisis-line',
    ]);
  });

  it('keeps the directory order when every line, or none, answers in the language', () => {
    expect(linesInLanguageOrder(us.slice(0, 3), 'en')).toEqual(us.slice(0, 3));
    expect(linesInLanguageOrder(us.slice(0, 3), 'fr')).toEqual(us.slice(0, 3));
  });

  it('matches by primary language subtag, in any case', () => {
    expect(answersIn(line('x', ['es']), 'es-MX')).toBe(true);
    expect(answersIn(line('x', ['es-419']), 'ES')).toBe(true);
    expect(answersIn(line('x', ['en', 'fr']), 'fr-CA')).toBe(true);
    expect(answersIn(line('x', ['en']), 'es')).toBe(false);
    expect(answersIn(line('x', ['en']), '')).toBe(false);
  });

  it('never drops, duplicates or invents a line, and is stable within each group', () => {
    const tag = fc.constantFrom('en', 'es', 'fr', 'es-MX', 'de');
    fc.assert(
      fc.property(
        fc.array(fc.array(tag, { minLength: 1, maxLength: 3 }), { maxLength: 12 }),
        tag,
        (langs, wanted) => {
          const lines = langs.map((l, i) => line(String(i), l));
          const out = linesInLanguageOrder(lines, wanted);
          expect([...out].sort((a, b) => Number(a.id) - Number(b.id))).toEqual(lines);
          const firstGroup = out.filter((l) => answersIn(l, wanted));
          expect(out.slice(0, firstGroup.length)).toEqual(firstGroup);
          const ids = (ls: typeof lines) => ls.map((l) => Number(l.id));
          const isSorted = (xs: number[]) => xs.every((x, i) => i === 0 || (xs[i - 1] ?? 0) < x);
          expect(isSorted(ids(firstGroup))).toBe(true);
          expect(isSorted(ids(out.slice(firstGroup.length)))).toBe(true);
        },
      ),
    );
  });
});
