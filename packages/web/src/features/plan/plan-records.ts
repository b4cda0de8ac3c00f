// The safety plan in the vault. Kinds:
//   'safety-plan'          id 'current': the latest saved version (what every screen shows);
//   'safety-plan-version'  id = version id: every saved version, including the latest, so the
//                          history is complete on its own;
//   'safety-plan-guide'    id 'progress': where the guided first run was paused.
// A save writes the version, 'current' and the opted-in crisis copy in one transaction.
import {
  decideSave,
  newestFirst,
  type PlanVersion,
  readPlan,
  type SafetyPlan,
  type SaveDecision,
} from '@onward/core';
import { putMany, vault } from '../../vault/index.ts';
import { toCrisisCopy } from './crisis-copy.ts';

export interface GuideProgress {
  /** The guide page to come back to (1-based). */
  step: number;
}

declare module '../../vault/types.ts' {
  interface RecordKinds {
    'safety-plan': PlanVersion;
    'safety-plan-version': PlanVersion;
    'safety-plan-guide': GuideProgress;
  }
}

export const CURRENT = 'current';
const PROGRESS = 'progress';

/** Reads a stored version defensively (it may come from another device or an older build). */
export function readVersion(value: PlanVersion | undefined): PlanVersion | undefined {
  if (!value || typeof value !== 'object' || typeof value.id !== 'string') return undefined;
  const version: PlanVersion = {
    id: value.id,
    savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
    plan: readPlan(value.plan),
  };
  if (typeof value.session === 'string') version.session = value.session;
  return version;
}

export function currentVersion(): PlanVersion | undefined {
  return readVersion(vault.get('safety-plan', CURRENT)?.value);
}

export function allVersions(): PlanVersion[] {
  const versions = vault
    .list('safety-plan-version')
    .map((r) => readVersion(r.value))
    .filter((v): v is PlanVersion => v !== undefined);
  return newestFirst(versions);
}

export const newId = (): string => crypto.randomUUID();

/**
 * Saves the plan as a new version (or updates this guided session's version). Resolves once
 * the write is durable, so the screen may then say "saved"; rejects if it could not be saved.
 */
export async function savePlan(plan: SafetyPlan, session?: string): Promise<SaveDecision> {
  const decision = decideSave(currentVersion(), plan, { now: new Date(), newId, session });
  if (decision.kind === 'unchanged') return decision;
  const { version } = decision;
  // One transaction: the version, 'current' and, if the person chose to see their plan while
  // locked, that copy are saved together or not at all.
  await putMany(
    [
      { kind: 'safety-plan-version', id: version.id, value: version, at: version.savedAt },
      { kind: 'safety-plan', id: CURRENT, value: version, at: version.savedAt },
    ],
    { crisisCopy: toCrisisCopy(version.plan) },
  );
  return decision;
}

export function guideProgress(): GuideProgress | undefined {
  const value = vault.get('safety-plan-guide', PROGRESS)?.value;
  return value && Number.isInteger(value.step) ? value : undefined;
}

export function setGuideProgress(step: number): Promise<void> {
  return vault.put('safety-plan-guide', PROGRESS, { step });
}

export function clearGuideProgress(): Promise<void> {
  return vault.delete('safety-plan-guide', PROGRESS);
}

/** A one-time message for the next screen (e.g. "Saved" after an edit returns to the plan). */
let flash: string | undefined;
export function setFlash(message: string): void {
  flash = message;
}
export function takeFlash(): string | undefined {
  const message = flash;
  flash = undefined;
  return message;
}
