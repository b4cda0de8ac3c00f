import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanPlan,
  emptyPlan,
  isPlanEmpty,
  moveItem,
  PLAN_SECTIONS,
  planSection,
  plansEqual,
  reachablePeople,
  readPlan,
  sectionCount,
} from './safety-plan.ts';
import { arbitraryPlan, fullPlan } from './safety-plan-test-data.ts';

describe('the plan sections', () => {
  it('follow Stanley-Brown: six numbered steps in order, then reasons for living, then notes', () => {
    expect(PLAN_SECTIONS.map((s) => [s.id, s.step])).toEqual([
      ['warning-signs', 1],
      ['coping', 2],
      ['distractions', 3],
      ['people', 4],
      ['professionals', 5],
      ['safe-environment', 6],
      ['reasons', null],
      ['using', null],
    ]);
  });

  it('are found by id', () => {
    expect(planSection('people')?.step).toBe(4);
    expect(planSection('nope')).toBeUndefined();
  });
});

describe('cleanPlan', () => {
  it('tidies text and drops blank rows, keeping the order', () => {
    const plan = emptyPlan();
    plan.warningSigns = [
      { id: 'a', text: '  Not  sleeping ' },
      { id: 'b', text: '   ' },
      { id: 'c', text: 'Staying in my room' },
    ];
    plan.people = [
      { id: 'p', name: ' Sam ', phone: ' 0770  090 ' },
      { id: 'q', name: '', phone: '' },
    ];
    plan.professionals = [
      { id: 's', kind: 'urgent-care', name: '', phone: '', address: '  ' },
      { id: 't', kind: 'urgent-care', name: 'A&E', phone: '', address: ' High St ' },
    ];
    const clean = cleanPlan(plan);
    expect(clean.warningSigns).toEqual([
      { id: 'a', text: 'Not sleeping' },
      { id: 'c', text: 'Staying in my room' },
    ]);
    expect(clean.people).toEqual([{ id: 'p', name: 'Sam', phone: '0770 090' }]);
    expect(clean.professionals).toEqual([
      { id: 't', kind: 'urgent-care', name: 'A&E', phone: '', address: 'High St' },
    ]);
  });

  it('keeps line breaks in the notes (only trims them)', () => {
    const plan = emptyPlan();
    plan.obstacles = '  Feeling tired\nForgetting it exists  ';
    expect(cleanPlan(plan).obstacles).toBe('Feeling tired\nForgetting it exists');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        const once = cleanPlan(plan);
        expect(cleanPlan(once)).toEqual(once);
      }),
    );
  });
});

describe('counts and emptiness', () => {
  it('counts items, and answered questions in the notes', () => {
    const plan = fullPlan();
    const count = (id: string) => {
      const section = planSection(id);
      if (!section) throw new Error(id);
      return sectionCount(plan, section);
    };
    expect(count('warning-signs')).toBe(2);
    expect(count('professionals')).toBe(3);
    expect(count('using')).toBe(3);
    plan.likelihood = ' ';
    expect(count('using')).toBe(2);
  });

  it('an empty plan is empty; a single note is enough to make it not empty', () => {
    const plan = emptyPlan();
    expect(isPlanEmpty(plan)).toBe(true);
    plan.copyKeptAt = 'On my phone';
    expect(isPlanEmpty(plan)).toBe(false);
  });

  it('plansEqual ignores stray whitespace but not order', () => {
    const a = fullPlan();
    const b = fullPlan();
    b.coping = b.coping.map((c) => ({ ...c, text: ` ${c.text}  ` }));
    expect(plansEqual(a, b)).toBe(true);
    b.coping.reverse();
    expect(plansEqual(a, b)).toBe(false);
  });
});

describe('moveItem', () => {
  it('moves up and down, and leaves out-of-range moves alone', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('never loses or duplicates an item', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer()),
        fc.integer({ min: -2, max: 10 }),
        fc.constantFrom(-1 as const, 1 as const),
        (list, index, by) => {
          const moved = moveItem(list, index, by);
          expect([...moved].sort()).toEqual([...list].sort());
        },
      ),
    );
  });
});

describe('readPlan (stored records are read defensively)', () => {
  it('round-trips any plan', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        expect(readPlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
      }),
    );
  });

  it('turns anything else into an empty plan or the readable part of it', () => {
    expect(readPlan(null)).toEqual(emptyPlan());
    expect(readPlan('plan')).toEqual(emptyPlan());
    const damaged = readPlan({
      warningSigns: [{ id: 'a', text: 'ok' }, 'nope', { text: 'no id' }],
      people: 'not a list',
      professionals: [
        { id: 's', kind: 'rocket', name: 'x' },
        { id: 't', kind: 'line', name: 'Line', lineId: 'gb-shout' },
      ],
      reasons: [{ id: 'r', text: 42 }],
      likelihood: 7,
      extra: 'dropped',
    });
    expect(damaged.warningSigns).toEqual([{ id: 'a', text: 'ok' }]);
    expect(damaged.people).toEqual([]);
    expect(damaged.professionals).toEqual([
      { id: 't', kind: 'line', name: 'Line', phone: '', lineId: 'gb-shout' },
    ]);
    expect(damaged.reasons).toEqual([{ id: 'r', text: '' }]);
    expect(damaged.likelihood).toBe('');
    expect('extra' in damaged).toBe(false);
  });
});

describe('reachablePeople', () => {
  it('lists step-4 people and step-5 services that have a phone, leaving out directory lines', () => {
    const plan = fullPlan();
    plan.people.push({ id: 'p3', name: 'No number', phone: '' });
    const { people, professionals } = reachablePeople(plan);
    expect(people.map((p) => p.name)).toEqual(['Sam', 'Aunt Jo']);
    expect(professionals.map((s) => s.name)).toEqual(['Dr Ahmed']);
  });
});
