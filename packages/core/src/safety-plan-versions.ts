// Versions of the safety plan. Every saved change keeps what was there before, with its date, so
// a person (or their clinician) can look back and ask "what changed since last time?". The vault
// holds one record per version; these pure rules decide what a save does.
import { cleanPlan, isPlanEmpty, plansEqual, type SafetyPlan } from './safety-plan.ts';

export interface PlanVersion {
  id: string;
  /** ISO time of the save. */
  savedAt: string;
  /**
   * Saves made in one sitting of the guided first run share a session, and update one version
   * instead of adding one per step: the history then reads "made the plan", not eight entries.
   */
  session?: string;
  plan: SafetyPlan;
}

export type SaveDecision =
  /** Nothing changed (or nothing written yet): keep the history as it is. */
  | { kind: 'unchanged'; version: PlanVersion | undefined }
  /** A new version; the one before stays as it was. */
  | { kind: 'new'; version: PlanVersion }
  /** The latest version belongs to this same session: it is updated in place. */
  | { kind: 'replace'; version: PlanVersion };

export interface SaveOptions {
  now: Date;
  newId: () => string;
  session?: string;
}

/** What saving `plan` does, given the latest saved version (if any). */
export function decideSave(
  latest: PlanVersion | undefined,
  plan: SafetyPlan,
  { now, newId, session }: SaveOptions,
): SaveDecision {
  const clean = cleanPlan(plan);
  if (latest && plansEqual(latest.plan, clean)) return { kind: 'unchanged', version: latest };
  // An empty first plan is not a version: skipping every step saves nothing.
  if (!latest && isPlanEmpty(clean)) return { kind: 'unchanged', version: undefined };
  const savedAt = now.toISOString();
  if (latest && session !== undefined && latest.session === session) {
    return { kind: 'replace', version: { id: latest.id, savedAt, session, plan: clean } };
  }
  const version: PlanVersion = { id: newId(), savedAt, plan: clean };
  if (session !== undefined) version.session = session;
  return { kind: 'new', version };
}

/** Newest first; ties (same millisecond) keep a stable order by id. */
export function newestFirst(versions: readonly PlanVersion[]): PlanVersion[] {
  return [...versions].sort(
    (a, b) => Date.parse(b.savedAt) - Date.parse(a.savedAt) || (a.id < b.id ? 1 : -1),
  );
}

/** The version saved just before `id`, if there is one. */
export function versionBefore(
  versions: readonly PlanVersion[],
  id: string,
): PlanVersion | undefined {
  const sorted = newestFirst(versions);
  const at = sorted.findIndex((v) => v.id === id);
  return at === -1 ? undefined : sorted[at + 1];
}
