// The after-relapse flow's link to the safety plan: adds a warning sign through the plan
// feature's own exported functions (so the plan's versioning and its locked-screen copy stay
// right), and says plainly when there is no plan to add to.
import { fail, ok, type Result } from '@onward/core';
import { currentVersion, newId, savePlan } from '../plan/plan-records.ts';

export function hasSafetyPlan(): boolean {
  return currentVersion() !== undefined;
}

export async function addWarningSign(text: string): Promise<Result<void, 'no-plan' | 'not-saved'>> {
  const sign = text.trim();
  const current = currentVersion();
  if (!current) return fail('no-plan');
  if (sign === '') return ok(undefined);
  const plan = current.plan;
  try {
    await savePlan({ ...plan, warningSigns: [...plan.warningSigns, { id: newId(), text: sign }] });
    return ok(undefined);
  } catch (error) {
    return fail('not-saved', String(error));
  }
}
