// Phone checks for a whole plan before saving: which rows have a number that would not dial,
// and the plan with every number tidied. Pure, so it is tested in Node.
import type { MessageKey } from '@onward/content';
import { checkOptionalPhone, type PhoneProblem, type SafetyPlan } from '@onward/core';

export type PhoneErrors = ReadonlyMap<string, Exclude<PhoneProblem, 'empty'>>;

export const PHONE_PROBLEM_COPY = {
  'not-a-number': 'plan.phone.notANumber',
  'too-short': 'plan.phone.tooShort',
  'too-long': 'plan.phone.tooLong',
} as const satisfies Record<Exclude<PhoneProblem, 'empty'>, MessageKey>;

/** Rows (by item id) whose phone number needs a look. A blank number is fine. */
export function phoneErrors(plan: SafetyPlan): PhoneErrors {
  const errors = new Map<string, Exclude<PhoneProblem, 'empty'>>();
  for (const row of [...plan.distractions, ...plan.people, ...plan.professionals]) {
    if ('kind' in row && row.kind === 'line') continue;
    const checked = checkOptionalPhone(row.phone);
    if (!checked.ok) errors.set(row.id, checked.reason);
  }
  return errors;
}

/** The plan with each valid number in its tidied form ("+44 (0)7700…" → "+44 7700…"). */
export function tidyPhones(plan: SafetyPlan): SafetyPlan {
  const tidy = <T extends { phone: string }>(row: T): T => {
    const checked = checkOptionalPhone(row.phone);
    return checked.ok ? { ...row, phone: checked.value } : row;
  };
  return {
    ...plan,
    distractions: plan.distractions.map(tidy),
    people: plan.people.map(tidy),
    professionals: plan.professionals.map((s) => (s.kind === 'line' ? s : tidy(s))),
  };
}
