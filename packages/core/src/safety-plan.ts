// The safety plan (Stanley-Brown Safety Planning Intervention): its shape, its sections in the
// order the intervention gives them, and the small pure helpers every screen shares. The words a
// person reads about each step live in @onward/content; here are only structure and rules.
//
// Order matters clinically: the plan moves from what the person can do alone (steps 1–2), to
// being with others without talking about the crisis (3), to asking for help (4), to
// professionals (5), to making the environment safer (6). Screens, print and text export all
// walk PLAN_SECTIONS, so the order is defined once.

/** One line the person wrote: a warning sign, a coping strategy, a reason for living... */
export interface PlanEntry {
  id: string;
  text: string;
}

/** A person or a place. `phone` is '' when there is none (places, or a person without one). */
export interface PlanPerson {
  id: string;
  name: string;
  phone: string;
}

/**
 * Step 5. A clinician or an urgent care / emergency department the person typed in, or a crisis
 * line chosen from the directory: `lineId` names the directory entry, so the screens show its
 * current numbers; `name` and `phone` are a snapshot kept for export and in case the entry leaves
 * the directory.
 */
export type PlanServiceKind = 'clinician' | 'line' | 'urgent-care';

export interface PlanService {
  id: string;
  kind: PlanServiceKind;
  name: string;
  phone: string;
  lineId?: string;
  /** Where an urgent care or emergency department is, in the person's words. */
  address?: string;
}

export interface SafetyPlan {
  v: 1;
  /** Step 1: how I will know the plan should be used. */
  warningSigns: PlanEntry[];
  /** Step 2: things I can do on my own. */
  coping: PlanEntry[];
  /** Step 3: people and places that take my mind off things (they need not know why). */
  distractions: PlanPerson[];
  /** Step 4: people I can ask for help. */
  people: PlanPerson[];
  /** Step 5: professionals and agencies. */
  professionals: PlanService[];
  /** Step 6: what I will do to make my surroundings safer (in general words). */
  safeEnvironment: PlanEntry[];
  /** Reasons for living: the things most important to me. */
  reasons: PlanEntry[];
  /** "How likely am I to use this plan when I need it?", in the person's words. */
  likelihood: string;
  /** "What might get in the way?" */
  obstacles: string;
  /** "Where I keep a copy." */
  copyKeptAt: string;
}

export type PlanSectionId =
  | 'warning-signs'
  | 'coping'
  | 'distractions'
  | 'people'
  | 'professionals'
  | 'safe-environment'
  | 'reasons'
  | 'using';

export type PlanListField =
  | 'warningSigns'
  | 'coping'
  | 'distractions'
  | 'people'
  | 'professionals'
  | 'safeEnvironment'
  | 'reasons';

export type PlanNoteField = 'likelihood' | 'obstacles' | 'copyKeptAt';

export type PlanSection =
  | { id: PlanSectionId; step: number | null; kind: 'entries'; field: PlanListField }
  | { id: PlanSectionId; step: number | null; kind: 'people'; field: PlanListField }
  | { id: PlanSectionId; step: number | null; kind: 'services'; field: PlanListField }
  | { id: PlanSectionId; step: null; kind: 'notes'; fields: readonly PlanNoteField[] };

/** The plan's sections in Stanley-Brown order: six numbered steps, then the rest. */
export const PLAN_SECTIONS: readonly PlanSection[] = [
  { id: 'warning-signs', step: 1, kind: 'entries', field: 'warningSigns' },
  { id: 'coping', step: 2, kind: 'entries', field: 'coping' },
  { id: 'distractions', step: 3, kind: 'people', field: 'distractions' },
  { id: 'people', step: 4, kind: 'people', field: 'people' },
  { id: 'professionals', step: 5, kind: 'services', field: 'professionals' },
  { id: 'safe-environment', step: 6, kind: 'entries', field: 'safeEnvironment' },
  { id: 'reasons', step: null, kind: 'entries', field: 'reasons' },
  { id: 'using', step: null, kind: 'notes', fields: ['likelihood', 'obstacles', 'copyKeptAt'] },
];

export const PLAN_NOTE_FIELDS: readonly PlanNoteField[] = ['likelihood', 'obstacles', 'copyKeptAt'];

export function planSection(id: string): PlanSection | undefined {
  return PLAN_SECTIONS.find((s) => s.id === id);
}

export function emptyPlan(): SafetyPlan {
  return {
    v: 1,
    warningSigns: [],
    coping: [],
    distractions: [],
    people: [],
    professionals: [],
    safeEnvironment: [],
    reasons: [],
    likelihood: '',
    obstacles: '',
    copyKeptAt: '',
  };
}

