import { describe, expect, it } from 'vitest';
import { gad7, phq9 } from './assessments.ts';

describe('PHQ-9 and GAD-7 wording', () => {
  it('has one item per scored question and four answers scored 0 to 3', () => {
    expect(phq9.items).toHaveLength(9);
    expect(gad7.items).toHaveLength(7);
    for (const q of [phq9, gad7]) {
      expect(q.options).toEqual([
        'Not at all',
        'Several days',
        'More than half the days',
        'Nearly every day',
      ]);
      expect(q.difficulty.options).toHaveLength(4);
    }
  });

  it('keeps the published item 9 of the PHQ-9, which the app answers with help only', () => {
    expect(phq9.items[8]).toBe(
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    );
  });
});
