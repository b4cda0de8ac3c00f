// The service worker's decisions, kept pure so they can be tested without a browser.
// sw.ts does the caching; this file says what should happen to each request.
//
// Privacy: once installed, the app opens from the cache. A navigation is answered with the
// cached page for its path (a prerendered help page, or the app shell) and never goes to the
// network first, so the server and any proxy log never learn which screen the person opened.
// The only requests left are ones that name no screen: the browser's own update check of
// /sw.js, GET /api/clinic, and hashed build files not cached yet.

/** Every cache this app owns starts with this, so activate never touches anyone else's. */
export const CACHE_PREFIX = 'onward-shell-';

/** The app shell a route is answered with when the build made no page of its own for it. */
export const NAVIGATION_FALLBACK = '/index.html';

export type Strategy =
  /** Let the browser handle it: not ours to cache. */
  | 'passthrough'
  /**
   * Cache only: the cached page for the path (see navigationFallback). The network is asked
   * only when the cache holds no page at all (the cache was cleared under a running worker).
   */
  | 'navigation'
  /**
   * Cache first: every precached file (hashed build output, icons, manifests) is answered from
   * the cache without a request; a new version of the app brings new copies (a new sw.js).
   */
  | 'cache-first';

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
  // The share viewer (/s/<id>) is another person's page: never answered with the app shell or
  // kept in a cache, so what it shows always comes from the server, and a revoked link stays
  // revoked on this device too.
  return (
    pathname === '/api' ||
    pathname.startsWith('/api/') ||
    pathname === '/sw.js' ||
    pathname.startsWith('/s/')
  );
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
  return 'cache-first';
}

/**
 * Whether a file fetched because it was not in the cache may be kept there: only hashed build
 * output, whose bytes never change under its name. Anything else is left to the next version's
 * precache, so the cache never keeps an unhashed file of unknown age.
 */
export function keepAfterFetch(pathname: string): boolean {
  return pathname.startsWith('/assets/');
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
 * The cached page for a navigation: the path's prerendered page when the build made one (the
 * help screens: /help and /help/ → /help/index.html), so its text shows before any script runs,
 * offline too; else the app shell. `precached` is the worker's precache list: only a page the
 * build emitted is ever chosen.
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
