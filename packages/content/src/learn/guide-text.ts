// Pulls the words out of a guide, so the tests and scripts/readability.ts measure and lint
// exactly what a person reads.

import { type FirstAidSection, firstAid, firstAidSections } from '../first-aid.ts';
import { fleschKincaidGrade, fleschReadingEase, type TextStats, textStats } from './readability.ts';
import type { AppLink, Guide } from './types.ts';

/** Every string in a guide that a person may see, for the content lint. */
export function guideStrings(guide: Guide): string[] {
  const out = [guide.title, guide.summary];
  if (guide.contentNote !== undefined) out.push(guide.contentNote);
  for (const block of guide.blocks) {
    if (block.type === 'list') out.push(...block.items);
    // The first-aid facts are linted in first-aid.test.ts, under the first-aid allow-list.
    else if (block.type !== 'first-aid') out.push(block.text);
  }
  out.push(guide.nextStep.text);
  return out;
}

/**
 * The running text of a guide, one unit per paragraph, list item, note or link. Headings and
 * the title are left out: they are labels, not sentences, and counting them would flatter the
 * grade.
 */
export function proseUnits(
  guide: Guide,
  facts: {
    sections: readonly FirstAidSection[];
    adviceWhere: string;
  } = { sections: firstAidSections, adviceWhere: firstAid.adviceWhere },
): string[] {
  const out: string[] = [];
  if (guide.contentNote !== undefined) out.push(guide.contentNote);
  for (const block of guide.blocks) {
    if (block.type === 'list') out.push(...block.items);
    else if (block.type === 'first-aid') {
      for (const section of facts.sections) out.push(...section.items);
      out.push(facts.adviceWhere);
    } else if (block.type !== 'h2') out.push(block.text);
  }
  out.push(guide.nextStep.text);
  return out;
}

/** Every link in a guide, including its next step. */
export function guideLinks(guide: Guide): AppLink[] {
  const out: AppLink[] = [];
  for (const block of guide.blocks) if (block.type === 'link') out.push(block.to);
  out.push(guide.nextStep.to);
  return out;
}

export interface GuideReadability extends TextStats {
  /** Words a person reads on the page, headings included; the basis of `minutes`. */
  totalWords: number;
  readingEase: number;
  grade: number;
}

export function guideReadability(guide: Guide): GuideReadability {
  const prose = textStats(proseUnits(guide));
  const headings = guide.blocks.flatMap((b) =>
    b.type === 'h2'
      ? [b.text]
      : b.type === 'first-aid'
        ? firstAidSections.map((s) => s.heading)
        : [],
  );
  const totalWords = textStats([guide.title, ...headings]).words + prose.words;
  return {
    ...prose,
    totalWords,
    readingEase: fleschReadingEase(prose),
    grade: fleschKincaidGrade(prose),
  };
}

/** Reading time in whole minutes at about 200 words a minute, never less than 1. */
export function minutesToRead(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
