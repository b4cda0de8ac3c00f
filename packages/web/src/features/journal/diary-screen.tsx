// /journal/diary[?week=YYYY-MM-DD]: the diary card week by week, like the paper card, with a
// way to fill in today and any other day.
import { addDays, diaryWeek, isLocalDate, readDiaryCard, startOfWeek } from '@onward/core';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecord, useRecords, vault } from '../../vault/index.ts';
import { formatDay, today } from './dates.ts';
import { DiaryGrid } from './diary-grid.tsx';
import { diaryDayPath, diaryWeekPath, journalPaths } from './paths.ts';
import { readSettings, SETTINGS_ID } from './records.ts';
import { ReminderBanner } from './reminder-banner.tsx';
import './journal.css';

export default function DiaryScreen() {
  const now = today();
  const asked = new URLSearchParams(window.location.search).get('week');
  const monday = startOfWeek(isLocalDate(asked) ? asked : now);
  const thisMonday = startOfWeek(now);
  const records = useRecords(vault, 'journal-diary');
  const settings = readSettings(useRecord(vault, 'journal-settings', SETTINGS_ID)?.value);
  const cards = records.flatMap((r) => {
    const card = readDiaryCard(r.value);
    return card ? [card] : [];
  });
  const week = diaryWeek(cards, monday, {
    targets: settings.customTargets,
    emotions: settings.customEmotions,
  });
  const later = addDays(monday, 7);
  return (
    <>
      <PageHeading>{t('journal.diary.title')}</PageHeading>
      <ReminderBanner />
      <p class="lead">{t('journal.diary.intro')}</p>
      <Link class="button button-primary button-block" href={diaryDayPath(now)}>
        {t('journal.diary.fillToday')}
      </Link>
      <h2 id="diary-week-heading">{t('journal.diary.weekCaption', { date: formatDay(monday) })}</h2>
      <nav class="week-nav" aria-labelledby="diary-week-heading">
        <Link
          class="button button-secondary button-small"
          href={diaryWeekPath(addDays(monday, -7))}
        >
          {t('journal.diary.previousWeek')}
        </Link>
        {monday !== thisMonday ? (
          <Link class="button button-secondary button-small" href={diaryWeekPath(now)}>
            {t('journal.diary.thisWeek')}
          </Link>
        ) : null}
        {later <= now ? (
          <Link class="button button-secondary button-small" href={diaryWeekPath(later)}>
            {t('journal.diary.nextWeek')}
          </Link>
        ) : null}
      </nav>
      <p class="small muted">{t('journal.diary.scrollHint')}</p>
      <DiaryGrid week={week} captionId="diary-week-caption" today={now} />
      <p>
        <Link href={journalPaths.journal}>{t('journal.title')}</Link>
      </p>
    </>
  );
}
