// DBT chain analysis, in plain language: looking back, calmly, at what led up to a behaviour, so
// the person can find places where a different step is possible next time. Saved after every
// step and resumable. The behaviour step asks for a few words of the person's own, never for
// what, how or how much: the copy says so, and nothing here has a field for it.
import type { LocalDate } from './calendar-day.ts';

export const CHAIN_STEPS = [
  'behaviour',
  'vulnerability',
  'prompting-event',
  'links',
  'consequences',
  'skills',
  'prevention',
  'repair',
  'commitment',
] as const;

export type ChainStep = (typeof CHAIN_STEPS)[number];

/** Things in the 24 hours before that can make a person more vulnerable (from DBT). */
export const VULNERABILITY_FACTORS = ['sleep', 'food', 'illness', 'substances', 'stress'] as const;
export type VulnerabilityFactor = (typeof VULNERABILITY_FACTORS)[number];

/** The kinds of link in the chain. */
export const LINK_KINDS = ['thought', 'emotion', 'body', 'urge', 'action'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface ChainLink {
  id: string;
  kind: LinkKind;
  text: string;
  /** A skill that could replace this link next time. */
  skill: string;
}

export type ChainStatus = 'not-started' | 'in-progress' | 'done';

export interface ChainAnalysis {
  v: 1;
  /** The log entry it looks back on, if it was started from one. */
  entryId: string | null;
  /** The day the behaviour happened. */
  day: LocalDate;
  /** A few words of the person's own about what this is about. */
  behaviour: string;
  vulnerability: { factors: VulnerabilityFactor[]; note: string };
  promptingEvent: string;
  links: ChainLink[];
  consequences: { shortTerm: string; longTerm: string };
  prevention: string;
  repair: string;
  commitment: string;
  /** Index into CHAIN_STEPS where the person was (to resume there). */
  step: number;
  status: ChainStatus;
}

export function newChainAnalysis(day: LocalDate, entryId: string | null = null): ChainAnalysis {
  return {
    v: 1,
    entryId,
    day,
    behaviour: '',
    vulnerability: { factors: [], note: '' },
    promptingEvent: '',
    links: [],
    consequences: { shortTerm: '', longTerm: '' },
    prevention: '',
    repair: '',
    commitment: '',
    step: 0,
    status: 'not-started',
  };
}

/** Whether the person has written or chosen anything on a step. */
export function stepHasContent(chain: ChainAnalysis, step: ChainStep): boolean {
  const has = (s: string) => s.trim() !== '';
  switch (step) {
    case 'behaviour':
      return has(chain.behaviour);
    case 'vulnerability':
      return chain.vulnerability.factors.length > 0 || has(chain.vulnerability.note);
    case 'prompting-event':
      return has(chain.promptingEvent);
    case 'links':
      return chain.links.some((l) => has(l.text));
    case 'consequences':
      return has(chain.consequences.shortTerm) || has(chain.consequences.longTerm);
    case 'skills':
      return chain.links.some((l) => has(l.skill));
    case 'prevention':
      return has(chain.prevention);
    case 'repair':
      return has(chain.repair);
    case 'commitment':
      return has(chain.commitment);
  }
}

/** How many steps have something in them. */
export function stepsWithContent(chain: ChainAnalysis): number {
  return CHAIN_STEPS.filter((s) => stepHasContent(chain, s)).length;
}

/** Clamps a step index into range (a stored record may come from an older version). */
export function clampStep(step: number): number {
  if (!Number.isInteger(step) || step < 0) return 0;
  return Math.min(step, CHAIN_STEPS.length - 1);
}

/**
 * Moves to a step, saving where the person is. Leaving a step never finishes the analysis;
 * only `finishChain` does, so "save and finish later" keeps it open.
 */
export function goToStep(chain: ChainAnalysis, step: number): ChainAnalysis {
  return {
    ...chain,
    step: clampStep(step),
    status: chain.status === 'done' ? 'done' : 'in-progress',
  };
}

export function finishChain(chain: ChainAnalysis): ChainAnalysis {
  return { ...chain, status: 'done' };
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Reads a stored chain analysis defensively (storage, backups and other devices are outside
 * this code's control): unknown factors and kinds are dropped, missing text becomes empty.
 */
export function readChainAnalysis(value: unknown): ChainAnalysis | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const c = value as Partial<ChainAnalysis>;
  if (c.v !== 1 || typeof c.day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(c.day)) {
    return undefined;
  }
  const chain = newChainAnalysis(c.day, typeof c.entryId === 'string' ? c.entryId : null);
  chain.behaviour = text(c.behaviour);
  chain.vulnerability = {
    factors: Array.isArray(c.vulnerability?.factors)
      ? c.vulnerability.factors.filter((f): f is VulnerabilityFactor =>
          (VULNERABILITY_FACTORS as readonly unknown[]).includes(f),
        )
      : [],
    note: text(c.vulnerability?.note),
  };
  chain.promptingEvent = text(c.promptingEvent);
  chain.links = Array.isArray(c.links)
    ? c.links.flatMap((l) =>
        typeof l === 'object' &&
        l !== null &&
        typeof l.id === 'string' &&
        (LINK_KINDS as readonly unknown[]).includes(l.kind)
          ? [{ id: l.id, kind: l.kind, text: text(l.text), skill: text(l.skill) }]
          : [],
      )
    : [];
  chain.consequences = {
    shortTerm: text(c.consequences?.shortTerm),
    longTerm: text(c.consequences?.longTerm),
  };
  chain.prevention = text(c.prevention);
  chain.repair = text(c.repair);
  chain.commitment = text(c.commitment);
  chain.step = clampStep(typeof c.step === 'number' ? c.step : 0);
  chain.status =
    c.status === 'done' || c.status === 'in-progress' || c.status === 'not-started'
      ? c.status
      : 'in-progress';
  return chain;
}
