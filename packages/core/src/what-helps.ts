// "What helps me": which coping tools have eased the urge for THIS person, and which one to
// suggest now. Pure: the records, the current context and the random source come in as values.
//
// The model, in one paragraph. For each tool we estimate how many points (on the 0–10 urge
// scale) it usually takes off the urge for this person: the drop, before minus after. We use a
// Normal–Normal model with a known spread:
//   - prior: the tool's mean drop is Normal(m, σ² / n0). m is a modest two points for the first
//     candidate, stepping evenly down to 1.6 for the last, so with no data the ranking is the
//     order the caller gave (the app lists its tools in a sensible order for a first visit);
//     n0 = 2 means the prior counts as two uses' worth of evidence. Two points: enough that an
//     untried tool looks worth a go, little enough that a tool which clearly helped this person
//     soon overtakes it. The spread is kept small (n0 × 0.4 < 1 point) so that drops consistently
//     one point larger, over the same number of uses, always outrank the prior's order.
//   - each rated use is one observation of the drop with noise σ = 2.5 points.
//   - posterior mean = (n0·m + Σ w·drop) / (n0 + Σ w), posterior sd = σ / √(n0 + Σ w).
// So with little data a tool's estimate stays close to the prior (shrinkage), and a few
// consistent uses move it decisively.
//
// Why Normal–Normal rather than Beta–Bernoulli: a Beta model needs each use turned into "helped"
// or "did not", which throws away how much it helped; a drop from 8 to 2 and one from 8 to 7
// would count the same. Drops are graded numbers, and the Normal–Normal model keeps their size,
// is conjugate (closed form, no iteration, tiny code for the help screen) and gives Thompson
// sampling for free: draw one plausible mean per tool from its posterior and suggest the highest.
// The spread σ is fixed rather than estimated because three or four ratings cannot estimate a
// variance; fixing it keeps exploration predictable.
//
// Context. When the person says what is going on (trigger or emotion codes), a use recorded in a
// matching context counts fully and any other use counts CONTEXT_OTHER_WEIGHT of a use. Data from
// this kind of moment leads, but a tool that helped elsewhere keeps some of its evidence instead
// of dropping back to the prior: context narrows without starving.
//
// Exploration. The ranking (rankTools) orders tools by posterior mean: the person's best bet.
// The suggestion (suggestTool) uses Thompson sampling, so an untried or rarely used tool, whose
// posterior is wide, is sometimes drawn above the favourite: now and then, and less often the
// more clearly another tool helps.
import { type Random, standardNormal } from './what-helps-random.ts';

export { type Random, seededRandom } from './what-helps-random.ts';

/** One use of a coping tool, as stored in the person's records (format version 1). */
export interface ToolUse {
  v: 1;
  /** A tool id ('breathing', 'urge-surfing', an alternative's id, the person's own idea). */
  tool: string;
  /** ISO time the use started. */
  startedAt: string;
  /** ISO time it ended; absent if the person left before the end. */
  endedAt?: string;
  /** How strong the urge was before, 0–10, if the person said. */
  urgeBefore?: number;
  /** How strong it was after, 0–10, if the person said. */
  urgeAfter?: number;
  /** Trigger or emotion codes (see triggers.ts) the person named, if any. */
  context?: string[];
}

/** The prior mean drop, in urge points, for the first candidate. */
export const PRIOR_MEAN = 2;
/** How far the prior means spread from the first candidate to the last, in urge points. */
export const PRIOR_SPREAD = 0.4;
/** How many uses' worth of evidence the prior counts as. */
export const PRIOR_WEIGHT = 2;
/** The assumed spread of one use's drop around the tool's mean drop, in urge points. */
export const DROP_SD = 2.5;
/** How much a use from a different (or unknown) context counts when a context is given. */
export const CONTEXT_OTHER_WEIGHT = 0.4;
/** How many recent rated uses the one-line explanation looks at. */
export const RECENT_USES = 5;

/** Why a tool is where it is, as data; the app turns it into one line of copy. */
export type WhyItHelps =
  /** No use of this tool yet. */
  | { kind: 'untried' }
  /** Used, but never with both ratings. */
  | { kind: 'unrated'; uses: number }
  /**
   * Among the last `of` rated uses (in the current context when `inContext`), the urge was
   * lower afterwards `helped` times, and fell by `averageDrop` points on average.
   */
  | { kind: 'rated'; helped: number; of: number; averageDrop: number; inContext: boolean };

export interface ToolStanding {
  tool: string;
  /** 1 for the best bet. */
  rank: number;
  /** Posterior mean drop in urge points (the ranking key). */
  expectedDrop: number;
  /** Posterior standard deviation of the mean drop. */
  uncertainty: number;
  /** Every recorded use of the tool. */
  uses: number;
  /** Uses with both ratings. */
  rated: number;
  why: WhyItHelps;
}

export interface RankOptions {
  /** Trigger or emotion codes for what is going on now. */
  context?: readonly string[];
}

export interface Suggestion {
  tool: string;
  why: WhyItHelps;
  /** True when the draw picked a tool other than the best bet (exploring). */
  exploring: boolean;
}

