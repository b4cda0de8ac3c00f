import { emptyPlan } from '@onward/core';
import { describe, expect, it } from 'vitest';
import { isCopyEmpty, toCrisisCopy } from './crisis-copy.ts';

describe('the plan on the help screens (and in the crisis copy)', () => {
  it('keeps people and services that can be called, what helps and the reasons, in order', () => {
    const plan = emptyPlan();
    plan.coping = [
      { id: 'a', text: 'Music' },
      { id: 'b', text: 'A walk' },
    ];
    plan.people = [
      { id: 'p', name: 'Sam', phone: '0770 090' },
      { id: 'q', name: 'No number', phone: '' },
    ];
    plan.professionals = [
      { id: 's', kind: 'clinician', name: 'Dr A', phone: '020 7946 0000' },
      { id: 't', kind: 'line', name: 'Samaritans', phone: '116 123', lineId: 'gb-samaritans' },
      { id: 'u', kind: 'urgent-care', name: 'A&E', phone: '0161 496 0000', address: 'High St' },
    ];
    plan.reasons = [{ id: 'r', text: 'My cat' }];
    plan.warningSigns = [{ id: 'w', text: 'Not for the help screen' }];
    expect(toCrisisCopy(plan)).toEqual({
      copingStrategies: ['Music', 'A walk'],
      people: [{ name: 'Sam', phone: '0770 090' }],
      professionals: [
        { name: 'Dr A', phone: '020 7946 0000' },
        { name: 'A&E', phone: '0161 496 0000', note: 'High St' },
      ],
      reasons: ['My cat'],
    });
  });

  it('names a person by their number when no name was written', () => {
    const plan = emptyPlan();
    plan.people = [{ id: 'p', name: '', phone: '0770 090' }];
    expect(toCrisisCopy(plan).people).toEqual([{ name: '0770 090', phone: '0770 090' }]);
  });

  it('is empty for a plan with nothing to show in a crisis', () => {
    const plan = emptyPlan();
    plan.warningSigns = [{ id: 'w', text: 'x' }];
    expect(isCopyEmpty(toCrisisCopy(plan))).toBe(true);
  });
});
