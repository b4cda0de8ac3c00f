// /journal: log an urge in one tap, the way into the diary card, chain analyses and check-ins,
// and a calm list of entries by day, each editable and deletable.
import { groupByDay, readChainAnalysis, readUrgeEntry, type UrgeEntry } from '@onward/core';
import { useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { InlineConfirm } from '../../ui/confirm.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { useRecords, vault } from '../../vault/index.ts';
import { entryTime, relativeDay, today } from './dates.ts';
import { emotionLabel, helpedLabel, triggerLabel } from './labels.ts';
import { entryPath, journalPaths } from './paths.ts';
import { takeFlash } from './records.ts';
import { ReminderBanner } from './reminder-banner.tsx';
import './journal.css';

function EntryItem({ id, entry }: { id: string; entry: UrgeEntry }) {
  const [confirming, setConfirming] = useState(false);
  const time = entryTime(entry);
  const triggers = [...entry.triggers.map(triggerLabel), ...entry.ownTriggers];
  const helped = [
    ...entry.helped.map(helpedLabel),
    ...(entry.helpedOther ? [entry.helpedOther] : []),
  ];
  const headingId = `entry-${id}`;
  return (
    <li class="entry card">
      <h4 class="entry-heading" id={headingId}>
        <span>{t('journal.entry.time', { time })}</span>
        <span class="entry-urge">{t('journal.entry.urge', { urge: entry.urge })}</span>
      </h4>
      <p class="entry-acted">
        {entry.acted ? t('journal.entry.actedYes') : t('journal.entry.actedNo')}
      </p>
      {entry.emotions.length > 0 ? (
        <p class="small">
          {t('journal.entry.feelings', { list: entry.emotions.map(emotionLabel).join(', ') })}
        </p>
      ) : null}
      {triggers.length > 0 ? (
        <p class="small">{t('journal.entry.triggers', { list: triggers.join(', ') })}</p>
      ) : null}
      {helped.length > 0 ? (
        <p class="small">{t('journal.entry.helped', { list: helped.join(', ') })}</p>
      ) : null}
      {entry.note ? (
        <p class="small entry-note">{t('journal.entry.note', { note: entry.note })}</p>
      ) : null}
      {confirming ? (
        <InlineConfirm
          question={t('journal.entry.confirmDelete')}
          yes={t('journal.entry.confirmYes')}
          no={t('journal.entry.confirmNo')}
          onYes={() => void vault.delete('journal-urge', id)}
          onNo={() => setConfirming(false)}
        />
      ) : (
        <div class="entry-actions">
          <Link class="button button-secondary button-small" href={entryPath(id)}>
            {t('journal.entry.edit')}
            <span class="visually-hidden"> {t('journal.entry.which', { time })}</span>
          </Link>
          <button
            type="button"
            class="button button-quiet button-small"
            onClick={() => setConfirming(true)}
          >
            {t('journal.entry.delete')}
            <span class="visually-hidden"> {t('journal.entry.which', { time })}</span>
          </button>
        </div>
      )}
    </li>
  );
}

export default function JournalScreen() {
  const [flash] = useState(takeFlash);
  const records = useRecords(vault, 'journal-urge');
  const chains = useRecords(vault, 'journal-chain');
  const entries = records.flatMap((r) => {
    const value = readUrgeEntry(r.value);
    return value ? [{ id: r.id, ...value }] : [];
  });
  const groups = groupByDay(entries);
  const now = today();
  const waiting = chains.some((r) => readChainAnalysis(r.value)?.status === 'not-started');
  return (
    <>
      <PageHeading>{t('journal.title')}</PageHeading>
      <ReminderBanner />
      <p class="lead">{t('journal.intro')}</p>
      <p class="status journal-flash" role="status">
        {flash ?? ''}
      </p>
      <Link class="button button-primary button-block button-large" href={journalPaths.log}>
        {t('journal.logButton')}
      </Link>
      {waiting ? (
        <div class="notice">
          <p>{t('journal.chainWaiting')}</p>
          <p>
            <Link href={journalPaths.chains}>{t('journal.chainWaitingLink')}</Link>
          </p>
        </div>
      ) : null}

      <h2>{t('journal.moreHeading')}</h2>
      <ul class="link-list">
        {(
          [
            [journalPaths.diary, 'journal.diaryLink', 'journal.diaryHint', 'diary'],
            [journalPaths.chains, 'journal.chainLink', 'journal.chainHint', 'chain'],
            [journalPaths.checkIns, 'journal.checkInLink', 'journal.checkInHint', 'check-in'],
            [journalPaths.reminder, 'journal.reminderLink', 'journal.reminderHint', 'reminder'],
          ] as const
        ).map(([href, label, hint, key]) => (
          <li key={key}>
            <Link href={href} aria-describedby={`journal-${key}-hint`}>
              {t(label)}
            </Link>
            <p class="hint" id={`journal-${key}-hint`}>
              {t(hint)}
            </p>
          </li>
        ))}
      </ul>

      <h2>{t('journal.listHeading')}</h2>
      {groups.length === 0 ? (
        <EmptyState text={t('journal.empty')} />
      ) : (
        groups.map((group) => (
          <section key={group.day} class="day-group" aria-labelledby={`day-${group.day}`}>
            <h3 class="day-heading" id={`day-${group.day}`}>
              {relativeDay(group.day, now)}
            </h3>
            <ul class="entries">
              {group.entries.map((entry) => (
                <EntryItem key={entry.id} id={entry.id} entry={entry} />
              ))}
            </ul>
          </section>
        ))
      )}
    </>
  );
}
