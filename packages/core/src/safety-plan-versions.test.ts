import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyPlan } from './safety-plan.ts';
import { arbitraryPlan, fullPlan } from './safety-plan-test-data.ts';
import {
  decideSave,
  newestFirst,
  type PlanVersion,
  versionBefore,
} from './safety-plan-versions.ts';

const at = (iso: string) => new Date(iso);
const ids = () => {
  let n = 0;
  return () => `v${++n}`;
};

describe('decideSave', () => {
  it('makes the first version', () => {
    const d = decideSave(undefined, fullPlan(), { now: at('2026-03-01T10:00:00Z'), newId: ids() });
    expect(d.kind).toBe('new');
    expect(d.version).toMatchObject({ id: 'v1', savedAt: '2026-03-01T10:00:00.000Z' });
    expect(d.version?.session).toBeUndefined();
  });

  it('does not save an empty first plan (every step skipped)', () => {
    const blank = emptyPlan();
    blank.reasons.push({ id: 'r', text: '   ' });
    const d = decideSave(undefined, blank, { now: at('2026-03-01T10:00:00Z'), newId: ids() });
    expect(d).toEqual({ kind: 'unchanged', version: undefined });
  });

  it('adds a new version for each saved change, keeping the one before untouched', () => {
    const newId = ids();
    const first = decideSave(undefined, fullPlan(), { now: at('2026-03-01T10:00:00Z'), newId });
    const edited = fullPlan();
    edited.coping.push({ id: 'c3', text: 'Cold water on my face' });
    const second = decideSave(first.version, edited, { now: at('2026-03-02T10:00:00Z'), newId });
    expect(second.kind).toBe('new');
    expect(second.version?.id).toBe('v2');
    expect(first.version?.plan.coping).toHaveLength(2);
    expect(second.version?.plan.coping).toHaveLength(3);
  });

  it('does nothing when nothing changed (whitespace is not a change)', () => {
    const first = decideSave(undefined, fullPlan(), {
      now: at('2026-03-01T10:00:00Z'),
      newId: ids(),
    });
    const same = fullPlan();
    same.reasons[0] = { id: 'r1', text: ' My dog,  Biscuit ' };
    const d = decideSave(first.version, same, { now: at('2026-03-05T10:00:00Z'), newId: ids() });
    expect(d).toEqual({ kind: 'unchanged', version: first.version });
  });

  it('updates one version through a guided session, and starts a new one after it', () => {
    const newId = ids();
    const plan = emptyPlan();
    plan.warningSigns.push({ id: 'w', text: 'Not sleeping' });
    const a = decideSave(undefined, plan, {
      now: at('2026-03-01T10:00:00Z'),
      newId,
      session: 'g1',
    });
    plan.coping.push({ id: 'c', text: 'Music' });
    const b = decideSave(a.version, plan, {
      now: at('2026-03-01T10:05:00Z'),
      newId,
      session: 'g1',
    });
    expect(b).toMatchObject({ kind: 'replace', version: { id: 'v1', session: 'g1' } });
    expect(b.version?.savedAt).toBe('2026-03-01T10:05:00.000Z');
    plan.reasons.push({ id: 'r', text: 'My cat' });
    const c = decideSave(b.version, plan, { now: at('2026-03-09T10:00:00Z'), newId });
    expect(c).toMatchObject({ kind: 'new', version: { id: 'v2' } });
    const d = decideSave(b.version, plan, {
      now: at('2026-03-09T10:00:00Z'),
      newId,
      session: 'g2',
    });
    expect(d.kind).toBe('new');
  });

  it('never replaces a version from another session, and always stores a clean plan', () => {
    fc.assert(
      fc.property(
        arbitraryPlan,
        arbitraryPlan,
        fc.option(fc.constantFrom('a', 'b')),
        fc.option(fc.constantFrom('a', 'b')),
        (p1, p2, s1, s2) => {
          const newId = ids();
          const now = at('2026-03-01T10:00:00Z');
          const first = decideSave(undefined, p1, { now, newId, session: s1 ?? undefined });
          const next = decideSave(first.version, p2, { now, newId, session: s2 ?? undefined });
          if (next.kind === 'replace') expect(s2 !== null && s1 === s2).toBe(true);
          if (next.version === undefined) return;
          expect(next.version.id).not.toBe('');
          expect(decideSave(next.version, next.version.plan, { now, newId }).kind).toBe(
            'unchanged',
          );
        },
      ),
    );
  });
});

describe('ordering versions', () => {
  const v = (id: string, savedAt: string): PlanVersion => ({ id, savedAt, plan: emptyPlan() });
  const versions = [
    v('a', '2026-01-01T00:00:00Z'),
    v('c', '2026-03-01T00:00:00Z'),
    v('b', '2026-02-01T00:00:00Z'),
  ];

  it('lists newest first', () => {
    expect(newestFirst(versions).map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });

  it('finds the version before a given one', () => {
    expect(versionBefore(versions, 'c')?.id).toBe('b');
    expect(versionBefore(versions, 'a')).toBeUndefined();
    expect(versionBefore(versions, 'zz')).toBeUndefined();
  });
});
