// The journal's records in the vault (all private, all encrypted at rest):
//   'journal-urge'      id = random: one urge log entry (UrgeEntry), `at` = when it happened;
//   'journal-diary'     id = the local date: one diary card (DiaryCard);
//   'journal-chain'     id = random: one chain analysis, saved after every step;
//   'journal-check-in'  id = random: one PHQ-9 or GAD-7 check-in;
//   'journal-settings'  id 'settings': the person's own triggers, targets and emotions, whether
//                       the current stretch is hidden, and the daily reminder.
// Every read goes through a defensive reader from @onward/core: records may come from another
// device or an older version, and a malformed one must not skew figures or break a screen.
import {
  type ChainAnalysis,
  type CheckIn,
  type CustomItem,
  type DiaryCard,
  isLocalDate,
  type LocalDate,
  readCheckIn,
  readDiaryCard,
  readUrgeEntry,
  type UrgeEntry,
} from '@onward/core';
import { vault } from '../../vault/index.ts';

export interface ReminderSetting {
  enabled: boolean;
  /** Local time of day, 'HH:MM', from which the prompt may show. */
  time: string;
}

export interface JournalSettings {
  v: 1;
  ownTriggers: string[];
  customTargets: CustomItem[];
  customEmotions: CustomItem[];
  hideCurrentStretch: boolean;
  reminder: ReminderSetting;
  /** The local day the person last said "Not now" to the reminder. */
  reminderDismissedOn: LocalDate | null;
}

declare module '../../vault/types.ts' {
  interface RecordKinds {
    'journal-urge': UrgeEntry;
    'journal-diary': DiaryCard;
    'journal-chain': ChainAnalysis;
    'journal-check-in': CheckIn;
    'journal-settings': JournalSettings;
  }
}

export const SETTINGS_ID = 'settings';

export const newId = (): string => crypto.randomUUID();

export const defaultSettings = (): JournalSettings => ({
  v: 1,
  ownTriggers: [],
  customTargets: [],
  customEmotions: [],
  hideCurrentStretch: false,
  reminder: { enabled: false, time: '20:00' },
  reminderDismissedOn: null,
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const items = (v: unknown): CustomItem[] =>
  Array.isArray(v)
    ? v.filter(
        (x): x is CustomItem =>
          typeof x === 'object' &&
          x !== null &&
          typeof x.id === 'string' &&
          typeof x.label === 'string',
      )
    : [];

export function readSettings(value: unknown): JournalSettings {
  const base = defaultSettings();
  if (typeof value !== 'object' || value === null) return base;
  const s = value as Partial<JournalSettings>;
  return {
    v: 1,
    ownTriggers: Array.isArray(s.ownTriggers)
      ? s.ownTriggers.filter((x): x is string => typeof x === 'string')
      : [],
    customTargets: items(s.customTargets),
    customEmotions: items(s.customEmotions),
    hideCurrentStretch: s.hideCurrentStretch === true,
    reminder: {
      enabled: s.reminder?.enabled === true,
      time:
        typeof s.reminder?.time === 'string' && TIME.test(s.reminder.time)
          ? s.reminder.time
          : base.reminder.time,
    },
    reminderDismissedOn: isLocalDate(s.reminderDismissedOn) ? s.reminderDismissedOn : null,
  };
}

export function getSettings(): JournalSettings {
  return readSettings(vault.get('journal-settings', SETTINGS_ID)?.value);
}

/** Changes the settings from their latest stored state (so two screens never undo each other). */
export function updateSettings(change: (s: JournalSettings) => JournalSettings): Promise<void> {
  return vault.put('journal-settings', SETTINGS_ID, change(getSettings()));
}

export interface Stored<T> {
  id: string;
  value: T;
}

export function urgeEntries(): Stored<UrgeEntry>[] {
  return vault.list('journal-urge').flatMap((r) => {
    const value = readUrgeEntry(r.value);
    return value ? [{ id: r.id, value }] : [];
  });
}

export function urgeEntry(id: string): UrgeEntry | undefined {
  return readUrgeEntry(vault.get('journal-urge', id)?.value);
}

export function diaryCards(): DiaryCard[] {
  return vault.list('journal-diary').flatMap((r) => {
    const card = readDiaryCard(r.value);
    return card ? [card] : [];
  });
}

export function diaryCard(day: LocalDate): DiaryCard | undefined {
  return readDiaryCard(vault.get('journal-diary', day)?.value);
}

/** A diary card's `at`: noon UTC of its date, within half a day of that date anywhere on Earth. */
export const cardAt = (day: LocalDate): string => `${day}T12:00:00.000Z`;

export function checkIns(): Stored<CheckIn>[] {
  return vault.list('journal-check-in').flatMap((r) => {
    const value = readCheckIn(r.value);
    return value ? [{ id: r.id, value }] : [];
  });
}

/** A one-time message for the next screen ("Saved." after the log returns to the journal). */
let flash: string | undefined;
export function setFlash(message: string): void {
  flash = message;
}
export function takeFlash(): string | undefined {
  const message = flash;
  flash = undefined;
  return message;
}
