import { describe, expect, it } from 'vitest';
import { isTriggerCode, TRIGGER_GROUPS, TRIGGERS, triggerGroupOf, triggersIn } from './triggers.ts';

describe('trigger taxonomy', () => {
  it('has unique kebab-case codes in the three groups from the brief', () => {
    const codes = TRIGGERS.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(TRIGGER_GROUPS.flatMap((g) => triggersIn(g))).toEqual(codes);
  });

  it('keeps the codes stored in records (changing one would orphan people’s data)', () => {
    expect(triggersIn('emotional')).toEqual([
      'shame',
      'low-self-worth',
      'loneliness',
      'numbness',
      'emptiness',
      'sadness',
      'anger',
      'frustration',
    ]);
    expect(triggersIn('environmental')).toEqual([
      'relationship-conflict',
      'loss',
      'chronic-stress',
      'trauma-reminder',
      'unsafe-home',
      'isolation',
      'boredom',
      'seeing-others-self-harm',
    ]);
    expect(triggersIn('treatment')).toEqual([
      'stopped-medication',
      'missed-therapy',
      'ended-therapy',
    ]);
  });

  it('recognises its codes and their groups', () => {
    expect(isTriggerCode('boredom')).toBe(true);
    expect(isTriggerCode('Boredom')).toBe(false);
    expect(isTriggerCode(3)).toBe(false);
    expect(triggerGroupOf('missed-therapy')).toBe('treatment');
  });
});
