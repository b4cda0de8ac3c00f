// The guides say only what Onward does today (issue 11, item 6). When a clinician report exists
// (a later issue), this guide may mention it again, and this test should change with it.
import { describe, expect, it } from 'vitest';
import { guideStrings } from '../guide-text.ts';
import { treatmentsExplained } from './treatments-explained.ts';

describe('treatments explained', () => {
  it('promises no report that Onward cannot make yet', () => {
    expect(guideStrings(treatmentsExplained).join(' ')).not.toMatch(/\breport/i);
  });

  it('still suggests showing the safety plan, which can be printed', () => {
    expect(guideStrings(treatmentsExplained).join(' ')).toMatch(
      /safety plan, on your phone or printed/,
    );
  });
});
