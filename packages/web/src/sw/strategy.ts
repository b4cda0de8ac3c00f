// The service worker's decisions, kept pure so they can be tested without a browser.
// sw.ts does the caching; this file says what should happen to each request.

/** Every cache this app owns starts with this, so activate never touches anyone else's. */
export const CACHE_PREFIX = 'onward-shell-';

/** The app shell a route falls back to when the network is unavailable (see navigationFallback). */
export const NAVIGATION_FALLBACK = '/index.html';

/**
 * How long a navigation waits for the network before the cached shell is shown. A crisis
 * screen must open quickly on a weak connection too, not only when fully offline.
 */
export const NAVIGATION_TIMEOUT_MS = 3000;

export type Strategy =
  /** Let the browser handle it: not ours to cache. */
  | 'passthrough'
  /** Network first; the cached page (see navigationFallback) when offline, slow or erroring. */
  | 'navigation'
  /** Hashed, immutable build output: the cache is always right. */
  | 'cache-first'
  /** Unhashed files (manifest, icons): answer from cache, refresh in the background. */
  | 'stale-while-revalidate';

export interface RequestFacts {
  method: string;
  url: string;
  /** Request.mode: 'navigate', 'same-origin', 'no-cors', 'cors'. */
  mode: string;
  /** Request.cache, e.g. 'default' or 'only-if-cached'. */
  cache?: string;
}

/** Paths the worker must never answer from or store in a cache. */
function neverCached(pathname: string): boolean {
  // The sync and share API carries encrypted personal data and must always reach the server;
  // a cached answer would be stale at best. The worker script itself is fetched by the browser
  // for update checks, outside this handler, but we keep our hands off it anyway.
  return pathname === '/api' || pathname.startsWith('/api/') || pathname === '/sw.js';
}

export function chooseStrategy(request: RequestFacts, ownOrigin: string): Strategy {
  if (request.method !== 'GET') return 'passthrough';
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return 'passthrough';
  }
  // Same-origin only: the app never talks to a third party, and if a page ever did, the worker
  // would not be the place to keep a copy of it.
  if (url.origin !== ownOrigin) return 'passthrough';
  if (neverCached(url.pathname)) return 'passthrough';
  // Chromium quirk: devtools can issue these, and fetch() throws on them outside same-origin.
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return 'passthrough';
  if (request.mode === 'navigate') return 'navigation';
  if (url.pathname.startsWith('/assets/')) return 'cache-first';
  return 'stale-while-revalidate';
}

/**
 * A navigation to a static page of ours other than the app shell (the neutral page quick exit
 * leaves to, /weather.html): answered with that page from the cache, so quick exit works offline
 * too and never lands on the app shell instead.
 */
export function isStaticPage(pathname: string): boolean {
  return pathname.endsWith('.html') && pathname !== NAVIGATION_FALLBACK;
}

/**
 * The cached page for a navigation that the network cannot answer: the path's prerendered page
 * when the build made one (the help screens: /help and /help/ → /help/index.html), so its text
 * shows before any script runs, offline too; else the app shell. `precached` is the worker's
 * precache list: only a page the build emitted is ever chosen.
 */
export function navigationFallback(pathname: string, precached: readonly string[]): string {
  const trimmed = pathname.replace(/\/+$/, '');
  if (trimmed === '') return NAVIGATION_FALLBACK;
  const page = `${trimmed}/index.html`;
  return precached.includes(page) ? page : NAVIGATION_FALLBACK;
}

export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/** Caches from older versions of this app, to delete once the new version is active. */
export function staleCaches(names: readonly string[], currentVersion: string): string[] {
  const current = cacheName(currentVersion);
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
}

/**
 * Whether to show the network's answer to a navigation or the cached page instead. Every route
 * is the same app (its shell, or a prerendered page that the app takes over), so a server error
 * page (or a proxy's) is worse for the person than the copy we already have.
 */
export function preferCachedShell(
  networkStatus: number | 'unreachable',
  hasShell: boolean,
): boolean {
  if (!hasShell) return false;
  return networkStatus === 'unreachable' || networkStatus < 200 || networkStatus >= 300;
}
