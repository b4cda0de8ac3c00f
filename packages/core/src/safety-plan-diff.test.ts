import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyPlan } from './safety-plan.ts';
import { countChanges, diffPlans, itemLabel } from './safety-plan-diff.ts';
import { arbitraryPlan, fullPlan } from './safety-plan-test-data.ts';

describe('diffPlans', () => {
  it('finds nothing between a plan and itself', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        expect(diffPlans(plan, JSON.parse(JSON.stringify(plan)))).toEqual([]);
      }),
    );
  });

  it('reports additions, removals, edits and reordering per section, in plan order', () => {
    const before = fullPlan();
    const after = fullPlan();
    after.reasons.push({ id: 'r3', text: 'The sea in summer' });
    after.warningSigns[0] = { id: 'w1', text: 'I stop answering messages for days' };
    after.people = [after.people[1], after.people[0]].filter((p) => p !== undefined);
    after.professionals = after.professionals.filter((s) => s.id !== 's2');
    after.obstacles = 'Feeling like a burden, or too tired';
    after.copyKeptAt = '';

    expect(diffPlans(before, after)).toEqual([
      {
        section: 'warning-signs',
        changes: [
          {
            type: 'changed',
            from: 'I stop answering messages',
            to: 'I stop answering messages for days',
          },
        ],
        reordered: false,
      },
      { section: 'people', changes: [], reordered: true },
      {
        section: 'professionals',
        changes: [{ type: 'removed', text: 'Samaritans, 116 123' }],
        reordered: false,
      },
      {
        section: 'reasons',
        changes: [{ type: 'added', text: 'The sea in summer' }],
        reordered: false,
      },
      {
        section: 'using',
        changes: [
          {
            type: 'changed',
            from: 'Feeling like a burden',
            to: 'Feeling like a burden, or too tired',
            field: 'obstacles',
          },
          { type: 'removed', text: 'In my bag and on the fridge', field: 'copyKeptAt' },
        ],
        reordered: false,
      },
    ]);
  });

  it('does not call it reordering when an item is only added or removed', () => {
    const before = fullPlan();
    const after = fullPlan();
    after.coping.unshift({ id: 'c0', text: 'Stretch' });
    after.coping = after.coping.filter((c) => c.id !== 'c1');
    const [coping] = diffPlans(before, after);
    expect(coping?.reordered).toBe(false);
    expect(coping?.changes.map((c) => c.type)).toEqual(['added', 'removed']);
  });

  it('counts each change, and a reordering as one', () => {
    const before = emptyPlan();
    const after = fullPlan();
    // Everything in fullPlan is new: 2+2+2+2+3+1+2 items and 3 notes.
    expect(countChanges(diffPlans(before, after))).toBe(17);
    const reordered = fullPlan();
    reordered.reasons.reverse();
    expect(countChanges(diffPlans(after, reordered))).toBe(1);
  });
});

describe('itemLabel', () => {
  it('writes people and services with their phone and address', () => {
    expect(itemLabel({ id: 'a', text: 'x' })).toBe('x');
    expect(itemLabel({ id: 'a', name: 'Sam', phone: '0770' })).toBe('Sam, 0770');
    expect(itemLabel({ id: 'a', name: 'The park', phone: '' })).toBe('The park');
    expect(
      itemLabel({ id: 's', kind: 'urgent-care', name: 'A&E', phone: '', address: 'High St' }),
    ).toBe('A&E, High St');
  });
});
