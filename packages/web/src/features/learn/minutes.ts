import { t } from '../../i18n.ts';

/** "About 3 minutes to read". */
export function readingTime(minutes: number): string {
  return minutes === 1 ? t('learn.oneMinute') : t('learn.minutes', { minutes });
}
