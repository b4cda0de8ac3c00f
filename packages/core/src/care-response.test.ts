import { describe, expect, it } from 'vitest';
import { careParts, careResponseFor, careResponseOnSave } from './care-response.ts';
import { emptyDiaryCard } from './diary-card.ts';

const card = (edit: (c: ReturnType<typeof emptyDiaryCard>) => void) => {
  const c = emptyDiaryCard('2026-03-02');
  edit(c);
  return { kind: 'diary' as const, card: c };
};

describe('careResponseFor: one rule for the urge log, the diary card and check-ins', () => {
  it('answers acting on an urge with the safety check, first aid, the plan and the lines', () => {
    expect(careResponseFor({ kind: 'urge', entry: { acted: true } })).toBe('after-acting');
    expect(careResponseFor({ kind: 'urge', entry: { acted: false } })).toBe('none');
    expect(careParts('after-acting')).toEqual({
      safetyCheck: true,
      firstAid: true,
      planAndLines: true,
    });
  });

  it('answers a diary card that records acting on self-harm or suicidal thoughts the same way', () => {
    expect(careResponseFor(card((c) => (c.targets.selfHarm.acted = true)))).toBe('after-acting');
    expect(careResponseFor(card((c) => (c.targets.suicidalThoughts.acted = true)))).toBe(
      'after-acting',
    );
    // Acting on a substances target, or a blank card, calls for nothing extra.
    expect(careResponseFor(card((c) => (c.targets.substances.acted = true)))).toBe('none');
    expect(careResponseFor(card(() => {}))).toBe('none');
    expect(careResponseFor(card((c) => (c.targets.selfHarm.acted = false)))).toBe('none');
  });

  it('shows the plan and lines for thoughts without acting: PHQ-9 item 9, diary suicidal urge', () => {
    const answers = [0, 0, 0, 0, 0, 0, 0, 0, 1];
    expect(careResponseFor({ kind: 'check-in', instrument: 'phq9', answers })).toBe('thoughts');
    expect(
      careResponseFor({ kind: 'check-in', instrument: 'phq9', answers: answers.map(() => 0) }),
    ).toBe('none');
    expect(
      careResponseFor({ kind: 'check-in', instrument: 'gad7', answers: [0, 0, 0, 0, 0, 0, 3] }),
    ).toBe('none');
    expect(careResponseFor(card((c) => (c.targets.suicidalThoughts.urge = 1)))).toBe('thoughts');
    expect(careResponseFor(card((c) => (c.targets.suicidalThoughts.urge = 0)))).toBe('none');
    expect(careParts('thoughts')).toEqual({
      safetyCheck: false,
      firstAid: false,
      planAndLines: true,
    });
  });

  it('on save, shows a response only when the record newly calls for more care', () => {
    const acted = card((c) => (c.targets.selfHarm.acted = true));
    const thoughts = card((c) => (c.targets.suicidalThoughts.urge = 2));
    const blank = card(() => {});
    expect(careResponseOnSave(acted)).toBe('after-acting');
    expect(careResponseOnSave(acted, blank)).toBe('after-acting');
    expect(careResponseOnSave(acted, thoughts)).toBe('after-acting');
    expect(careResponseOnSave(acted, acted)).toBe('none');
    expect(careResponseOnSave(thoughts, acted)).toBe('none');
    expect(
      careResponseOnSave(
        { kind: 'urge', entry: { acted: true } },
        { kind: 'urge', entry: { acted: false } },
      ),
    ).toBe('after-acting');
  });
});
