import { describe, expect, it } from 'vitest';
import { formatViolations, lintCopy, lintTree } from './content-lint.ts';
import { firstAid } from './first-aid.ts';
import * as content from './index.ts';

describe('first-aid guidance', () => {
  it('is exported under a firstAid path, where the lint allows its medical words', () => {
    expect(content.firstAid).toBe(firstAid);
    const result = lintTree({ firstAid }, 'content');
    expect(result.checked).toBeGreaterThan(15);
    expect(formatViolations(result.violations)).toBe('');
  });

  it('needs that allow-list: the same words anywhere else would be refused', () => {
    const all = [
      ...firstAid.callNow.items,
      ...firstAid.emergencyDepartment.items,
      ...firstAid.adviceSoon.items,
    ].join(' ');
    expect(lintCopy(all).map((v) => v.term)).toEqual(
      expect.arrayContaining(['overdose', 'poisoning', 'blood', 'wound', 'gash']),
    );
  });

  it('covers when to call, when to go, and when to get advice, as in the brief', () => {
    expect(firstAid.callNow.items.join(' ')).toMatch(/overdose or poisoning/);
    expect(firstAid.callNow.items.join(' ')).toMatch(/breathing/);
    expect(firstAid.emergencyDepartment.items.join(' ')).toMatch(/10 minutes of firm pressure/);
    expect(firstAid.emergencyDepartment.items.join(' ')).toMatch(/all the way round/);
    expect(firstAid.adviceSoon.items.join(' ')).toMatch(/infection/);
    expect(firstAid.adviceSoon.items.join(' ')).toMatch(/tetanus/);
  });

  it('holds no phone numbers: those come from the reviewed crisis directory', () => {
    expect(JSON.stringify(firstAid)).not.toMatch(/\d{3}/);
  });
});
