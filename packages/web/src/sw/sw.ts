// Onward's service worker: our own, about a hundred lines, no third-party code.
//
// Built separately by build/service-worker-plugin.ts into dist/sw.js (a classic script), with
// the precache list and version written in at build time.
//
// Update policy: the new worker calls skipWaiting() as soon as it has cached the new version,
// and clients.claim() on activate. The page in front of the person is never reloaded under
// them; their next navigation or launch opens the new version. That is safe here because the
// app is one hashed bundle with no lazily loaded chunks that an old page could still ask for.
import {
  cacheName,
  chooseStrategy,
  isStaticPage,
  NAVIGATION_FALLBACK,
  NAVIGATION_TIMEOUT_MS,
  navigationFallback,
  preferCachedShell,
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
  skipWaiting(): Promise<void>;
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
  event.waitUntil(precache().then(() => self.skipWaiting()));
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

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

async function navigation(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const pathname = new URL(request.url).pathname;
  if (isStaticPage(pathname)) {
    const page = await cache.match(pathname);
    if (page) return page;
  }
  // The path's prerendered page (the help screens) if the build made one, else the app shell.
  const shell =
    (await cache.match(navigationFallback(pathname, __ONWARD_PRECACHE__))) ??
    (await cache.match(NAVIGATION_FALLBACK));
  const network = fetch(request);
  // Keep an unhandled rejection out of the console when we answer from cache first.
  network.catch(() => undefined);
  const first = await Promise.race([
    network.then(
      (r) => r,
      () => 'unreachable' as const,
    ),
    shell ? timeout(NAVIGATION_TIMEOUT_MS) : new Promise<never>(() => {}),
  ]);
  if (first === 'timeout') return shell ?? network;
  const status = first === 'unreachable' ? 'unreachable' : first.status;
  if (shell && preferCachedShell(status, true)) return shell;
  return first === 'unreachable' ? network : first;
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

async function staleWhileRevalidate(event: SwFetchEvent): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(event.request);
  const refresh = fetch(event.request).then(async (response) => {
    if (response.ok && response.type === 'basic') {
      await cache.put(event.request, response.clone());
    }
    return response;
  });
  if (cached) {
    event.waitUntil(refresh.catch(() => undefined));
    return cached;
  }
  return refresh;
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
    case 'stale-while-revalidate':
      event.respondWith(staleWhileRevalidate(event));
      return;
  }
});
