// The safety plan as plain text, for sharing with a clinician or a supporter (Web Share, or the
// clipboard) and keeping in a notes app. The words around the person's own come from the content
// package, passed in as labels, so this stays pure and translatable.

import {
  PLAN_SECTIONS,
  type PlanNoteField,
  type PlanSectionId,
  type PlanService,
  type SafetyPlan,
} from './safety-plan.ts';
import { itemLabel } from './safety-plan-diff.ts';

export interface PlanTextLabels {
  title: string;
  /** A line under the title, e.g. "Saved 3 March 2026"; omitted when empty. */
  subtitle?: string;
  /** Each section's heading as it should read, numbering included ("Step 1: Warning signs"). */
  sections: Record<PlanSectionId, string>;
  /** The questions of the last section. */
  notes: Record<PlanNoteField, string>;
  /** Shown under a step with nothing in it yet. */
  empty: string;
}

export interface PlanTextOptions {
  /** How to write a crisis line from the directory (its current numbers); default: the snapshot. */
  describeService?: (service: PlanService) => string;
}

export function planToText(
  plan: SafetyPlan,
  labels: PlanTextLabels,
  options: PlanTextOptions = {},
): string {
  const describe = options.describeService ?? itemLabel;
  const lines: string[] = [labels.title];
  if (labels.subtitle) lines.push(labels.subtitle);
  for (const section of PLAN_SECTIONS) {
    if (section.kind === 'notes') {
      const answered = section.fields.filter((f) => plan[f].trim() !== '');
      if (answered.length === 0) continue;
      lines.push('', labels.sections[section.id]);
      for (const field of answered) lines.push(`${labels.notes[field]} ${plan[field].trim()}`);
      continue;
    }
    lines.push('', labels.sections[section.id]);
    const items =
      section.kind === 'services'
        ? plan.professionals.map((s) => describe(s))
        : plan[section.field].map((i) => itemLabel(i));
    if (items.length === 0) lines.push(labels.empty);
    for (const item of items) lines.push(`- ${item}`);
  }
  return `${lines.join('\n')}\n`;
}
