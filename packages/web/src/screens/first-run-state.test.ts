import { describe, expect, it } from 'vitest';
import {
  decideFirstRun,
  FIRST_RUN_STORAGE_KEY,
  parseFirstRun,
  type Returning,
  readFirstRun,
  writeFirstRun,
} from './first-run-state.ts';

const fresh: Returning = {
  countryChosen: false,
  vault: 'unlocked',
  hasPasscode: false,
  hasRecords: false,
};

describe('first run', () => {
  it('reads only the values it writes; anything else is "not started"', () => {
    expect(parseFirstRun('done')).toEqual({ kind: 'over' });
    expect(parseFirstRun('skipped')).toEqual({ kind: 'over' });
    expect(parseFirstRun('2')).toEqual({ kind: 'at', step: 2 });
    for (const raw of [null, undefined, '', '0', '4', 'yes', ' 1']) {
      expect(parseFirstRun(raw)).toEqual({ kind: 'new' });
    }
  });

  it('shows step 1 to a new person, and the step reached to someone part way through', () => {
    expect(decideFirstRun({ kind: 'new' }, fresh)).toBe(1);
    expect(decideFirstRun({ kind: 'new' }, { ...fresh, vault: 'unavailable' })).toBe(1);
    expect(decideFirstRun({ kind: 'at', step: 3 }, { ...fresh, hasRecords: true })).toBe(3);
  });

  it('never shows it to a returning person, and remembers them', () => {
    const remember = { hide: true, remember: true };
    expect(decideFirstRun({ kind: 'new' }, { ...fresh, countryChosen: true })).toEqual(remember);
    expect(
      decideFirstRun({ kind: 'new' }, { ...fresh, vault: 'locked', hasPasscode: true }),
    ).toEqual(remember);
    expect(decideFirstRun({ kind: 'new' }, { ...fresh, hasRecords: true })).toEqual(remember);
  });

  it('waits for the vault before deciding, unless the answer is already known', () => {
    expect(decideFirstRun({ kind: 'new' }, { ...fresh, vault: 'opening' })).toBe('wait');
    expect(
      decideFirstRun({ kind: 'new' }, { ...fresh, vault: 'opening', countryChosen: true }),
    ).toEqual({ hide: true, remember: true });
  });

  it('once finished or skipped, it stays away', () => {
    expect(decideFirstRun({ kind: 'over' }, fresh)).toEqual({ hide: true, remember: false });
  });

  it('survives storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    expect(readFirstRun(throwing)).toEqual({ kind: 'new' });
    expect(writeFirstRun(throwing, 'skipped')).toBe(false);
    const kept = new Map<string, string>();
    const store = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
    };
    expect(writeFirstRun(store, 2)).toBe(true);
    expect(kept.get(FIRST_RUN_STORAGE_KEY)).toBe('2');
    expect(readFirstRun(store)).toEqual({ kind: 'at', step: 2 });
  });
});
