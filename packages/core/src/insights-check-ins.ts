// PHQ-9 and GAD-7 over time, each score with its published band, shown as a "symptom level"
// (how much symptoms bothered the person over two weeks): never a risk level.
import { type Instrument, MAX_TOTAL, type SymptomBand, scoreAnswers } from './assessments.ts';
import type { LocalDate } from './calendar-day.ts';
import type { PeriodRecords, Sentence } from './insights-input.ts';

export interface ScorePoint {
  at: string;
  day: LocalDate;
  offsetMinutes: number;
  total: number;
  band: SymptomBand;
}

export interface CheckInSeries {
  instrument: Instrument;
  max: number;
  /** Oldest first. */
  points: ScorePoint[];
  sentence: Sentence;
}

export interface CheckInsInsight {
  phq9: CheckInSeries;
  gad7: CheckInSeries;
}

function series(records: PeriodRecords, instrument: Instrument): CheckInSeries {
  const points: ScorePoint[] = [];
  for (const c of records.checkIns) {
    if (c.instrument !== instrument) continue;
    const score = scoreAnswers(instrument, c.answers);
    if (!score.ok) continue;
    points.push({ at: c.at, day: c.day, offsetMinutes: c.offsetMinutes, ...score.value });
  }
  // Oldest first; same instant by total, so the order of the records never matters.
  points.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.total - b.total);
  const first = points[0];
  const last = points[points.length - 1];
  let sentence: Sentence;
  if (!first || !last)
    sentence = { key: 'insights.checkIns.sentence.none', params: { instrument } };
  else if (points.length === 1) {
    sentence = {
      key: 'insights.checkIns.sentence.one',
      params: { instrument, total: last.total, max: MAX_TOTAL[instrument], band: last.band },
    };
  } else {
    sentence = {
      key: 'insights.checkIns.sentence',
      params: {
        instrument,
        count: points.length,
        first: first.total,
        last: last.total,
        max: MAX_TOTAL[instrument],
        band: last.band,
      },
    };
  }
  return { instrument, max: MAX_TOTAL[instrument], points, sentence };
}

export function checkInsInsight(records: PeriodRecords): CheckInsInsight {
  return { phq9: series(records, 'phq9'), gad7: series(records, 'gad7') };
}
