import { emptyPlan } from '@onward/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCopy } from '../../i18n.ts';
import { planText } from './share.ts';

// The plan's screens (which share the plan as text) render once the plan copy is in.
beforeAll(() => loadCopy(['plan']));

describe('the plan as text', () => {
  it('uses the step headings and the current numbers of a directory line', () => {
    const plan = emptyPlan();
    plan.people = [{ id: 'p', name: 'Sam', phone: '07700 900123' }];
    plan.professionals = [
      { id: 's', kind: 'line', name: 'Old name', phone: '000', lineId: 'gb-shout' },
    ];
    const text = planText(plan, '2026-03-01T10:00:00Z');
    expect(text).toContain('Step 4: People I can ask for help\n- Sam, 07700 900123');
    expect(text).toContain('Step 5: Professionals and services\n- Shout: Text SHOUT to 85258');
    expect(text.startsWith('My safety plan\nLast changed')).toBe(true);
  });
});
