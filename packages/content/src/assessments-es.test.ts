import { ITEM_COUNT, scoreAnswers } from '@onward/core';
import { describe, expect, it } from 'vitest';
import { gad7, phq9 } from './assessments.ts';
import { gad7Es, phq9Es, questionnairesIn } from './assessments-es.ts';
import { formatViolations, lintTree } from './content-lint.ts';

describe('PHQ-9 and GAD-7 in Spanish', () => {
  it('has the same number of items and options, in the same scoring order', () => {
    expect(phq9Es.items).toHaveLength(phq9.items.length);
    expect(gad7Es.items).toHaveLength(gad7.items.length);
    for (const q of [phq9Es, gad7Es]) {
      expect(q.options).toHaveLength(4);
      expect(q.difficulty.options).toHaveLength(4);
    }
    expect(phq9Es.options[0]).toBe('Ningún día');
    expect(phq9Es.options[3]).toBe('Casi todos los días');
    expect(gad7Es.options[0]).toBe('Nunca');
  });

  it('keeps the published names and source, and item 9 last', () => {
    expect([phq9Es.name, gad7Es.name]).toEqual(['PHQ-9', 'GAD-7']);
    expect(phq9Es.source).toBe(phq9.source);
    expect(phq9Es.items[8]).toMatch(/^Pensamientos de que estaría mejor muerto\(a\)/);
  });

  it('is scored exactly as the English: one 0–3 answer per item, by the same tables', () => {
    // Scoring is by instrument and answer index (0–3, in option order), never by wording, so the
    // Spanish forms must have exactly the items the scoring tables expect.
    expect(phq9Es.items).toHaveLength(ITEM_COUNT.phq9);
    expect(gad7Es.items).toHaveLength(ITEM_COUNT.gad7);
    const answers = [0, 1, 2, 3, 0, 1, 2, 3, 1];
    const scored = scoreAnswers('phq9', answers);
    expect(scored.ok && scored.value.total).toBe(13);
    expect(questionnairesIn('es').phq9).toBe(phq9Es);
    expect(questionnairesIn('es').gad7).toBe(gad7Es);
    expect(questionnairesIn('en').phq9).toBe(phq9);
  });

  it('passes the content lint, with item 6 allowed as published', () => {
    const result = lintTree({ phq9Es, gad7Es }, 'questionnairesEs');
    expect(formatViolations(result.violations)).toBe('');
  });
});
