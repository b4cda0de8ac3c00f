import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCK_SETTINGS, parseLockSettings, shouldLock } from './lock-settings.ts';

const minute = 60_000;

describe('auto-lock settings', () => {
  it('locks after the chosen idle time, never when idle locking is off', () => {
    const s = { idleMinutes: 5, hiddenMinutes: -1 };
    expect(shouldLock(s, { idleMs: 5 * minute - 1, hiddenMs: undefined })).toBe(false);
    expect(shouldLock(s, { idleMs: 5 * minute, hiddenMs: undefined })).toBe(true);
    expect(shouldLock({ ...s, idleMinutes: 0 }, { idleMs: 10 ** 9, hiddenMs: undefined })).toBe(
      false,
    );
  });

  it('locks after the chosen time in the background, at once with 0, never with -1', () => {
    const s = { idleMinutes: 0, hiddenMinutes: 1 };
    expect(shouldLock(s, { idleMs: 0, hiddenMs: minute - 1 })).toBe(false);
    expect(shouldLock(s, { idleMs: 0, hiddenMs: minute })).toBe(true);
    expect(shouldLock({ ...s, hiddenMinutes: 0 }, { idleMs: 0, hiddenMs: 0 })).toBe(true);
    expect(shouldLock({ ...s, hiddenMinutes: -1 }, { idleMs: 0, hiddenMs: 10 ** 9 })).toBe(false);
  });

  it('reads stored settings defensively', () => {
    expect(parseLockSettings(undefined)).toEqual(DEFAULT_LOCK_SETTINGS);
    expect(parseLockSettings({ idleMinutes: 7, hiddenMinutes: 'x' })).toEqual(
      DEFAULT_LOCK_SETTINGS,
    );
    expect(parseLockSettings({ idleMinutes: 15, hiddenMinutes: 0 })).toEqual({
      idleMinutes: 15,
      hiddenMinutes: 0,
    });
  });
});
