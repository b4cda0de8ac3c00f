import { describe, expect, it } from 'vitest';
import { formatViolations, lintCopy, lintTree } from '../content-lint.ts';
import { guideLinks, guideStrings, minutesToRead } from './guide-text.ts';
import { guideReadabilityEs } from './guide-text-es.ts';
import { guidesEs } from './guides-es.ts';
import { guides } from './index.ts';

/** "Fácil" or better on the Fernández-Huerta scale (80–90 fácil, 90+ muy fácil). */
const MIN_FERNANDEZ_HUERTA = 80;

describe('the Spanish guides', () => {
  it('are the English guides, in the same order', () => {
    expect(guidesEs.map((g) => g.id)).toEqual(guides.map((g) => g.id));
  });

  it('pass the content lint (English and Spanish terms) in every string', () => {
    const { violations, checked } = lintTree(guidesEs, 'guidesEs');
    expect(checked).toBeGreaterThan(100);
    expect(formatViolations(violations)).toBe('');
  });
});

describe.each(guidesEs.map((g) => [g.id, g] as const))('%s (es)', (id, guide) => {
  const english = guides.find((g) => g.id === id);
  if (!english) throw new Error(`no English guide ${id}`);

  it('mirrors the English guide block by block, with the same links', () => {
    expect(guide.blocks.map((b) => b.type)).toEqual(english.blocks.map((b) => b.type));
    expect(guideLinks(guide)).toEqual(guideLinks(english));
    for (const [i, b] of guide.blocks.entries()) {
      const e = english.blocks[i];
      if (b.type === 'list' && e?.type === 'list') expect(b.items.length).toBe(e.items.length);
    }
    expect(guide.contentNote === undefined).toBe(english.contentNote === undefined);
  });

  it('is written in Spanish: no string is the English one', () => {
    const en = new Set(guideStrings(english));
    // Initialisms (DBT) read the same in both languages.
    for (const s of guideStrings(guide))
      if (!/^[A-Z]{2,5}$/.test(s)) expect(en.has(s), s).toBe(false);
  });

  it('opens a heavier topic with a note that says you can stop and help is a tap away', () => {
    if (guide.contentNote === undefined) return;
    expect(guide.contentNote).toMatch(/Puedes parar cuando quieras/);
    expect(guide.contentNote).toMatch(/La ayuda está a un toque/);
  });

  it('says how long it takes to read, within a minute', () => {
    const { totalWords } = guideReadabilityEs(guide);
    expect(guide.minutes).toBe(minutesToRead(totalWords));
  });

  it(`reads as "fácil" or better (Fernández-Huerta ${MIN_FERNANDEZ_HUERTA} or above)`, () => {
    const r = guideReadabilityEs(guide);
    expect(r.fernandezHuerta).toBeGreaterThanOrEqual(MIN_FERNANDEZ_HUERTA);
    expect(['fácil', 'muy fácil']).toContain(r.fernandezHuertaBand);
  });

  it('keeps sentences short', () => {
    const { words, sentences } = guideReadabilityEs(guide);
    expect(words / sentences).toBeLessThanOrEqual(15);
  });

  it('passes the content lint string by string, and never cheers', () => {
    for (const s of guideStrings(guide)) {
      expect(lintCopy(s), s).toEqual([]);
      expect(s).not.toMatch(/[!¡]/);
    }
  });
});
