// Registers the service worker in production builds only: in development Vite serves
// unhashed modules that a worker would only get in the way of.
//
// On the join link (the new device, `/link#<slot>`), the registration waits until the first sync
// after joining is over (releaseServiceWorker, from the join screen), or the join ended without
// one, or HOLD_MAX_MS have passed. Installing the worker downloads and caches the whole app: on a
// fresh device that is the moment the device also downloads, decrypts and stores everything the
// other device holds, and the two competed for the network and the CPU (bench/sync-link.ts: the
// install was ~1.5 of the ~4 CPU seconds the browser spent receiving 50,000 records).
import { syncPaths } from '../features/sync/paths.ts';

/** The longest a join holds the registration back (the person may never press "start"). */
export const HOLD_MAX_MS = 120_000;

let released = false;
let onRelease: (() => void) | undefined;

/** A held registration goes ahead now (and a later one is not held). */
export function releaseServiceWorker(): void {
  released = true;
  const go = onRelease;
  onRelease = undefined;
  go?.();
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    // A registration that cannot happen (private mode, blocked storage) leaves the app working
    // online as before; there is nothing useful to tell the person, so it stays quiet.
    // Once per launch, ask the browser to check /sw.js for a new version: the one update check,
    // a request that names no screen. A new version waits for the next launch (see sw.ts).
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then((registration) => (registration.active ? registration.update() : undefined))
      .catch(() => undefined);
  };
  const afterLoad = () => {
    if (released || window.location.pathname !== syncPaths.join) return register();
    const timer = setTimeout(releaseServiceWorker, HOLD_MAX_MS);
    onRelease = () => {
      clearTimeout(timer);
      register();
    };
  };
  // After load, so installing the cache never competes with the first screen for bandwidth.
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
