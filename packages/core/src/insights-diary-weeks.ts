// The diary card's targets, emotions and skills over weeks: for each week with a card, the
// average rating of each row over the days filled in, and the days a target was acted on.
// Blanks are left out of averages (a blank is "not filled in", never a zero).
import type { LocalDate } from './calendar-day.ts';
import { STANDARD_EMOTIONS, STANDARD_TARGETS } from './diary-card.ts';
import { mondayOf } from './insights-days.ts';
import type { PeriodRecords, Sentence } from './insights-input.ts';

export interface Tally {
  sum: number;
  n: number;
}

export interface DiaryWeekSummary {
  /** The Monday. */
  start: LocalDate;
  cards: number;
  /** Average urge per target (0–5) by target id (standard or custom), null when never rated. */
  targetUrge: Record<string, number | null>;
  /** Days each target was acted on. */
  targetActed: Record<string, number>;
  /** Average emotion rating (0–5) by emotion id (standard or custom). */
  emotions: Record<string, number | null>;
  /** Average skills rating (0–7). */
  skills: number | null;
  /** Days with skills rated 3 or more. */
  skillsDays: number;
}

export interface DiaryWeeksInsight {
  /** Oldest first. */
  weeks: DiaryWeekSummary[];
  /** Custom target and emotion ids seen, sorted. */
  customTargets: string[];
  customEmotions: string[];
  sentence: Sentence;
}

interface WeekTally {
  cards: number;
  targetUrge: Map<string, Tally>;
  targetActed: Map<string, number>;
  emotions: Map<string, Tally>;
  skills: Tally;
  skillsDays: number;
}

const add = (map: Map<string, Tally>, key: string, value: number | null) => {
  if (value === null) return;
  const t = map.get(key) ?? { sum: 0, n: 0 };
  t.sum += value;
  t.n++;
  map.set(key, t);
};

const mean = (t: Tally | undefined) => (t === undefined || t.n === 0 ? null : t.sum / t.n);

export function diaryWeeksInsight(records: PeriodRecords): DiaryWeeksInsight {
  const weeks = new Map<number, WeekTally>();
  const customTargets = new Set<string>();
  const customEmotions = new Set<string>();
  for (const c of records.cards) {
    const monday = mondayOf(records.days.num(c.day));
    let w = weeks.get(monday);
    if (!w) {
      w = {
        cards: 0,
        targetUrge: new Map(),
        targetActed: new Map(),
        emotions: new Map(),
        skills: { sum: 0, n: 0 },
        skillsDays: 0,
      };
      weeks.set(monday, w);
    }
    w.cards++;
    const targets: [string, { urge: number | null; acted: boolean | null }][] = [
      ...STANDARD_TARGETS.map((t) => [t, c.targets[t]] as [string, typeof c.targets.selfHarm]),
      ...Object.entries(c.customTargets),
    ];
    for (const id of Object.keys(c.customTargets)) customTargets.add(id);
    for (const id of Object.keys(c.customEmotions)) customEmotions.add(id);
    for (const [id, rating] of targets) {
      add(w.targetUrge, id, rating.urge);
      if (rating.acted === true) w.targetActed.set(id, (w.targetActed.get(id) ?? 0) + 1);
    }
    for (const e of STANDARD_EMOTIONS) add(w.emotions, e, c.emotions[e]);
    for (const [id, v] of Object.entries(c.customEmotions)) add(w.emotions, id, v);
    if (c.skills !== null) {
      w.skills.sum += c.skills;
      w.skills.n++;
      if (c.skills >= 3) w.skillsDays++;
    }
  }
  const targetIds = [...STANDARD_TARGETS, ...[...customTargets].sort()];
  const emotionIds = [...STANDARD_EMOTIONS, ...[...customEmotions].sort()];
  const summaries: DiaryWeekSummary[] = [...weeks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([monday, w]) => ({
      start: records.days.date(monday),
      cards: w.cards,
      targetUrge: Object.fromEntries(targetIds.map((id) => [id, mean(w.targetUrge.get(id))])),
      targetActed: Object.fromEntries(targetIds.map((id) => [id, w.targetActed.get(id) ?? 0])),
      emotions: Object.fromEntries(emotionIds.map((id) => [id, mean(w.emotions.get(id))])),
      skills: mean(w.skills),
      skillsDays: w.skillsDays,
    }));
  const cards = summaries.reduce((n, w) => n + w.cards, 0);
  return {
    weeks: summaries,
    customTargets: [...customTargets].sort(),
    customEmotions: [...customEmotions].sort(),
    sentence:
      summaries.length === 0
        ? { key: 'insights.diary.sentence.none', params: {} }
        : { key: 'insights.diary.sentence', params: { weeks: summaries.length, cards } },
  };
}
