// Test data for the safety-plan tests: a full plan, and a fast-check arbitrary of plans.
// (Not exported from the package index; only tests import it.)
import fc from 'fast-check';
import type { PlanEntry, PlanPerson, PlanService, SafetyPlan } from './safety-plan.ts';

export function fullPlan(): SafetyPlan {
  return {
    v: 1,
    warningSigns: [
      { id: 'w1', text: 'I stop answering messages' },
      { id: 'w2', text: 'Thinking that nothing will change' },
    ],
    coping: [
      { id: 'c1', text: 'Walk round the block' },
      { id: 'c2', text: 'Play my loudest playlist' },
    ],
    distractions: [
      { id: 'd1', name: 'The library', phone: '' },
      { id: 'd2', name: 'Priya', phone: '07700 900111' },
    ],
    people: [
      { id: 'p1', name: 'Sam', phone: '07700 900123' },
      { id: 'p2', name: 'Aunt Jo', phone: '+44 7700 900456' },
    ],
    professionals: [
      { id: 's1', kind: 'clinician', name: 'Dr Ahmed', phone: '020 7946 0000' },
      { id: 's2', kind: 'line', name: 'Samaritans', phone: '116 123', lineId: 'gb-samaritans' },
      {
        id: 's3',
        kind: 'urgent-care',
        name: 'City Hospital A&E',
        phone: '',
        address: 'Station Road',
      },
    ],
    safeEnvironment: [{ id: 'e1', text: 'Ask my sister to keep some things for me for a while' }],
    reasons: [
      { id: 'r1', text: 'My dog, Biscuit' },
      { id: 'r2', text: 'Seeing my brother graduate' },
    ],
    likelihood: 'Fairly likely, if I keep it on my phone',
    obstacles: 'Feeling like a burden',
    copyKeptAt: 'In my bag and on the fridge',
  };
}

const id = fc.uuid();
const text = fc.string({ maxLength: 30 });
const entry: fc.Arbitrary<PlanEntry> = fc.record({ id, text });
const person: fc.Arbitrary<PlanPerson> = fc.record({ id, name: text, phone: text });
const service: fc.Arbitrary<PlanService> = fc.record(
  {
    id,
    kind: fc.constantFrom('clinician' as const, 'line' as const, 'urgent-care' as const),
    name: text,
    phone: text,
    lineId: fc.string({ minLength: 1, maxLength: 10 }),
    address: fc.string({ minLength: 1, maxLength: 10 }),
  },
  { requiredKeys: ['id', 'kind', 'name', 'phone'] },
);
const list = <T>(a: fc.Arbitrary<T>) =>
  fc.uniqueArray(a, { maxLength: 5, selector: (x) => (x as { id: string }).id });

export const arbitraryPlan: fc.Arbitrary<SafetyPlan> = fc.record({
  v: fc.constant(1 as const),
  warningSigns: list(entry),
  coping: list(entry),
  distractions: list(person),
  people: list(person),
  professionals: list(service),
  safeEnvironment: list(entry),
  reasons: list(entry),
  likelihood: text,
  obstacles: text,
  copyKeptAt: text,
});
