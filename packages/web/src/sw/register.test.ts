// When the service worker registers: after load, except on the join link, where it waits for the
// first sync after joining (releaseServiceWorker) or HOLD_MAX_MS.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let registered: string[];

async function loadPage(pathname: string) {
  vi.resetModules();
  registered = [];
  vi.stubEnv('PROD', true);
  vi.stubGlobal('document', { readyState: 'complete' });
  vi.stubGlobal('window', { location: { pathname }, addEventListener() {} });
  vi.stubGlobal('navigator', {
    serviceWorker: {
      register: (url: string) => {
        registered.push(url);
        return Promise.resolve({ active: null });
      },
    },
  });
  return import('./register.ts');
}

describe('registerServiceWorker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it('registers at once on any screen but the join link', async () => {
    const sw = await loadPage('/settings/sync');
    sw.registerServiceWorker();
    expect(registered).toEqual(['/sw.js']);
  });

  it('on the join link, waits for the release, and registers once', async () => {
    const sw = await loadPage('/link');
    sw.registerServiceWorker();
    vi.advanceTimersByTime(sw.HOLD_MAX_MS - 1);
    expect(registered).toEqual([]);
    sw.releaseServiceWorker();
    expect(registered).toEqual(['/sw.js']);
    sw.releaseServiceWorker();
    vi.advanceTimersByTime(sw.HOLD_MAX_MS);
    expect(registered).toEqual(['/sw.js']);
  });

  it('on the join link, registers after HOLD_MAX_MS without a release', async () => {
    const sw = await loadPage('/link');
    sw.registerServiceWorker();
    vi.advanceTimersByTime(sw.HOLD_MAX_MS);
    expect(registered).toEqual(['/sw.js']);
  });

  it('a release before the page loaded means no hold', async () => {
    const sw = await loadPage('/link');
    sw.releaseServiceWorker();
    sw.registerServiceWorker();
    expect(registered).toEqual(['/sw.js']);
  });
});
