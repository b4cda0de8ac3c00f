// When the gentle daily check-in prompt shows: only if the person turned it on, only from the
// time of day they chose, only until they have checked in today (a log entry, a diary card or a
// questionnaire) or said "Not now" today. Pure, so it is tested without a browser.
import type { LocalDate } from '@onward/core';
import type { ReminderSetting } from './records.ts';

export interface ReminderState {
  setting: ReminderSetting;
  dismissedOn: LocalDate | null;
  today: LocalDate;
  /** Local time of day now, 'HH:MM'. */
  now: string;
  checkedInToday: boolean;
}

export function shouldPrompt(state: ReminderState): boolean {
  return (
    state.setting.enabled &&
    state.now >= state.setting.time &&
    state.dismissedOn !== state.today &&
    !state.checkedInToday
  );
}
