// "What changed since?": the difference between two versions of a safety plan, section by
// section, in the plan's order. Items are matched by id, so editing the words of a warning sign
// reads as one change, not a removal and an addition.
import {
  PLAN_SECTIONS,
  type PlanEntry,
  type PlanNoteField,
  type PlanPerson,
  type PlanSectionId,
  type PlanService,
  type SafetyPlan,
} from './safety-plan.ts';

/** `field` names the question, for the notes ("how likely", "what might get in the way"). */
export type ItemChange =
  | { type: 'added'; text: string; field?: PlanNoteField }
  | { type: 'removed'; text: string; field?: PlanNoteField }
  | { type: 'changed'; from: string; to: string; field?: PlanNoteField };

export interface SectionDiff {
  section: PlanSectionId;
  changes: ItemChange[];
  /** Items both versions have now come in a different order. */
  reordered: boolean;
}

type Item = PlanEntry | PlanPerson | PlanService;

/** One line for an item: its text, or a name with its phone (and address, for a service). */
export function itemLabel(item: Item): string {
  if ('text' in item) return item.text;
  const parts = [item.name, item.phone, 'address' in item ? item.address : undefined];
  return parts.filter((p) => p !== undefined && p !== '').join(', ');
}

function diffList(before: readonly Item[], after: readonly Item[]): Omit<SectionDiff, 'section'> {
  const changes: ItemChange[] = [];
  const beforeById = new Map(before.map((i) => [i.id, i]));
  const afterIds = new Set(after.map((i) => i.id));
  for (const item of after) {
    const old = beforeById.get(item.id);
    if (!old) changes.push({ type: 'added', text: itemLabel(item) });
    else if (itemLabel(old) !== itemLabel(item)) {
      changes.push({ type: 'changed', from: itemLabel(old), to: itemLabel(item) });
    }
  }
  for (const item of before) {
    if (!afterIds.has(item.id)) changes.push({ type: 'removed', text: itemLabel(item) });
  }
  const common = (list: readonly Item[], other: Set<string>) =>
    list.map((i) => i.id).filter((id) => other.has(id));
  const a = common(before, afterIds);
  const b = common(after, new Set(beforeById.keys()));
  const reordered = a.some((id, i) => b[i] !== id);
  return { changes, reordered };
}

/** Sections that differ, in plan order; an empty list means the versions say the same. */
export function diffPlans(before: SafetyPlan, after: SafetyPlan): SectionDiff[] {
  const out: SectionDiff[] = [];
  for (const section of PLAN_SECTIONS) {
    if (section.kind === 'notes') {
      const changes: ItemChange[] = [];
      for (const field of section.fields) {
        const from = before[field].trim();
        const to = after[field].trim();
        if (from === to) continue;
        if (from === '') changes.push({ type: 'added', text: to, field });
        else if (to === '') changes.push({ type: 'removed', text: from, field });
        else changes.push({ type: 'changed', from, to, field });
      }
      if (changes.length > 0) out.push({ section: section.id, changes, reordered: false });
      continue;
    }
    const d = diffList(before[section.field], after[section.field]);
    if (d.changes.length > 0 || d.reordered) out.push({ section: section.id, ...d });
  }
  return out;
}

/** How many separate changes a diff holds (a reordering counts as one). */
export function countChanges(diff: readonly SectionDiff[]): number {
  return diff.reduce((n, s) => n + s.changes.length + (s.reordered ? 1 : 0), 0);
}
