// /progress: the person's figures, from @onward/core's relapse-aware progress. A few clear
// numbers; the current stretch shown gently and hideable (remembered); the 30-day comparison in
// neutral words; milestones as one quiet line; a small chart of weeks with a table alternative.
// The copy never talks of anything ending or going back, and nothing cheers.
import type { Progress, Trend } from '@onward/core';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { useRecord, vault } from '../../vault/index.ts';
import { journalPaths } from '../journal/paths.ts';
import { useProgress } from '../journal/progress-input.ts';
import { readSettings, SETTINGS_ID, updateSettings } from '../journal/records.ts';
import { ReminderBanner } from '../journal/reminder-banner.tsx';
import { WeekChart } from './week-chart.tsx';
import { countText, daysText } from './words.ts';
import '../journal/journal.css';
import './progress.css';

const days = daysText;

function Figure({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div class="figure" id={id}>
      <dt class="figure-label">{label}</dt>
      <dd class="figure-value">{value}</dd>
    </div>
  );
}

function trendText(trend: Exclude<Trend, 'none'>): string {
  switch (trend) {
    case 'fewer':
      return t('progress.trend.fewer');
    case 'same':
      return t('progress.trend.same');
    case 'more':
      return t('progress.trend.more');
    case 'not-enough-time':
      return t('progress.trend.notEnoughTime');
  }
}

function TrendSection({ p }: { p: Progress }) {
  if (p.trend === 'none') return null;
  return (
    <section aria-labelledby="progress-trend-heading">
      <h2 id="progress-trend-heading">{t('progress.trendHeading')}</h2>
      {p.trend === 'not-enough-time' ? null : (
        <p>
          {t('progress.trendCounts', { last: p.episodesLast30, previous: p.episodesPrevious30 })}
        </p>
      )}
      <p>{trendText(p.trend)}</p>
      {p.trend === 'more' ? (
        <p>
          <Link href={journalPaths.plan}>{t('progress.trendPlan')}</Link>
        </p>
      ) : null}
    </section>
  );
}

export default function ProgressScreen() {
  const p = useProgress(8);
  const settings = readSettings(useRecord(vault, 'journal-settings', SETTINGS_ID)?.value);
  const hidden = settings.hideCurrentStretch;
  const toggle = () =>
    void updateSettings((s) => ({ ...s, hideCurrentStretch: !s.hideCurrentStretch }));

  if (p.firstDay === null) {
    return (
      <>
        <PageHeading>{t('progress.title')}</PageHeading>
        <ReminderBanner />
        <EmptyState text={t('progress.empty')}>
          <ul class="link-list">
            <li>
              <Link href={journalPaths.log}>{t('progress.emptyLog')}</Link>
            </li>
            <li>
              <Link href={journalPaths.diary}>{t('progress.emptyDiary')}</Link>
            </li>
          </ul>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('progress.title')}</PageHeading>
      <ReminderBanner />
      <p class="lead">{t('progress.intro')}</p>
      {p.milestone !== null ? (
        <p class="milestone">{t('progress.milestone', { count: p.milestone })}</p>
      ) : null}

      <section aria-labelledby="progress-figures-heading">
        <h2 id="progress-figures-heading">{t('progress.figuresHeading')}</h2>
        <dl class="figures">
          <Figure
            id="fig-month"
            label={t('progress.freeMonth')}
            value={days(p.freeDaysThisMonth)}
          />
          <Figure id="fig-total" label={t('progress.freeTotal')} value={days(p.freeDaysTotal)} />
          <Figure id="fig-longest" label={t('progress.longest')} value={days(p.longestStretch)} />
          <Figure id="fig-urges" label={t('progress.urges')} value={countText(p.urgesRiddenOut)} />
          <Figure
            id="fig-skills"
            label={t('progress.skills')}
            value={countText(p.skillsPractised)}
          />
        </dl>
        <div class="current-stretch">
          {hidden ? (
            <p class="muted">{t('progress.currentHidden')}</p>
          ) : (
            <p class="figure-line">
              <span class="figure-label">{t('progress.current')}</span>{' '}
              <span class="figure-inline">
                {p.currentStretch > 0 ? days(p.currentStretch) : t('progress.currentNone')}
              </span>
            </p>
          )}
          <button type="button" class="button button-secondary button-small" onClick={toggle}>
            {hidden ? t('progress.showCurrent') : t('progress.hideCurrent')}
          </button>
        </div>
      </section>

      <TrendSection p={p} />

      <section aria-labelledby="progress-weeks-heading">
        <h2 id="progress-weeks-heading">{t('progress.weeksHeading')}</h2>
        <WeekChart weeks={p.weeks} />
      </section>

      <section aria-labelledby="progress-how-heading">
        <h2 id="progress-how-heading">{t('progress.howHeading')}</h2>
        <p class="small">{t('progress.how')}</p>
        <p class="small">{t('progress.howSkills')}</p>
      </section>
      <p>
        <Link href={journalPaths.journal}>{t('progress.journalLink')}</Link>
      </p>
    </>
  );
}
