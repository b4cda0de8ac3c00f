import { describe, expect, it } from 'vitest';
import { formatViolations, lintCopy, lintTree } from '../content-lint.ts';
import { guideLinks, guideReadability, guideStrings, minutesToRead } from './guide-text.ts';
import { findGuide, GUIDE_IDS, guides } from './index.ts';
import type { GuideId } from './types.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ROUTES = new Set(['/help', '/help/safe', '/help/danger', '/tools', '/plan', '/log']);
/** Guides on heavier topics open with a content note. */
const HEAVY: readonly GuideId[] = [
  'what-is-self-harm',
  'why-people-self-harm',
  'relapse-is-not-failure',
  'for-friends-and-family',
  'getting-urgent-help',
];
const MAX_GRADE = 8;

describe('the guide list', () => {
  it('has every guide once, in the order of GUIDE_IDS', () => {
    expect(guides.map((g) => g.id)).toEqual([...GUIDE_IDS]);
    expect(new Set(guides.map((g) => g.id)).size).toBe(guides.length);
  });

  it('uses kebab-case ids', () => {
    for (const g of guides) expect(g.id).toMatch(KEBAB);
  });

  it('passes the content lint in every string a person reads', () => {
    // lintTree walks every string, ids and link targets included, so nothing slips past
    // guideStrings.
    const { violations, checked } = lintTree(guides, 'guides');
    expect(checked).toBeGreaterThan(100);
    expect(formatViolations(violations)).toBe('');
  });

  it('finds a guide by id, and nothing for an unknown id', () => {
    expect(findGuide('relapse-is-not-failure')?.title).toBe('A relapse is not a failure');
    expect(findGuide('no-such-guide')).toBeUndefined();
    expect(findGuide('')).toBeUndefined();
  });
});

describe.each(guides.map((g) => [g.id, g] as const))('%s', (_id, guide) => {
  it('has a title, a summary and some body text', () => {
    expect(guide.title.trim()).not.toBe('');
    expect(guide.summary.trim()).not.toBe('');
    expect(guide.blocks.filter((b) => b.type === 'p').length).toBeGreaterThan(0);
  });

  it('has no empty strings or empty lists', () => {
    for (const s of guideStrings(guide)) expect(s.trim()).not.toBe('');
    for (const b of guide.blocks) if (b.type === 'list') expect(b.items.length).toBeGreaterThan(0);
  });

  it('links only to guides and routes that exist', () => {
    for (const link of guideLinks(guide)) {
      if (link.kind === 'guide') expect(findGuide(link.id), link.id).toBeDefined();
      else expect(ROUTES.has(link.path), link.path).toBe(true);
    }
  });

  it('links to at least one other guide', () => {
    const others = guideLinks(guide).filter((l) => l.kind === 'guide' && l.id !== guide.id);
    expect(others.length).toBeGreaterThan(0);
  });

  it('ends with one concrete next step', () => {
    expect(guide.nextStep.text.trim()).not.toBe('');
    expect(guide.nextStep.to).toBeDefined();
  });

  it(HEAVY.includes(guide.id) ? 'opens with a content note' : 'may go without a note', () => {
    if (HEAVY.includes(guide.id)) {
      expect(guide.contentNote).toMatch(/help is one tap away/);
      expect(guide.contentNote).toMatch(/stop at any point/);
    } else {
      expect(guide.contentNote === undefined || guide.contentNote.trim() !== '').toBe(true);
    }
  });

  it('takes 2–4 minutes to read, and says so within a minute', () => {
    const { totalWords } = guideReadability(guide);
    expect(totalWords).toBeGreaterThanOrEqual(350);
    expect(totalWords).toBeLessThanOrEqual(700);
    expect(Math.abs(guide.minutes - totalWords / 200)).toBeLessThanOrEqual(1);
    expect(guide.minutes).toBe(minutesToRead(totalWords));
  });

  it(`reads at Flesch–Kincaid grade ${MAX_GRADE} or below`, () => {
    expect(guideReadability(guide).grade).toBeLessThanOrEqual(MAX_GRADE);
  });

  it('keeps sentences short', () => {
    // Long sentences are the quickest way to lose a reader who is struggling.
    const { words, sentences } = guideReadability(guide);
    expect(words / sentences).toBeLessThanOrEqual(15);
  });

  it('passes the content lint, string by string', () => {
    for (const s of guideStrings(guide)) expect(lintCopy(s), s).toEqual([]);
  });

  it('never cheers with exclamation marks', () => {
    for (const s of guideStrings(guide)) expect(s).not.toContain('!');
  });
});
