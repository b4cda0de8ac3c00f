// Which words go with each section of the plan: the copy keys, by section id. The order and the
// structure come from @onward/core (PLAN_SECTIONS); the words from @onward/content.
import type { PlainMessageKey } from '@onward/content';
import { PLAN_SECTIONS, type PlanSection, type PlanSectionId } from '@onward/core';
import { t } from '../../i18n.ts';

type ItemKey =
  | 'plan.warningSigns.item'
  | 'plan.coping.item'
  | 'plan.distractions.item'
  | 'plan.people.item'
  | 'plan.safeEnvironment.item'
  | 'plan.reasons.item';

export interface SectionCopy {
  title: PlainMessageKey;
  short: PlainMessageKey;
  about: PlainMessageKey;
  prompts: readonly PlainMessageKey[];
  /** "Warning sign {n}": the label of one row while editing. */
  item?: ItemKey;
  placeholder?: PlainMessageKey;
  /** For people and places: the two field labels. */
  name?: PlainMessageKey;
  phone?: PlainMessageKey;
}

export const SECTION_COPY: Readonly<Record<PlanSectionId, SectionCopy>> = {
  'warning-signs': {
    title: 'plan.warningSigns.title',
    short: 'plan.warningSigns.short',
    about: 'plan.warningSigns.about',
    prompts: [
      'plan.warningSigns.prompt1',
      'plan.warningSigns.prompt2',
      'plan.warningSigns.prompt3',
    ],
    item: 'plan.warningSigns.item',
    placeholder: 'plan.warningSigns.placeholder',
  },
  coping: {
    title: 'plan.coping.title',
    short: 'plan.coping.short',
    about: 'plan.coping.about',
    prompts: ['plan.coping.prompt1', 'plan.coping.prompt2', 'plan.coping.prompt3'],
    item: 'plan.coping.item',
    placeholder: 'plan.coping.placeholder',
  },
  distractions: {
    title: 'plan.distractions.title',
    short: 'plan.distractions.short',
    about: 'plan.distractions.about',
    prompts: ['plan.distractions.prompt1', 'plan.distractions.prompt2'],
    item: 'plan.distractions.item',
    placeholder: 'plan.distractions.placeholder',
    name: 'plan.distractions.name',
    phone: 'plan.distractions.phone',
  },
  people: {
    title: 'plan.people.title',
    short: 'plan.people.short',
    about: 'plan.people.about',
    prompts: ['plan.people.prompt1', 'plan.people.prompt2', 'plan.people.prompt3'],
    item: 'plan.people.item',
    placeholder: 'plan.people.placeholder',
    name: 'plan.people.name',
    phone: 'plan.people.phone',
  },
  professionals: {
    title: 'plan.professionals.title',
    short: 'plan.professionals.short',
    about: 'plan.professionals.about',
    prompts: [
      'plan.professionals.prompt1',
      'plan.professionals.prompt2',
      'plan.professionals.prompt3',
    ],
  },
  'safe-environment': {
    title: 'plan.safeEnvironment.title',
    short: 'plan.safeEnvironment.short',
    about: 'plan.safeEnvironment.about',
    prompts: [
      'plan.safeEnvironment.prompt1',
      'plan.safeEnvironment.prompt2',
      'plan.safeEnvironment.prompt3',
    ],
    item: 'plan.safeEnvironment.item',
    placeholder: 'plan.safeEnvironment.placeholder',
  },
  reasons: {
    title: 'plan.reasons.title',
    short: 'plan.reasons.short',
    about: 'plan.reasons.about',
    prompts: ['plan.reasons.prompt1', 'plan.reasons.prompt2', 'plan.reasons.prompt3'],
    item: 'plan.reasons.item',
    placeholder: 'plan.reasons.placeholder',
  },
  using: {
    title: 'plan.using.title',
    short: 'plan.using.short',
    about: 'plan.using.about',
    prompts: [],
  },
};

/** "Step 4: People I can ask for help", or just the title for the unnumbered sections. */
export function sectionHeading(section: PlanSection): string {
  const title = t(SECTION_COPY[section.id].title);
  return section.step === null ? title : t('plan.stepHeading', { n: section.step, title });
}

export const NOTE_COPY = {
  likelihood: {
    label: 'plan.likelihood.label',
    hint: 'plan.likelihood.hint',
    short: 'plan.likelihood.short',
  },
  obstacles: {
    label: 'plan.obstacles.label',
    hint: 'plan.obstacles.hint',
    short: 'plan.obstacles.short',
  },
  copyKeptAt: {
    label: 'plan.copyKeptAt.label',
    hint: 'plan.copyKeptAt.hint',
    short: 'plan.copyKeptAt.short',
  },
} as const satisfies Record<string, Record<'label' | 'hint' | 'short', PlainMessageKey>>;

export { PLAN_SECTIONS };
