import { describe, expect, it } from 'vitest';
import {
  breathAt,
  customProblems,
  cycleMs,
  PRESETS,
  parseCustom,
  phasesOf,
  sessionMs,
} from './breathing-pattern.ts';

describe('breathing patterns', () => {
  it('skips holds of zero seconds', () => {
    expect(phasesOf(PRESETS['in4-out6']).map((p) => p.kind)).toEqual(['in', 'out']);
    expect(phasesOf(PRESETS.box).map((p) => p.kind)).toEqual(['in', 'hold-in', 'out', 'hold-out']);
    expect(cycleMs(PRESETS['in4-out6'])).toBe(10_000);
    expect(cycleMs(PRESETS.box)).toBe(16_000);
  });

  it('rounds a session up to whole breaths', () => {
    expect(sessionMs(PRESETS['in4-out6'], 1)).toBe(60_000);
    expect(sessionMs(PRESETS.box, 1)).toBe(64_000);
    expect(sessionMs(PRESETS.box, 3)).toBe(192_000);
  });

  it('says which phase a moment falls in and counts down its seconds', () => {
    const p = PRESETS['in4-out6'];
    expect(breathAt(p, 0)).toEqual({
      kind: 'in',
      step: 0,
      phaseMs: 4000,
      intoMs: 0,
      secondsLeft: 4,
    });
    expect(breathAt(p, 3_100).secondsLeft).toBe(1);
    expect(breathAt(p, 4_000)).toMatchObject({ kind: 'out', step: 1, secondsLeft: 6 });
    expect(breathAt(p, 10_000)).toMatchObject({ kind: 'in', step: 2 });
    expect(breathAt(PRESETS.box, 13_000)).toMatchObject({
      kind: 'hold-out',
      step: 3,
      secondsLeft: 3,
    });
    expect(breathAt(PRESETS.box, 16_000 * 5 + 4_500)).toMatchObject({ kind: 'hold-in', step: 21 });
  });

  it('changes step exactly when the phase changes', () => {
    const p = PRESETS.box;
    let last = breathAt(p, 0);
    let changes = 0;
    for (let ms = 250; ms <= 64_000; ms += 250) {
      const now = breathAt(p, ms);
      if (now.step !== last.step) {
        changes++;
        expect(now.kind).not.toBe(last.kind);
      } else expect(now.kind).toBe(last.kind);
      last = now;
    }
    expect(changes).toBe(16);
  });

  it('reads the person’s own pattern, and says which fields need fixing', () => {
    expect(parseCustom({ in: '5', holdIn: '', out: '7', holdOut: '2' })).toEqual({
      ok: true,
      value: { in: 5, holdIn: 0, out: 7, holdOut: 2 },
    });
    const bad = { in: '1', holdIn: '11', out: '', holdOut: '2.5' };
    expect(parseCustom(bad).ok).toBe(false);
    expect(customProblems(bad)).toEqual({
      in: 'breath',
      holdIn: 'hold',
      out: 'breath',
      holdOut: 'hold',
    });
    expect(customProblems({ in: '4', holdIn: '0', out: '12', holdOut: '10' })).toEqual({});
  });
});
