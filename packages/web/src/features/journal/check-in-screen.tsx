// /journal/check-in: the optional PHQ-9 and GAD-7, and each one's totals over time. The
// published bands are shown as a "symptom level"; there is no risk score or level anywhere.
import { questionnairesIn } from '@onward/content';
import { checkInTrend, type Instrument, MAX_TOTAL, readCheckIn } from '@onward/core';
import { language, t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecords, vault } from '../../vault/index.ts';
import { checkInPath, journalPaths } from './paths.ts';
import { ScoreChart } from './score-chart.tsx';
import './journal.css';

const { phq9, gad7 } = questionnairesIn(language);

const INSTRUMENTS: {
  id: Instrument;
  start: 'journal.checkIn.startPhq9' | 'journal.checkIn.startGad7';
  name: string;
}[] = [
  { id: 'phq9', start: 'journal.checkIn.startPhq9', name: phq9.name },
  { id: 'gad7', start: 'journal.checkIn.startGad7', name: gad7.name },
];

export default function CheckInScreen() {
  const records = useRecords(vault, 'journal-check-in');
  const checkIns = records.flatMap((r) => {
    const c = readCheckIn(r.value);
    return c ? [c] : [];
  });
  return (
    <>
      <PageHeading>{t('journal.checkIn.title')}</PageHeading>
      <p class="lead">{t('journal.checkIn.intro')}</p>
      <ul class="link-list">
        {INSTRUMENTS.map((i) => (
          <li key={i.id}>
            <Link href={checkInPath(i.id)} aria-describedby="check-in-how-long">
              {t(i.start)}
            </Link>
          </li>
        ))}
      </ul>
      <p class="hint" id="check-in-how-long">
        {t('journal.checkIn.howLong')}
      </p>
      {INSTRUMENTS.map((i) => {
        const points = checkInTrend(checkIns, i.id);
        return (
          <section key={i.id} aria-labelledby={`trend-${i.id}`}>
            <h2 id={`trend-${i.id}`}>{t('journal.checkIn.trendHeading', { name: i.name })}</h2>
            {points.length === 0 ? (
              <p class="muted">{t('journal.checkIn.trendEmpty', { name: i.name })}</p>
            ) : (
              <ScoreChart points={points} max={MAX_TOTAL[i.id]} name={i.name} />
            )}
          </section>
        );
      })}
      <p>
        <Link href={journalPaths.journal}>{t('journal.title')}</Link>
      </p>
    </>
  );
}
