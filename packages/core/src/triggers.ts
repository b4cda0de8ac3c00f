// The trigger taxonomy from the product brief (drawn from the clinic's article): what can make an
// urge more likely. Each trigger has a stable code that is stored in records and exports, so a
// label can be reworded or translated without touching anyone's data. Labels live in
// @onward/content by key; the person's own triggers are stored as their own words.
//
// Codes are kebab-case and never change meaning. Add new ones at the end of their group.

export type TriggerGroup = 'emotional' | 'environmental' | 'treatment';

export const TRIGGER_GROUPS: readonly TriggerGroup[] = ['emotional', 'environmental', 'treatment'];

export interface TriggerDef {
  code: string;
  group: TriggerGroup;
}

export const TRIGGERS = [
  // Emotional
  { code: 'shame', group: 'emotional' },
  { code: 'low-self-worth', group: 'emotional' },
  { code: 'loneliness', group: 'emotional' },
  { code: 'numbness', group: 'emotional' },
  { code: 'emptiness', group: 'emotional' },
  { code: 'sadness', group: 'emotional' },
  { code: 'anger', group: 'emotional' },
  { code: 'frustration', group: 'emotional' },
  // Environmental
  { code: 'relationship-conflict', group: 'environmental' },
  { code: 'loss', group: 'environmental' },
  { code: 'chronic-stress', group: 'environmental' },
  { code: 'trauma-reminder', group: 'environmental' },
  { code: 'unsafe-home', group: 'environmental' },
  { code: 'isolation', group: 'environmental' },
  { code: 'boredom', group: 'environmental' },
  { code: 'seeing-others-self-harm', group: 'environmental' },
  // Treatment-related
  { code: 'stopped-medication', group: 'treatment' },
  { code: 'missed-therapy', group: 'treatment' },
  { code: 'ended-therapy', group: 'treatment' },
] as const satisfies readonly TriggerDef[];

export type TriggerCode = (typeof TRIGGERS)[number]['code'];

const CODES: ReadonlySet<string> = new Set(TRIGGERS.map((t) => t.code));

export function isTriggerCode(value: unknown): value is TriggerCode {
  return typeof value === 'string' && CODES.has(value);
}

/** The taxonomy's triggers in one group, in taxonomy order. */
export function triggersIn(group: TriggerGroup): TriggerCode[] {
  return TRIGGERS.filter((t) => t.group === group).map((t) => t.code);
}

export function triggerGroupOf(code: TriggerCode): TriggerGroup {
  return (TRIGGERS.find((t) => t.code === code) as TriggerDef).group;
}