interface Rated {
  drop: number;
  at: string;
  matches: boolean;
}

/** Ratings are whole numbers on the 0–10 scale; anything else is ignored as unreadable. */
const isRating = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 10;

/** The prior mean for the candidate at `index` of `count`: the first gets PRIOR_MEAN. */
export function priorMean(index: number, count: number): number {
  return count <= 1 ? PRIOR_MEAN : PRIOR_MEAN - (PRIOR_SPREAD * index) / (count - 1);
}

function matchesContext(use: ToolUse, context: ReadonlySet<string>): boolean {
  return (use.context ?? []).some((code) => context.has(code));
}

function explain(all: number, rated: readonly Rated[], hasContext: boolean): WhyItHelps {
  if (all === 0) return { kind: 'untried' };
  if (rated.length === 0) return { kind: 'unrated', uses: all };
  const newestFirst = [...rated].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const inContext = hasContext && newestFirst.some((r) => r.matches);
  const pool = inContext ? newestFirst.filter((r) => r.matches) : newestFirst;
  const recent = pool.slice(0, RECENT_USES);
  return {
    kind: 'rated',
    helped: recent.filter((r) => r.drop > 0).length,
    of: recent.length,
    averageDrop: recent.reduce((sum, r) => sum + r.drop, 0) / recent.length,
    inContext,
  };
}

/**
 * Every candidate tool with its standing, best bet first. `candidates` is the prior order: with
 * no data the ranking is exactly that order. Uses of tools not in `candidates` are ignored, and
 * so are ratings that are not whole numbers from 0 to 10.
 */
export function rankTools(
  uses: readonly ToolUse[],
  candidates: readonly string[],
  options: RankOptions = {},
): ToolStanding[] {
  const context = new Set(options.context ?? []);
  const hasContext = context.size > 0;
  const byTool = new Map<string, ToolUse[]>();
  for (const use of uses) {
    const list = byTool.get(use.tool);
    if (list) list.push(use);
    else byTool.set(use.tool, [use]);
  }
  const unique = [...new Set(candidates)];
  const scored = unique.map((tool, index) => {
    const own = byTool.get(tool) ?? [];
    const rated: Rated[] = [];
    for (const use of own) {
      if (!isRating(use.urgeBefore) || !isRating(use.urgeAfter)) continue;
      rated.push({
        drop: use.urgeBefore - use.urgeAfter,
        at: use.startedAt,
        matches: hasContext && matchesContext(use, context),
      });
    }
    // Drops are whole numbers, so summing each group before weighting makes the result exact
    // and independent of the order the records come in.
    let fullCount = 0;
    let fullSum = 0;
    let otherCount = 0;
    let otherSum = 0;
    for (const r of rated) {
      if (!hasContext || r.matches) {
        fullCount++;
        fullSum += r.drop;
      } else {
        otherCount++;
        otherSum += r.drop;
      }
    }
    const weight = PRIOR_WEIGHT + fullCount + CONTEXT_OTHER_WEIGHT * otherCount;
    const sum =
      PRIOR_WEIGHT * priorMean(index, unique.length) + fullSum + CONTEXT_OTHER_WEIGHT * otherSum;
    return {
      index,
      standing: {
        tool,
        rank: 0,
        expectedDrop: sum / weight,
        uncertainty: DROP_SD / Math.sqrt(weight),
        uses: own.length,
        rated: rated.length,
        why: explain(own.length, rated, hasContext),
      } satisfies ToolStanding,
    };
  });
  scored.sort((a, b) => b.standing.expectedDrop - a.standing.expectedDrop || a.index - b.index);
  return scored.map((s, i) => ({ ...s.standing, rank: i + 1 }));
}

/**
 * One tool to suggest now, by Thompson sampling over the ranking's posteriors: usually the best
 * bet, sometimes an untried or rarely used one. Deterministic for a given `random` sequence.
 * With no rated use of any candidate, the first in prior order. Undefined only when there are
 * no candidates.
 */
export function suggestTool(
  uses: readonly ToolUse[],
  candidates: readonly string[],
  random: Random,
  options: RankOptions = {},
): Suggestion | undefined {
  const ranking = rankTools(uses, candidates, options);
  const best = ranking[0];
  if (!best) return undefined;
  // With no ratings at all there is nothing to weigh a new tool against: every draw would be
  // pure chance. Then the prior's first choice is the kinder suggestion (the same each time,
  // and the one a first-time visitor is shown).
  if (ranking.every((s) => s.rated === 0))
    return { tool: best.tool, why: best.why, exploring: false };
  let pick = best;
  let pickDraw = Number.NEGATIVE_INFINITY;
  // Draw in ranking order, so ties in the draws (practically impossible) favour the best bet.
  for (const standing of ranking) {
    const draw = standing.expectedDrop + standing.uncertainty * standardNormal(random);
    if (draw > pickDraw) {
      pick = standing;
      pickDraw = draw;
    }
  }
  return { tool: pick.tool, why: pick.why, exploring: pick.tool !== best.tool };
}
