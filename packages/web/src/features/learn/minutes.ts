import { isOne, t } from '../../i18n.ts';

/** "About 3 minutes to read". */
export function readingTime(minutes: number): string {
  return isOne(minutes) ? t('learn.oneMinute') : t('learn.minutes', { minutes });
}
