// When the vault locks itself (only when a passcode is set; without one there is nothing to
// lock). Kept as an encrypted record, like everything else the person chooses.

/** Minutes without a touch or a key press; 0 = never. */
export const IDLE_CHOICES = [0, 1, 5, 15, 30] as const;
/** Minutes the app may stay in the background; 0 = at once, -1 = never. */
export const HIDDEN_CHOICES = [-1, 0, 1, 5, 15] as const;

export interface LockSettings {
  idleMinutes: number;
  hiddenMinutes: number;
}

export const DEFAULT_LOCK_SETTINGS: Readonly<LockSettings> = Object.freeze({
  idleMinutes: 5,
  hiddenMinutes: 1,
});

export const LOCK_SETTINGS_ID = 'lock';

declare module './types.ts' {
  interface RecordKinds {
    'vault-settings': LockSettings;
  }
}

/** Reads stored settings, falling back to the defaults for anything unexpected. */
export function parseLockSettings(x: unknown): LockSettings {
  const r = (typeof x === 'object' && x !== null ? x : {}) as Record<string, unknown>;
  const idle = (IDLE_CHOICES as readonly unknown[]).includes(r.idleMinutes)
    ? (r.idleMinutes as number)
    : DEFAULT_LOCK_SETTINGS.idleMinutes;
  const hidden = (HIDDEN_CHOICES as readonly unknown[]).includes(r.hiddenMinutes)
    ? (r.hiddenMinutes as number)
    : DEFAULT_LOCK_SETTINGS.hiddenMinutes;
  return { idleMinutes: idle, hiddenMinutes: hidden };
}

/** Whether to lock, given how long since the last activity and since the app was hidden. */
export function shouldLock(
  settings: LockSettings,
  facts: { idleMs: number; hiddenMs: number | undefined },
): boolean {
  const minute = 60_000;
  if (settings.idleMinutes > 0 && facts.idleMs >= settings.idleMinutes * minute) return true;
  if (facts.hiddenMs !== undefined && settings.hiddenMinutes >= 0) {
    return facts.hiddenMs >= settings.hiddenMinutes * minute;
  }
  return false;
}
