// Paced breathing as arithmetic: a pattern of phases (seconds each), and where in it a moment
// falls. The screen renders from this every tick; tests check it without waiting.
import { fail, ok, type Result } from '@onward/core';

export type PhaseKind = 'in' | 'hold-in' | 'out' | 'hold-out';

/** Seconds for each phase; holds may be 0 (skipped). */
export interface BreathPattern {
  in: number;
  holdIn: number;
  out: number;
  holdOut: number;
}

export const PRESETS = {
  /** A longer breath out than in: the usual "settle" pattern. */
  'in4-out6': { in: 4, holdIn: 0, out: 6, holdOut: 0 },
  box: { in: 4, holdIn: 4, out: 4, holdOut: 4 },
} as const satisfies Record<string, BreathPattern>;

export type PresetId = keyof typeof PRESETS;

export const BREATH_LENGTHS = [1, 2, 3, 5, 10] as const;
export const DEFAULT_BREATH_MINUTES = 3;

export interface Phase {
  kind: PhaseKind;
  ms: number;
}

export function phasesOf(p: BreathPattern): Phase[] {
  const all: Phase[] = [
    { kind: 'in', ms: p.in * 1000 },
    { kind: 'hold-in', ms: p.holdIn * 1000 },
    { kind: 'out', ms: p.out * 1000 },
    { kind: 'hold-out', ms: p.holdOut * 1000 },
  ];
  return all.filter((ph) => ph.ms > 0);
}

export function cycleMs(p: BreathPattern): number {
  return phasesOf(p).reduce((sum, ph) => sum + ph.ms, 0);
}

/** A session of about `minutes`, rounded up to whole breaths so it never stops mid-breath. */
export function sessionMs(p: BreathPattern, minutes: number): number {
  const cycle = cycleMs(p);
  return Math.ceil((minutes * 60_000) / cycle) * cycle;
}

export interface BreathMoment {
  kind: PhaseKind;
  /** Counts every phase since the start, so a change of phase is a change of this number. */
  step: number;
  /** This phase's length. */
  phaseMs: number;
  /** Time into this phase. */
  intoMs: number;
  /** Whole seconds left in this phase, counting down to 1. */
  secondsLeft: number;
}

export function breathAt(p: BreathPattern, elapsedMs: number): BreathMoment {
  const phases = phasesOf(p);
  const cycle = cycleMs(p);
  const t = Math.max(0, elapsedMs);
  const cycles = Math.floor(t / cycle);
  let into = t - cycles * cycle;
  for (let i = 0; i < phases.length; i++) {
    const phase = phases[i] as Phase;
    if (into < phase.ms || i === phases.length - 1) {
      const intoMs = Math.min(into, phase.ms);
      return {
        kind: phase.kind,
        step: cycles * phases.length + i,
        phaseMs: phase.ms,
        intoMs,
        secondsLeft: Math.max(1, Math.ceil((phase.ms - intoMs) / 1000)),
      };
    }
    into -= phase.ms;
  }
  throw new Error('unreachable: a pattern always has a breath in and out');
}

export type CustomField = keyof BreathPattern;
export type CustomProblem = 'breath' | 'hold';

export const BREATH_RANGE = { min: 2, max: 12 } as const;
export const HOLD_RANGE = { min: 0, max: 10 } as const;

export type CustomInput = Record<CustomField, string>;

function readField(field: CustomField, text: string): number | CustomProblem {
  const isHold = field === 'holdIn' || field === 'holdOut';
  const range = isHold ? HOLD_RANGE : BREATH_RANGE;
  const trimmed = text.trim();
  // An empty hold means no hold; an empty breath is a question left unanswered.
  const n = trimmed === '' ? (isHold ? 0 : Number.NaN) : Number(trimmed);
  if (!Number.isInteger(n) || n < range.min || n > range.max) return isHold ? 'hold' : 'breath';
  return n;
}

/** The fields of a typed pattern that need fixing, and why (empty when it is fine). */
export function customProblems(input: CustomInput): Partial<Record<CustomField, CustomProblem>> {
  const problems: Partial<Record<CustomField, CustomProblem>> = {};
  for (const field of ['in', 'holdIn', 'out', 'holdOut'] as const) {
    const read = readField(field, input[field]);
    if (typeof read === 'string') problems[field] = read;
  }
  return problems;
}

/** The person's own pattern from what they typed; 'invalid' when customProblems finds any. */
export function parseCustom(input: CustomInput): Result<BreathPattern, 'invalid'> {
  const read = (field: CustomField) => readField(field, input[field]);
  const value = {
    in: read('in'),
    holdIn: read('holdIn'),
    out: read('out'),
    holdOut: read('holdOut'),
  };
  if (Object.values(value).some((v) => typeof v === 'string')) return fail('invalid');
  return ok(value as BreathPattern);
}
