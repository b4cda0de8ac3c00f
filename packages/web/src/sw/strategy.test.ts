import { describe, expect, it } from 'vitest';
import {
  CACHE_PREFIX,
  cacheName,
  chooseStrategy,
  isStaticPage,
  keepAfterFetch,
  NAVIGATION_FALLBACK,
  navigationFallback,
  type RequestFacts,
  staleCaches,
} from './strategy.ts';

const origin = 'https://onward.example';
const get = (path: string, mode = 'no-cors', extra: Partial<RequestFacts> = {}): RequestFacts => ({
  method: 'GET',
  url: new URL(path, origin).href,
  mode,
  ...extra,
});

describe('chooseStrategy', () => {
  it('answers every same-origin navigation from the cache, never the network first', () => {
    for (const path of ['/', '/help', '/help/danger', '/help/safe', '/settings', '/no/such']) {
      expect(chooseStrategy(get(path, 'navigate'), origin), path).toBe('navigation');
    }
  });

  it('serves hashed build output cache-first', () => {
    expect(chooseStrategy(get('/assets/index-3f2a.js', 'cors'), origin)).toBe('cache-first');
    expect(chooseStrategy(get('/assets/index-9c1b.css'), origin)).toBe('cache-first');
  });

  it('serves other same-origin files from the cache too, so no launch asks for them', () => {
    // The discreet manifest's name alone would tell a log that discreet mode is on.
    for (const path of [
      '/manifest.webmanifest',
      '/manifest-discreet.webmanifest',
      '/icon-192.png',
    ]) {
      expect(chooseStrategy(get(path, 'cors'), origin), path).toBe('cache-first');
    }
  });

  it('keeps only hashed build output fetched after install', () => {
    expect(keepAfterFetch('/assets/index-3f2a.js')).toBe(true);
    expect(keepAfterFetch('/manifest.webmanifest')).toBe(false);
    expect(keepAfterFetch('/version.json')).toBe(false);
  });

  it('never handles the API, on any method or mode', () => {
    for (const path of ['/api', '/api/', '/api/sync/envelopes', '/api/share/abc?x=1']) {
      expect(chooseStrategy(get(path, 'cors'), origin), path).toBe('passthrough');
      expect(chooseStrategy(get(path, 'navigate'), origin), path).toBe('passthrough');
    }
    // A path that merely starts with the letters is still the app's.
    expect(chooseStrategy(get('/apiary', 'navigate'), origin)).toBe('navigation');
  });

  it('never answers or caches the share viewer: it always comes from the server', () => {
    for (const path of ['/s/AAAAAAAAAAAAAAAAAAAAAA', '/s/x#1.abc.def']) {
      expect(chooseStrategy(get(path, 'navigate'), origin), path).toBe('passthrough');
    }
    expect(chooseStrategy(get('/share', 'navigate'), origin)).toBe('navigation');
  });

  it('leaves the worker script alone', () => {
    expect(chooseStrategy(get('/sw.js'), origin)).toBe('passthrough');
  });

  it('ignores anything but GET', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'PATCH']) {
      expect(chooseStrategy({ ...get('/help', 'navigate'), method }, origin), method).toBe(
        'passthrough',
      );
    }
  });

  it('ignores other origins, including look-alikes', () => {
    for (const url of [
      'https://findahelpline.com/',
      'https://onward.example.evil.test/assets/x.js',
      'http://onward.example/assets/x.js',
      'https://onward.example:8443/assets/x.js',
    ]) {
      expect(chooseStrategy({ method: 'GET', url, mode: 'navigate' }, origin), url).toBe(
        'passthrough',
      );
    }
  });

  it('ignores only-if-cached requests outside same-origin mode', () => {
    expect(
      chooseStrategy(get('/icon-192.png', 'no-cors', { cache: 'only-if-cached' }), origin),
    ).toBe('passthrough');
    expect(
      chooseStrategy(get('/icon-192.png', 'same-origin', { cache: 'only-if-cached' }), origin),
    ).toBe('cache-first');
  });

  it('ignores URLs it cannot parse', () => {
    expect(chooseStrategy({ method: 'GET', url: 'not a url', mode: 'navigate' }, origin)).toBe(
      'passthrough',
    );
  });
});

describe('caches', () => {
  it('names the cache after the version', () => {
    expect(cacheName('abc123')).toBe(`${CACHE_PREFIX}abc123`);
  });

  it('deletes only older caches of this app', () => {
    const names = [cacheName('old1'), cacheName('new'), 'someone-elses-cache', cacheName('old2')];
    expect(staleCaches(names, 'new')).toEqual([cacheName('old1'), cacheName('old2')]);
    expect(staleCaches([cacheName('new')], 'new')).toEqual([]);
  });
});

describe('isStaticPage', () => {
  it('serves the quick-exit page as itself, never the app shell in its place', () => {
    expect(isStaticPage('/weather.html')).toBe(true);
    expect(isStaticPage('/index.html')).toBe(false);
    // A prerendered page asked for by its file name is that page.
    expect(isStaticPage('/help/index.html')).toBe(true);
    expect(isStaticPage('/help')).toBe(false);
    expect(isStaticPage('/')).toBe(false);
  });
});

describe('navigationFallback', () => {
  const precached = [
    '/assets/main-abc.js',
    '/help/danger/index.html',
    '/help/index.html',
    '/help/safe/index.html',
    '/index.html',
    '/weather.html',
  ];

  it('answers a prerendered path with its own page, with or without a trailing slash', () => {
    expect(navigationFallback('/help', precached)).toBe('/help/index.html');
    expect(navigationFallback('/help/', precached)).toBe('/help/index.html');
    expect(navigationFallback('/help/danger', precached)).toBe('/help/danger/index.html');
    expect(navigationFallback('/help/safe//', precached)).toBe('/help/safe/index.html');
  });

  it('answers every other path, and the root, with the app shell', () => {
    for (const path of [
      '/',
      '',
      '/settings',
      '/help/other',
      '/plan/step/4',
      '/no/such',
      '/assets',
    ]) {
      expect(navigationFallback(path, precached), path).toBe(NAVIGATION_FALLBACK);
    }
  });

  it('never picks a page the build did not emit', () => {
    expect(navigationFallback('/help', ['/index.html'])).toBe(NAVIGATION_FALLBACK);
    expect(navigationFallback('/help/danger', [])).toBe(NAVIGATION_FALLBACK);
  });

  it('matches paths exactly, as the server does (other spellings get the shell)', () => {
    expect(navigationFallback('/HELP', precached)).toBe(NAVIGATION_FALLBACK);
    expect(navigationFallback('/help/index.html', precached)).toBe(NAVIGATION_FALLBACK);
  });
});
