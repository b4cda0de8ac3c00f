// What the help screens show from the plan: the person's people and services with a phone,
// the things they said help, and their reasons for living. The same shape is what goes into the
// vault's crisis copy (readable while locked) when the person opts in, so the help screens render
// one shape whichever way it came. Kept tiny: the help screens bundle it.
import { reachablePeople, type SafetyPlan } from '@onward/core';
import type { CrisisContact, CrisisCopy } from '../../vault/index.ts';

export function toCrisisCopy(plan: SafetyPlan): CrisisCopy {
  const { people, professionals } = reachablePeople(plan);
  return {
    copingStrategies: plan.coping.map((c) => c.text),
    people: people.map((p) => ({ name: p.name || p.phone, phone: p.phone })),
    professionals: professionals.map((s) => {
      const contact: CrisisContact = { name: s.name || s.phone, phone: s.phone };
      if (s.address) contact.note = s.address;
      return contact;
    }),
    reasons: plan.reasons.map((r) => r.text),
  };
}

/** True when there is nothing to show. */
export function isCopyEmpty(copy: CrisisCopy): boolean {
  return (
    copy.copingStrategies.length === 0 &&
    copy.people.length === 0 &&
    copy.professionals.length === 0 &&
    (copy.reasons?.length ?? 0) === 0
  );
}
