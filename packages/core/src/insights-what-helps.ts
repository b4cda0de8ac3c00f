// What helps: how much each tool has eased the urge for this person in the period, from the
// "what helps me" ranking model (what-helps.ts), with how sure that estimate is. And, on diary
// card days, how skills use and urge levels went together: described as what went together,
// never as cause.
//
// DEFINITIONS:
// - Per tool: the model's expected drop (posterior mean, urge points on 0–10) and its spread;
//   `observedDrop` is the plain average of rated uses (before minus after); `sureness` is
//   'early' under 3 rated uses, 'some' under 10, else 'more' (more uses, narrower estimate).
//   Candidates are the tools used in the period, in id order, so the result never depends on
//   the order of the records.
// - Skills and urges: diary cards with both a skills rating (0–7) and a self-harm urge (0–5).
//   "Skills used" means a rating of 3 or more (tried or used skills, as progress.ts counts).
import { SKILLS_MAX, SKILLS_PRACTISED_FROM } from './diary-card.ts';
import type { PeriodRecords, Sentence } from './insights-input.ts';
import { rankTools, type ToolUse } from './what-helps.ts';

export type Sureness = 'early' | 'some' | 'more';

export interface ToolHelp {
  tool: string;
  uses: number;
  rated: number;
  /** Model estimate of the usual drop, urge points. */
  expectedDrop: number;
  /** The model's standard deviation for that estimate. */
  uncertainty: number;
  /** The plain average drop of rated uses, or null with none. */
  observedDrop: number | null;
  sureness: Sureness;
}

export interface WhatHelpsInsight {
  /** Rated tools first, best estimate first; unrated tools after, by id. */
  tools: ToolHelp[];
  sentence: Sentence;
}

const isRating = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 10;

export const surenessOf = (rated: number): Sureness =>
  rated < 3 ? 'early' : rated < 10 ? 'some' : 'more';

export function whatHelpsInsight(records: PeriodRecords): WhatHelpsInsight {
  const uses: ToolUse[] = records.toolUses.map((u) => u.use);
  const sums = new Map<string, { sum: number; n: number }>();
  for (const u of uses) {
    const s = sums.get(u.tool) ?? { sum: 0, n: 0 };
    if (isRating(u.urgeBefore) && isRating(u.urgeAfter)) {
      s.sum += u.urgeBefore - u.urgeAfter;
      s.n++;
    }
    sums.set(u.tool, s);
  }
  const candidates = [...sums.keys()].sort();
  const ranking = rankTools(uses, candidates);
  const tools: ToolHelp[] = ranking.map((s) => {
    const own = sums.get(s.tool) ?? { sum: 0, n: 0 };
    return {
      tool: s.tool,
      uses: s.uses,
      rated: s.rated,
      expectedDrop: s.expectedDrop,
      uncertainty: s.uncertainty,
      observedDrop: own.n === 0 ? null : own.sum / own.n,
      sureness: surenessOf(s.rated),
    };
  });
  tools.sort((a, b) => {
    if (a.rated > 0 !== b.rated > 0) return a.rated > 0 ? -1 : 1;
    if (a.rated > 0 && b.expectedDrop !== a.expectedDrop) return b.expectedDrop - a.expectedDrop;
    return a.tool < b.tool ? -1 : 1;
  });
  const best = tools[0];
  return {
    tools,
    sentence:
      best === undefined
        ? { key: 'insights.helps.sentence.none', params: {} }
        : best.rated === 0
          ? { key: 'insights.helps.sentence.unrated', params: { uses: uses.length } }
          : {
              key: `insights.helps.sentence.${best.sureness}`,
              params: {
                tool: best.tool,
                drop: Math.round((best.observedDrop ?? 0) * 10) / 10,
                rated: best.rated,
              },
            },
  };
}

export interface SkillsLevel {
  /** Skills rating 0–7. */
  skills: number;
  days: number;
  /** Average self-harm urge (0–5) on those days, or null with no days. */
  averageUrge: number | null;
}

export interface SkillsUrgesInsight {
  levels: SkillsLevel[];
  /** Days with skills 3 or more, and the others. */
  used: { days: number; averageUrge: number | null };
  notUsed: { days: number; averageUrge: number | null };
  sentence: Sentence;
}

const avg = (sum: number, n: number) => (n === 0 ? null : sum / n);
const oneDecimal = (n: number | null) => (n === null ? 0 : Math.round(n * 10) / 10);

export function skillsUrgesInsight(records: PeriodRecords): SkillsUrgesInsight {
  const sums = Array.from({ length: SKILLS_MAX + 1 }, () => ({ sum: 0, n: 0 }));
  for (const c of records.cards) {
    const urge = c.targets.selfHarm.urge;
    if (c.skills === null || urge === null) continue;
    const s = sums[c.skills] as { sum: number; n: number };
    s.sum += urge;
    s.n++;
  }
  const levels = sums.map((s, skills) => ({ skills, days: s.n, averageUrge: avg(s.sum, s.n) }));
  const fold = (keep: (skills: number) => boolean) => {
    let sum = 0;
    let n = 0;
    sums.forEach((s, skills) => {
      if (keep(skills)) {
        sum += s.sum;
        n += s.n;
      }
    });
    return { days: n, averageUrge: avg(sum, n) };
  };
  const used = fold((s) => s >= SKILLS_PRACTISED_FROM);
  const notUsed = fold((s) => s < SKILLS_PRACTISED_FROM);
  let sentence: Sentence;
  if (used.days === 0 && notUsed.days === 0) {
    sentence = { key: 'insights.skills.sentence.none', params: {} };
  } else if (used.days === 0 || notUsed.days === 0) {
    sentence = {
      key: 'insights.skills.sentence.oneSide',
      params: { days: used.days + notUsed.days },
    };
  } else {
    sentence = {
      key: 'insights.skills.sentence',
      params: {
        usedDays: used.days,
        usedUrge: oneDecimal(used.averageUrge),
        otherDays: notUsed.days,
        otherUrge: oneDecimal(notUsed.averageUrge),
      },
    };
  }
  return { levels, used, notUsed, sentence };
}
