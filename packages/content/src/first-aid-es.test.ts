import { describe, expect, it } from 'vitest';
import { formatViolations, lintCopy, lintTree } from './content-lint.ts';
import { firstAid } from './first-aid.ts';
import { firstAidEs, firstAidIn } from './first-aid-es.ts';

describe('first aid in Spanish', () => {
  it('has the same sections with the same number of points as the English', () => {
    for (const key of ['callNow', 'emergencyDepartment', 'adviceSoon'] as const) {
      expect(firstAidEs[key].items).toHaveLength(firstAid[key].items.length);
    }
    expect(firstAidIn('es')).toBe(firstAidEs);
    expect(firstAidIn('en')).toBe(firstAid);
  });

  it('keeps the facts that decide when to go: 10 minutes of pressure, tetanus, emergency number', () => {
    expect(firstAidEs.emergencyDepartment.items[0]).toMatch(/10 minutos de presión firme/);
    expect(firstAidEs.adviceSoon.items[1]).toMatch(/tétanos/);
    expect(firstAidEs.callNow.items[0]).toMatch(/sobredosis o intoxicación/);
  });

  it('passes the lint under its first-aid path, and medical words are refused anywhere else', () => {
    const result = lintTree(firstAidEs, 'firstAidEs');
    expect(formatViolations(result.violations)).toBe('');
    expect(lintTree(firstAidEs, 'somewhereElse').violations.length).toBeGreaterThan(0);
    expect(lintCopy(firstAidEs.callNow.items[0] ?? '').map((v) => v.term)).toContain(
      'es-sobredosis',
    );
  });
});
