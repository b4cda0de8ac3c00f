// The urge-surfing timer as plain arithmetic over (start, length, now): no ticking state, so it
// is tested without waiting and survives late or skipped ticks.

export const SURF_DEFAULT_MINUTES = 5;
export const SURF_MIN_MINUTES = 1;
export const SURF_MAX_MINUTES = 30;
export const SURF_EXTEND_MINUTES = 5;
/** The longest a session can be stretched to with "Add 5 minutes". */
export const SURF_CAP_MINUTES = 60;

const MINUTE = 60_000;

export interface SurfTimer {
  /** Epoch ms when it started. */
  startedAt: number;
  /** The full length, extensions included. */
  totalMs: number;
}

export interface SurfStatus {
  elapsedMs: number;
  remainingMs: number;
  /** Whole minutes gone (the check-ins ask once per minute). */
  minutesGone: number;
  done: boolean;
}

/** A length the person picked, brought into 1–30 whole minutes. */
export function clampMinutes(minutes: number): number {
  if (!Number.isFinite(minutes)) return SURF_DEFAULT_MINUTES;
  return Math.min(SURF_MAX_MINUTES, Math.max(SURF_MIN_MINUTES, Math.round(minutes)));
}

export function startSurf(now: number, minutes: number): SurfTimer {
  return { startedAt: now, totalMs: clampMinutes(minutes) * MINUTE };
}

export function surfStatus(timer: SurfTimer, now: number): SurfStatus {
  const elapsedMs = Math.min(timer.totalMs, Math.max(0, now - timer.startedAt));
  return {
    elapsedMs,
    remainingMs: timer.totalMs - elapsedMs,
    minutesGone: Math.floor(elapsedMs / MINUTE),
    done: elapsedMs >= timer.totalMs,
  };
}

export function canExtend(timer: SurfTimer): boolean {
  return timer.totalMs + SURF_EXTEND_MINUTES * MINUTE <= SURF_CAP_MINUTES * MINUTE;
}

/** Five more minutes, if that stays within the cap; otherwise the timer as it was. */
export function extendSurf(timer: SurfTimer): SurfTimer {
  return canExtend(timer)
    ? { ...timer, totalMs: timer.totalMs + SURF_EXTEND_MINUTES * MINUTE }
    : timer;
}

/**
 * The minute to check in about ("Has the urge eased?"), or null: one check-in per whole minute
 * gone, none at the very end (the end asks its own question), and none for a minute already
 * answered.
 */
export function checkInMinute(status: SurfStatus, answeredMinute: number): number | null {
  if (status.done || status.minutesGone < 1) return null;
  return status.minutesGone > answeredMinute ? status.minutesGone : null;
}

/** "4:05" for the time left, rounding up so it reads 0:00 only at the very end. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Whole minutes spent, for the closing line. */
export const minutesSpent = (elapsedMs: number): number => Math.floor(elapsedMs / MINUTE);
