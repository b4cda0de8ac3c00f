// The head and rows of a PHQ-9 or GAD-7 table (date, score out of the most, symptom level),
// shared by the insights screen's table alternative and the clinician report.
import type { Insights } from '@onward/core/insights';
import { t } from '../../i18n.ts';
import { formatFullDate } from '../journal/dates.ts';
import { bandLabel } from '../journal/labels.ts';

type ScoreSeries = Insights['checkIns']['phq9'];

export function ScoreRows({ series }: { series: ScoreSeries }) {
  return (
    <>
      <thead>
        <tr>
          <th scope="col">{t('insights.checkIns.date')}</th>
          <th scope="col">{t('insights.checkIns.score')}</th>
          <th scope="col">{t('insights.checkIns.level')}</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((p) => (
          <tr key={p.at}>
            <th scope="row">{formatFullDate(p.day)}</th>
            <td>
              {p.total} / {series.max}
            </td>
            <td>{bandLabel(p.band)}</td>
          </tr>
        ))}
      </tbody>
    </>
  );
}
