// One line of copy for why a tool is suggested, from the ranking's reason (core/what-helps.ts).
import type { WhyItHelps } from '@onward/core';
import { isOne, t } from '../../i18n.ts';

export function whyText(why: WhyItHelps): string {
  switch (why.kind) {
    case 'untried':
      return t('tools.why.untried');
    case 'unrated':
      return isOne(why.uses)
        ? t('tools.why.unratedOne')
        : t('tools.why.unratedMany', { uses: why.uses });
    case 'rated': {
      const line = ratedLine(why);
      // With two or more ratings, how much it usually helps, in whole points.
      const points = Math.round(why.averageDrop);
      if (why.of < 2 || points < 1) return line;
      return `${line} ${isOne(points) ? t('tools.why.averageOne') : t('tools.why.average', { points })}`;
    }
  }
}

function ratedLine(why: Extract<WhyItHelps, { kind: 'rated' }>): string {
  const { helped, of } = why;
  if (why.inContext) {
    if (of === 1) return helped === 1 ? t('tools.why.contextOne') : t('tools.why.contextOneNot');
    return helped === 0
      ? t('tools.why.contextNone', { of })
      : t('tools.why.context', { helped, of });
  }
  if (of === 1) return helped === 1 ? t('tools.why.ratedOne') : t('tools.why.ratedOneNot');
  return helped === 0 ? t('tools.why.ratedNone', { of }) : t('tools.why.rated', { helped, of });
}
