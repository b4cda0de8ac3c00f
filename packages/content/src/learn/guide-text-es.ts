// Readability of a Spanish guide: the same running text as guide-text.ts (contentNote,
// paragraphs, list items, notes, links, next step; headings left out), measured with the
// Spanish syllable counter and formulas.
import { firstAidEs } from '../first-aid-es.ts';
import { proseUnits } from './guide-text.ts';
import type { TextStats } from './readability.ts';
import {
  fernandezHuerta,
  fernandezHuertaBand,
  inflesz,
  szigrisztPazos,
  textStatsEs,
} from './readability-es.ts';
import type { Guide } from './types.ts';

export interface GuideReadabilityEs extends TextStats {
  /** Words a person reads on the page, headings included; the basis of `minutes`. */
  totalWords: number;
  fernandezHuerta: number;
  fernandezHuertaBand: string;
  szigrisztPazos: number;
  inflesz: string;
}

export function guideReadabilityEs(guide: Guide): GuideReadabilityEs {
  const sections = [firstAidEs.callNow, firstAidEs.emergencyDepartment, firstAidEs.adviceSoon];
  const prose = textStatsEs(proseUnits(guide, { sections, adviceWhere: firstAidEs.adviceWhere }));
  const headings = guide.blocks.flatMap((b) =>
    b.type === 'h2' ? [b.text] : b.type === 'first-aid' ? sections.map((s) => s.heading) : [],
  );
  const totalWords = textStatsEs([guide.title, ...headings]).words + prose.words;
  const fh = fernandezHuerta(prose);
  const sp = szigrisztPazos(prose);
  return {
    ...prose,
    totalWords,
    fernandezHuerta: fh,
    fernandezHuertaBand: fernandezHuertaBand(fh),
    szigrisztPazos: sp,
    inflesz: inflesz(sp),
  };
}