/** Collapses runs of whitespace and trims: what the person meant, without stray spaces. */
export const tidyText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The plan as it should be saved: text tidied, empty rows (an "add" field left blank, a person
 * with neither name nor phone) dropped. Order is kept: it is the person's order.
 */
export function cleanPlan(plan: SafetyPlan): SafetyPlan {
  const entries = (list: PlanEntry[]) =>
    list.map((e) => ({ id: e.id, text: tidyText(e.text) })).filter((e) => e.text !== '');
  const people = (list: PlanPerson[]) =>
    list
      .map((p) => ({ id: p.id, name: tidyText(p.name), phone: tidyText(p.phone) }))
      .filter((p) => p.name !== '' || p.phone !== '');
  const services = plan.professionals
    .map((s): PlanService => {
      const out: PlanService = {
        id: s.id,
        kind: s.kind,
        name: tidyText(s.name),
        phone: tidyText(s.phone),
      };
      if (s.lineId) out.lineId = s.lineId;
      const address = tidyText(s.address ?? '');
      if (address) out.address = address;
      return out;
    })
    .filter((s) => s.name !== '' || s.phone !== '' || s.address !== undefined);
  return {
    v: 1,
    warningSigns: entries(plan.warningSigns),
    coping: entries(plan.coping),
    distractions: people(plan.distractions),
    people: people(plan.people),
    professionals: services,
    safeEnvironment: entries(plan.safeEnvironment),
    reasons: entries(plan.reasons),
    likelihood: plan.likelihood.trim(),
    obstacles: plan.obstacles.trim(),
    copyKeptAt: plan.copyKeptAt.trim(),
  };
}

/** How many items a section holds (for notes: how many of its questions have an answer). */
export function sectionCount(plan: SafetyPlan, section: PlanSection): number {
  if (section.kind === 'notes') return section.fields.filter((f) => plan[f].trim() !== '').length;
  return plan[section.field].length;
}

export function isPlanEmpty(plan: SafetyPlan): boolean {
  return PLAN_SECTIONS.every((s) => sectionCount(plan, s) === 0);
}

/** Deep equality of two plans (after cleaning both), to avoid saving a version with no change. */
export function plansEqual(a: SafetyPlan, b: SafetyPlan): boolean {
  return JSON.stringify(cleanPlan(a)) === JSON.stringify(cleanPlan(b));
}

/** Moves one item of a list up (-1) or down (+1); out-of-range moves return the same list. */
export function moveItem<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item as T);
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * Reads a stored plan defensively (trust boundary: records can come from an older version of the
 * app, a sync from another device, or a backup). Unknown fields are dropped, missing ones are
 * empty, malformed items are skipped, so a damaged record still shows whatever it can.
 */
export function readPlan(value: unknown): SafetyPlan {
  const plan = emptyPlan();
  if (!isRecord(value)) return plan;
  const list = (v: unknown) => (Array.isArray(v) ? v.filter(isRecord) : []);
  const withId = (items: Record<string, unknown>[]) => items.filter((i) => str(i.id) !== '');
  const entries = (v: unknown): PlanEntry[] =>
    withId(list(v)).map((i) => ({ id: str(i.id), text: str(i.text) }));
  const people = (v: unknown): PlanPerson[] =>
    withId(list(v)).map((i) => ({ id: str(i.id), name: str(i.name), phone: str(i.phone) }));
  const kinds: readonly string[] = ['clinician', 'line', 'urgent-care'];
  plan.warningSigns = entries(value.warningSigns);
  plan.coping = entries(value.coping);
  plan.distractions = people(value.distractions);
  plan.people = people(value.people);
  plan.professionals = withId(list(value.professionals))
    .filter((i) => kinds.includes(str(i.kind)))
    .map((i) => {
      const s: PlanService = {
        id: str(i.id),
        kind: str(i.kind) as PlanServiceKind,
        name: str(i.name),
        phone: str(i.phone),
      };
      if (str(i.lineId)) s.lineId = str(i.lineId);
      if (str(i.address)) s.address = str(i.address);
      return s;
    });
  plan.safeEnvironment = entries(value.safeEnvironment);
  plan.reasons = entries(value.reasons);
  plan.likelihood = str(value.likelihood);
  plan.obstacles = str(value.obstacles);
  plan.copyKeptAt = str(value.copyKeptAt);
  return plan;
}

/** The people on the plan who can be called or texted: step 4, then step 5 (with a phone). */
export function reachablePeople(plan: SafetyPlan): {
  people: PlanPerson[];
  professionals: PlanService[];
} {
  return {
    people: plan.people.filter((p) => p.phone.trim() !== ''),
    professionals: plan.professionals.filter((s) => s.kind !== 'line' && s.phone.trim() !== ''),
  };
}
