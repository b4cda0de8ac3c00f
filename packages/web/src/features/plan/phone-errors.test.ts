import { emptyPlan } from '@onward/core';
import { describe, expect, it } from 'vitest';
import { phoneErrors, tidyPhones } from './phone-errors.ts';

describe('phone checks across a plan', () => {
  const plan = () => {
    const p = emptyPlan();
    p.people = [
      { id: 'a', name: 'Sam', phone: '+44 (0)7700 900123' },
      { id: 'b', name: 'Jo', phone: 'jo at work' },
      { id: 'c', name: 'Kim', phone: '' },
    ];
    p.distractions = [{ id: 'd', name: 'Café', phone: '12' }];
    p.professionals = [
      { id: 'e', kind: 'clinician', name: 'Dr A', phone: '1234567890123456' },
      { id: 'f', kind: 'line', name: 'Line', phone: 'anything', lineId: 'x' },
    ];
    return p;
  };

  it('marks rows whose number would not dial, and leaves blank numbers and directory lines alone', () => {
    expect([...phoneErrors(plan())]).toEqual([
      ['d', 'too-short'],
      ['b', 'not-a-number'],
      ['e', 'too-long'],
    ]);
  });

  it('tidies numbers that are fine and keeps the rest as typed', () => {
    const tidied = tidyPhones(plan());
    expect(tidied.people.map((p) => p.phone)).toEqual(['+44 7700 900123', 'jo at work', '']);
    expect(tidied.professionals[1]?.phone).toBe('anything');
  });
});
