// Quick exit: a control in the top bar of every screen, and Escape pressed three times, leave
// Onward at once for a neutral page on our own origin (so it also works offline, and our page
// makes no request to anyone else: leaving is a navigation, not a request).
//
// location.replace() swaps the current history entry, so Back does not return to the screen
// that was showing. Earlier entries of the app in the same tab could still be reached with Back,
// so a flag in sessionStorage (this tab only) makes any back/forward return to the app bounce
// straight to the neutral page again; opening the app afresh clears it.
//
// Every other open tab of the app leaves too (a BroadcastChannel of this origin), not only
// locks: someone who walks in can see a tab strip, a window switcher or a second window, and a
// locked tab still says what the app is and shows its help screens and title. Without a passcode
// there is no lock at all, and leaving is the only thing that hides anything. Leaving unloads the
// page, which drops the vault's keys and decrypted records from memory; each tab also locks its
// vault first, so nothing stays readable while the neutral page loads.
import { useEffect } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { lockVaultNow } from '../../vault/index.ts';
// Its styles (privacy.css) come with the page's one stylesheet (main.tsx imports them): imported
// here as well, they became a second render-blocking stylesheet on every help screen.

export const NEUTRAL_PAGE = '/weather.html';
const FLAG = 'left';
/** Three presses of Escape within this time leave. */
export const ESCAPE_WINDOW_MS = 1500;

function flagged(): boolean {
  try {
    return sessionStorage.getItem(FLAG) === '1';
  } catch {
    return false;
  }
}

/** The channel every tab of the app listens on for "leave now". */
export const QUICK_EXIT_CHANNEL = 'onward-quick-exit';
const LEAVE = 'leave';

let channel: BroadcastChannel | undefined;
function exitChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  try {
    channel ??= new BroadcastChannel(QUICK_EXIT_CHANNEL);
  } catch {
    return undefined;
  }
  return channel;
}

/** Leaves this tab, and tells every other tab of the app to leave as well. */
export function quickExit(): void {
  try {
    exitChannel()?.postMessage(LEAVE);
  } catch {
    // A closed channel: this tab still leaves.
  }
  leave();
}

function leave(): void {
  lockVaultNow();
  try {
    sessionStorage.setItem(FLAG, '1');
  } catch {
    // Without sessionStorage, Back may show the app again; leaving still works.
  }
  // Blank the page first: if the browser keeps it in its back/forward cache, it comes back empty.
  document.body.hidden = true;
  document.title = '';
  window.location.replace(NEUTRAL_PAGE);
}

/** True when `times` (ms, oldest first) end with three presses inside the window. */
export function isTripleEscape(times: readonly number[]): boolean {
  if (times.length < 3) return false;
  const last = times[times.length - 1] as number;
  const third = times[times.length - 3] as number;
  return last - third <= ESCAPE_WINDOW_MS;
}

function bounceIfReturning(): void {
  if (!flagged()) return;
  const entry = performance.getEntriesByType?.('navigation')[0] as
    | PerformanceNavigationTiming
    | undefined;
  if (entry?.type === 'back_forward') {
    document.body.hidden = true;
    window.location.replace(NEUTRAL_PAGE);
    return;
  }
  // Opened afresh (typed, bookmarked, reloaded): the person chose to come back.
  try {
    sessionStorage.removeItem(FLAG);
  } catch {
    // Nothing to clear.
  }
}

if (typeof window !== 'undefined') {
  bounceIfReturning();
  // Another tab of the app pressed quick exit: leave too.
  const listening = exitChannel();
  if (listening) {
    listening.onmessage = (event) => {
      if (event.data === LEAVE) leave();
    };
  }
  // Restored from the back/forward cache: no new navigation entry, only this event.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && flagged()) {
      document.body.hidden = true;
      window.location.replace(NEUTRAL_PAGE);
    }
  });
}

/** The control in the top bar; also listens for Escape pressed three times. */
export function QuickExit() {
  useEffect(() => {
    let presses: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.repeat) return;
      presses = [...presses.slice(-2), event.timeStamp];
      if (isTripleEscape(presses)) quickExit();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
  return (
    // On narrow screens the visible word is "Exit" so "Get help now" keeps its one line; the
    // accessible name is always the full "Quick exit" (which contains the visible word).
    <button
      type="button"
      class="quick-exit"
      onClick={quickExit}
      aria-label={t('privacy.exit.button')}
    >
      <span class="quick-exit-long" aria-hidden="true">
        {t('privacy.exit.button')}
      </span>
      <span class="quick-exit-short" aria-hidden="true">
        {t('privacy.exit.short')}
      </span>
    </button>
  );
}
