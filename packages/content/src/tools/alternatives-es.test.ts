import { describe, expect, it } from 'vitest';
import { formatViolations, lintTree } from '../content-lint.ts';
import { alternatives } from './alternatives.ts';
import { alternativesIn, alternativesWordingEs, findAlternativeIn } from './alternatives-es.ts';

describe('the alternatives library in Spanish', () => {
  it('has Spanish for every built-in idea, and for nothing else', () => {
    expect(Object.keys(alternativesWordingEs).sort()).toEqual(alternatives.map((a) => a.id).sort());
  });

  it('keeps ids, categories and minutes; changes only the words', () => {
    const es = alternativesIn('es');
    expect(es.map((a) => [a.id, a.category, a.minutes])).toEqual(
      alternatives.map((a) => [a.id, a.category, a.minutes]),
    );
    for (const [i, a] of es.entries()) {
      expect(a.title, a.id).not.toBe(alternatives[i]?.title);
      expect(a.howTo, a.id).not.toBe(alternatives[i]?.howTo);
      expect(a.title, a.id).not.toMatch(/\.$/);
    }
    expect(alternativesIn('en')).toBe(alternatives);
    expect(findAlternativeIn('es', 'jumping-jacks')?.title).toBe('Haz saltos de tijera');
    expect(findAlternativeIn('es', 'nope')).toBeUndefined();
  });

  it('passes the content lint', () => {
    const result = lintTree(alternativesWordingEs, 'alternativesEs');
    expect(result.checked).toBe(alternatives.length * 2);
    expect(formatViolations(result.violations)).toBe('');
  });
});
