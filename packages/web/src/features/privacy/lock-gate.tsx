// The app lock in front of private routes. Help routes never pass through here, so they never
// wait for the vault. While the vault is opening (a few milliseconds without a passcode) a short
// "Opening…" shows; while it is locked, the lock screen (its own chunk, with the passcode form,
// a way to get help and the person's opted-in crisis copy).
import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadCopy, t } from '../../i18n.ts';
import { PAGE_HEADING_ID } from '../../screens/page-heading.tsx';
import { useVaultStatus } from '../../vault/index.ts';
import type { VaultStatus } from '../../vault/types.ts';

type LockScreenComponent = FunctionComponent<{ status: VaultStatus }>;
let LoadedLockScreen: LockScreenComponent | undefined;

function LockScreenLoader({ status }: { status: VaultStatus }) {
  const [Screen, setScreen] = useState<LockScreenComponent | undefined>(() => LoadedLockScreen);
  useEffect(() => {
    if (Screen) return;
    let live = true;
    // The lock screen's words are the privacy copy: they travel with its chunk.
    Promise.all([import('./lock-screen.tsx'), loadCopy(['privacy'])]).then(([m]) => {
      LoadedLockScreen = m.default;
      if (live) setScreen(() => m.default);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!Screen) return <p class="muted loading">{t('shell.loading')}</p>;
  return <Screen status={status} />;
}

/** After unlocking, focus moves to the screen's heading once it has rendered (it may be lazy). */
function focusHeadingSoon() {
  const until = performance.now() + 3000;
  const step = () => {
    const heading = document.getElementById(PAGE_HEADING_ID);
    if (heading) heading.focus({ preventScroll: true });
    else if (performance.now() < until) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

export function LockGate({ children }: { children: ComponentChildren }) {
  const status = useVaultStatus();
  const open = status.state === 'unlocked' || status.state === 'unavailable';
  const wasLocked = useRef(false);
  useEffect(() => {
    if (status.state === 'locked') wasLocked.current = true;
    else if (open && wasLocked.current) {
      wasLocked.current = false;
      focusHeadingSoon();
    }
  }, [status.state]);
  if (open) return <>{children}</>;
  if (status.state === 'opening') return <p class="muted loading">{t('shell.loading')}</p>;
  return <LockScreenLoader status={status} />;
}
