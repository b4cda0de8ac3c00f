import { describe, expect, it } from 'vitest';
import { versionForLosingPlan } from './safety-plan-conflict.ts';
import { fullPlan } from './safety-plan-test-data.ts';
import type { PlanVersion } from './safety-plan-versions.ts';

const version = (id: string, savedAt: string, edit?: string): PlanVersion => {
  const plan = fullPlan();
  if (edit) plan.coping.push({ id: 'cx', text: edit });
  return { id, savedAt, plan };
};

describe('a losing safety plan joins the version history', () => {
  it('adds the losing plan as a dated entry when the history does not hold it', () => {
    const loser = version('vB', '2026-05-02T10:00:00.000Z', 'Text Sam');
    const history = [version('vA', '2026-05-02T10:00:01.000Z', 'Call Jo')];
    expect(versionForLosingPlan(history, loser, 'stampB')).toEqual({
      id: 'vB',
      savedAt: '2026-05-02T10:00:00.000Z',
      plan: loser.plan,
    });
  });

  it('adds nothing when that version is already in the history as it was', () => {
    const loser = version('vB', '2026-05-02T10:00:00.000Z', 'Text Sam');
    expect(
      versionForLosingPlan([loser, version('vA', '2026-05-02T10:00:01.000Z')], loser, 's'),
    ).toBe(undefined);
  });

  it('keeps a guided-session plan that was later updated in place, under its own id', () => {
    const loser = { ...version('vB', '2026-05-02T10:00:00.000Z', 'Text Sam'), session: 'g1' };
    const later = { ...version('vB', '2026-05-02T10:05:00.000Z', 'Something else'), session: 'g1' };
    const kept = versionForLosingPlan([later], loser, 'stampB');
    expect(kept).toEqual({
      id: 'vB.stampB',
      savedAt: '2026-05-02T10:00:00.000Z',
      plan: loser.plan,
    });
    // Both devices decide the same entry, so it is never added twice.
    expect(versionForLosingPlan([later], loser, 'stampB')).toEqual(kept);
    expect(versionForLosingPlan([later, kept as PlanVersion], loser, 'stampB')).toBeUndefined();
  });
});
