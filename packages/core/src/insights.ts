// Every insight for one period, in one call: what the insights screen and the report show.
// Pure and fast (one pass per kind of record): see bench/insights.ts for ten years of data.
import { type CheckInsInsight, checkInsInsight } from './insights-check-ins.ts';
import { type DiaryWeeksInsight, diaryWeeksInsight } from './insights-diary-weeks.ts';
import { type InsightsInput, type PeriodRange, recordsInPeriod } from './insights-input.ts';
import { type TriggersInsight, triggersInsight } from './insights-triggers.ts';
import { type UrgesInsight, urgesInsight } from './insights-urges.ts';
import {
  type SkillsUrgesInsight,
  skillsUrgesInsight,
  type WhatHelpsInsight,
  whatHelpsInsight,
} from './insights-what-helps.ts';
import { type WhenInsight, whenInsight } from './insights-when.ts';

/** Fewer distinct days with records than this, and the screen says it is early days. */
export const ENOUGH_DAYS = 7;

export interface Insights {
  range: PeriodRange;
  daysWithData: number;
  /** True with fewer than ENOUGH_DAYS days with records: say so kindly, show what there is. */
  early: boolean;
  urges: UrgesInsight;
  triggers: TriggersInsight;
  when: WhenInsight;
  whatHelps: WhatHelpsInsight;
  skillsUrges: SkillsUrgesInsight;
  checkIns: CheckInsInsight;
  diaryWeeks: DiaryWeeksInsight;
}

export function computeInsights(input: InsightsInput): Insights {
  const records = recordsInPeriod(input);
  return {
    range: records.range,
    daysWithData: records.daysWithData,
    early: records.daysWithData < ENOUGH_DAYS,
    urges: urgesInsight(records),
    triggers: triggersInsight(records),
    when: whenInsight(records),
    whatHelps: whatHelpsInsight(records),
    skillsUrges: skillsUrgesInsight(records),
    checkIns: checkInsInsight(records),
    diaryWeeks: diaryWeeksInsight(records),
  };
}
