import { describe, expect, it } from 'vitest';
import { type ReminderState, shouldPrompt } from './reminder.ts';

const base: ReminderState = {
  setting: { enabled: true, time: '20:00' },
  dismissedOn: null,
  today: '2026-03-10',
  now: '20:30',
  checkedInToday: false,
};

describe('daily check-in prompt', () => {
  it('shows from the chosen time when it is on and there is no check-in today', () => {
    expect(shouldPrompt(base)).toBe(true);
    expect(shouldPrompt({ ...base, now: '20:00' })).toBe(true);
  });

  it('stays away before the time, when off, after a check-in, or after "Not now" today', () => {
    expect(shouldPrompt({ ...base, now: '19:59' })).toBe(false);
    expect(shouldPrompt({ ...base, setting: { enabled: false, time: '20:00' } })).toBe(false);
    expect(shouldPrompt({ ...base, checkedInToday: true })).toBe(false);
    expect(shouldPrompt({ ...base, dismissedOn: '2026-03-10' })).toBe(false);
  });

  it('comes back the next day after "Not now"', () => {
    expect(shouldPrompt({ ...base, dismissedOn: '2026-03-09' })).toBe(true);
  });
});
