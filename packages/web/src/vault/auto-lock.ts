// Locks the vault after the chosen idle time, and when the app has been in the background for
// the chosen time. Browsers slow timers in background tabs, so besides the timers every check
// is made again from real elapsed times when the page becomes visible.
import type { EncryptedVault } from './engine.ts';
import { LOCK_SETTINGS_ID, parseLockSettings, shouldLock } from './lock-settings.ts';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

export function startAutoLock(engine: EncryptedVault, now: () => number = Date.now): () => void {
  let lastActivity = now();
  let hiddenSince: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const settings = () => parseLockSettings(engine.get('vault-settings', LOCK_SETTINGS_ID)?.value);
  const armed = () => engine.status().state === 'unlocked' && engine.status().hasPasscode;

  const check = () => {
    if (!armed()) return;
    const t = now();
    const hiddenMs = hiddenSince === undefined ? undefined : t - hiddenSince;
    if (shouldLock(settings(), { idleMs: t - lastActivity, hiddenMs })) engine.lock();
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!armed()) return;
    const { idleMinutes, hiddenMinutes } = settings();
    const waits: number[] = [];
    if (idleMinutes > 0) waits.push(lastActivity + idleMinutes * 60_000 - now());
    if (hiddenSince !== undefined && hiddenMinutes >= 0) {
      waits.push(hiddenSince + hiddenMinutes * 60_000 - now());
    }
    if (waits.length === 0) return;
    timer = setTimeout(
      () => {
        check();
        schedule();
      },
      Math.max(0, Math.min(...waits)) + 50,
    );
  };

  let lastArm = 0;
  const onActivity = () => {
    lastActivity = now();
    // Re-arming on every scroll event would be wasteful: once a second is plenty.
    if (lastActivity - lastArm > 1000) {
      lastArm = lastActivity;
      schedule();
    }
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      hiddenSince = now();
      check();
    } else {
      check();
      hiddenSince = undefined;
      lastActivity = engine.status().state === 'unlocked' ? lastActivity : now();
    }
    schedule();
  };

  for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  const stopStatus = engine.onStatus(() => {
    if (engine.status().state === 'unlocked') lastActivity = now();
    schedule();
  });
  const stopRecords = engine.subscribe((kind) => {
    if (kind === 'vault-settings') schedule();
  });
  schedule();

  return () => {
    clearTimeout(timer);
    for (const type of ACTIVITY) window.removeEventListener(type, onActivity);
    document.removeEventListener('visibilitychange', onVisibility);
    stopStatus();
    stopRecords();
  };
}
