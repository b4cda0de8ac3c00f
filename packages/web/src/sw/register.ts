// Registers the service worker in production builds only: in development Vite serves
// unhashed modules that a worker would only get in the way of.

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
  // After load, so installing the cache never competes with the first screen for bandwidth.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
