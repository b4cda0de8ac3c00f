// The progress figures in words, for the progress screen and home. Only totals that grow are
// used on home (self-harm-free days in total, urges ridden out, skills practised): nothing there
// counts down or starts again.
import type { Progress } from '@onward/core';
import { isOne, t } from '../../i18n.ts';

export const daysText = (n: number): string =>
  n === 0 ? t('progress.none') : isOne(n) ? t('progress.dayOne') : t('progress.days', { count: n });

export const countText = (n: number): string => (n === 0 ? t('progress.none') : String(n));

/** "Self-harm-free days in total: 12 days", and the same for urges and skills, leaving out noughts. */
export function growingTotals(p: Progress): string[] {
  const out: string[] = [];
  if (p.freeDaysTotal > 0) out.push(`${t('progress.freeTotal')}: ${daysText(p.freeDaysTotal)}`);
  if (p.urgesRiddenOut > 0) out.push(`${t('progress.urges')}: ${countText(p.urgesRiddenOut)}`);
  if (p.skillsPractised > 0) out.push(`${t('progress.skills')}: ${countText(p.skillsPractised)}`);
  return out;
}
