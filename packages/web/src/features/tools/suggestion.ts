// Where the app meets "what helps me": the person's tool uses in, a ranking or one suggestion
// out. The random source is seeded once per visit, so a suggestion stays put while the person
// looks at it (re-renders draw the same numbers) and may differ on another visit.
import { type Random, rankTools, seededRandom, suggestTool, type ToolUse } from '@onward/core';

const visitSeed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;

/** A fresh random source from this visit's seed: the same draws every time it is asked for. */
export const visitRandom = (): Random => seededRandom(visitSeed);

export function suggestFor(
  uses: readonly ToolUse[],
  candidates: readonly string[],
  context: readonly string[] = [],
) {
  return suggestTool(uses, candidates, visitRandom(), { context });
}

export function rankFor(
  uses: readonly ToolUse[],
  candidates: readonly string[],
  context: readonly string[] = [],
) {
  return rankTools(uses, candidates, { context });
}
