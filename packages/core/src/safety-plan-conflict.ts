// When two devices edit the safety plan at the same time, sync keeps one as the current plan
// (last writer wins, lww.ts). The other is never thrown away: it becomes a dated entry in the
// plan's version history, so the person can look back and copy anything from it.
//
// Every saved plan already has its own version record, and version records have random ids, so
// both sides usually reach the history on their own. This rule covers the rest: a losing plan
// whose version record is missing, or was updated in place later (a guided session), so what
// lost is not in the history as it was. Both devices decide the same (the id comes from the
// losing change's clock stamp), so the entry is never added twice.
import { plansEqual } from './safety-plan.ts';
import type { PlanVersion } from './safety-plan-versions.ts';

/**
 * The version to add to the history for a losing current plan, or undefined when the history
 * already holds that plan as it was. `loserStamp` is the losing change's encoded clock stamp.
 */
export function versionForLosingPlan(
  history: readonly PlanVersion[],
  loser: PlanVersion,
  loserStamp: string,
): PlanVersion | undefined {
  const kept = history.some(
    (v) => (v.id === loser.id || v.savedAt === loser.savedAt) && plansEqual(v.plan, loser.plan),
  );
  if (kept) return undefined;
  const known = history.find((v) => v.id === loser.id);
  const id = known ? `${loser.id}.${loserStamp}` : loser.id;
  // The session is dropped: a later save of that guided session must not overwrite this entry.
  return { id, savedAt: loser.savedAt, plan: loser.plan };
}
