// Onward's service worker: our own, about a hundred lines, no third-party code.
//
// Built separately by build/service-worker-plugin.ts into dist/sw.js (a classic script), with
// the precache list and version written in at build time.
//
// Privacy: once installed, every navigation is answered from the cache (see strategy.ts), so
// opening the app, a help screen or a private screen sends no request that names it.
//
// Update policy: the browser checks for a new version by fetching /sw.js (a request that names
// no screen; register.ts also asks for that check once per launch). A new version installs its
// cache in the background and then WAITS: it takes over only once every tab of the old version
// is closed, so it applies at the next launch. The page in front of the person is never
// reloaded or switched under them, which matters on a crisis screen, and an open page can
// still load its lazy chunks from the old cache, which is kept until then.
import {
  cacheName,
  chooseStrategy,
  isStaticPage,
  keepAfterFetch,
  NAVIGATION_FALLBACK,
  navigationFallback,
  staleCaches,
} from './strategy.ts';

declare const __ONWARD_PRECACHE__: readonly string[];
declare const __ONWARD_VERSION__: string;

// The DOM lib has no service-worker types and cannot be mixed with the webworker lib, so the
// few members we use are declared here.
interface SwExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface SwFetchEvent extends SwExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface SwGlobalScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (e: SwExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: SwFetchEvent) => void): void;
}
declare const self: SwGlobalScope;

const VERSION = __ONWARD_VERSION__;
const CACHE = cacheName(VERSION);

/**
 * A response the browser will accept for a navigation. Chromium refuses to serve a cached
 * response that was redirected (say /index.html → /) to a navigation, so keep only its bytes.
 */
async function cleanCopy(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE);
  await Promise.all(
    __ONWARD_PRECACHE__.map(async (url) => {
      // cache: 'reload' skips the HTTP cache, so a new version never precaches old bytes.
      const response = await fetch(new Request(url, { cache: 'reload' }));
      if (!response.ok) throw new Error(`precache ${url}: ${response.status}`);
      await cache.put(url, await cleanCopy(response));
    }),
  );
}

self.addEventListener('install', (event) => {
  // No skipWaiting(): a new version waits for the next launch (see the update policy above).
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(staleCaches(names, VERSION).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

async function navigation(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const pathname = new URL(request.url).pathname;
  if (isStaticPage(pathname)) {
    const page = await cache.match(pathname);
    if (page) return page;
  }
  // Cache only: the path's prerendered page (the help screens) if the build made one, else the
  // app shell. Never the network first: that request would tell the server which screen opened.
  const cached =
    (await cache.match(navigationFallback(pathname, __ONWARD_PRECACHE__))) ??
    (await cache.match(NAVIGATION_FALLBACK));
  return cached ?? fetch(request);
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic' && keepAfterFetch(new URL(request.url).pathname)) {
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const strategy = chooseStrategy(
    { method: request.method, url: request.url, mode: request.mode, cache: request.cache },
    self.location.origin,
  );
  switch (strategy) {
    case 'passthrough':
      return;
    case 'navigation':
      event.respondWith(navigation(request));
      return;
    case 'cache-first':
      event.respondWith(cacheFirst(request));
      return;
  }
});
