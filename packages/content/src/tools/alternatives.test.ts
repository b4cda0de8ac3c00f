import { describe, expect, it } from 'vitest';
import { lintCopy } from '../content-lint.ts';
import {
  ALTERNATIVE_CATEGORIES,
  alternatives,
  findAlternative,
  isAlternativeCategory,
} from './alternatives.ts';

// The toolkit's own tools share the id space of tool-use records with the library.
const GUIDED_TOOL_IDS = ['urge-surfing', 'breathing', 'grounding', 'tipp'];

describe('the alternatives library', () => {
  it('has at least 40 ideas, in every category', () => {
    expect(alternatives.length).toBeGreaterThanOrEqual(40);
    for (const category of ALTERNATIVE_CATEGORIES) {
      const count = alternatives.filter((a) => a.category === category).length;
      expect(count, category).toBeGreaterThanOrEqual(5);
    }
  });

  it('has unique, stable-looking ids that never clash with the guided tools', () => {
    const ids = alternatives.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(GUIDED_TOOL_IDS).not.toContain(id);
      // The person's own ideas are stored as "own-…".
      expect(id.startsWith('own-')).toBe(false);
    }
  });

  it('gives each idea a short title, a one-line how-to and a time in whole minutes', () => {
    for (const a of alternatives) {
      expect(a.title.length, a.id).toBeGreaterThan(3);
      expect(a.title.length, a.id).toBeLessThanOrEqual(50);
      expect(a.title.endsWith('.'), a.id).toBe(false);
      expect(a.howTo, a.id).not.toMatch(/\n/);
      expect(a.howTo.length, a.id).toBeLessThanOrEqual(110);
      expect(a.howTo, a.id).toMatch(/[.]$/);
      expect(a.howTo, a.id).toBe(a.howTo.trim());
      expect(Number.isInteger(a.minutes), a.id).toBe(true);
      expect(a.minutes, a.id).toBeGreaterThanOrEqual(1);
      expect(a.minutes, a.id).toBeLessThanOrEqual(60);
    }
  });

  it('passes the safe-messaging lint, and suggests nothing that imitates self-harm', () => {
    for (const a of alternatives) {
      expect(lintCopy(a.title), a.id).toEqual([]);
      expect(lintCopy(a.howTo), a.id).toEqual([]);
      // Ideas some lists still give that mimic self-harm or give cold-exposure detail.
      expect(`${a.title} ${a.howTo}`, a.id).not.toMatch(
        /rubber band|\bsnap|\bice\b|marker|draw on (?:your|my)/i,
      );
    }
  });

  it('finds ideas by id and recognises categories', () => {
    expect(findAlternative('squeeze-stress-ball')?.category).toBe('physical-sensations');
    expect(findAlternative('no-such-idea')).toBeUndefined();
    expect(isAlternativeCategory('distraction')).toBe(true);
    expect(isAlternativeCategory('sharp')).toBe(false);
    expect(isAlternativeCategory(3)).toBe(false);
  });
});
