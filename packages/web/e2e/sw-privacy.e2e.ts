// Finding 4 of issue 10: once installed, the app opens from the cache, so the server (and any
// proxy or access log on the way) never learns which screen the person opened. A logging proxy
// records every request path; after the service worker is installed, fresh navigations and
// reloads of the home, help and private screens must send nothing that names a screen.
import { expect, inject, it } from 'vitest';
import { startLoggingProxy } from './logging-proxy.ts';
import { waitForServiceWorkerControl } from './offline.ts';
import { openApp, useBrowser } from './session.ts';
import { phone } from './viewports.ts';

const browser = useBrowser();

/** Requests that name no screen: the update check of the worker script and the clinic profile. */
const allowed = new Set(['/sw.js', '/api/clinic']);

const screens = [
  '/',
  '/help',
  '/help/danger',
  '/help/safe',
  '/journal',
  '/plan/edit/people',
  '/hope-box',
  '/settings',
];

it('after install, opening any screen sends no request that names it', async () => {
  const proxy = await startLoggingProxy(inject('baseURL'));
  const { context, page } = await openApp(await browser(), phone, { serviceWorkers: 'allow' });
  const heading = (p: typeof page) => p.locator('main h1').first().waitFor();

  await page.goto(`${proxy.origin}/`);
  await heading(page);
  await waitForServiceWorkerControl(page);
  // Installing fetched every file once (the same list for everyone): that is allowed.
  expect(proxy.paths).toContain('/help/danger/index.html');
  proxy.paths.length = 0;

  for (const path of screens) {
    await page.goto(`${proxy.origin}${path}`);
    await heading(page);
    await page.reload();
    await heading(page);
  }
  // A new tab straight to a screen, as from a home-screen shortcut or a bookmark.
  const fresh = await context.newPage();
  await fresh.goto(`${proxy.origin}/plan/edit/people`);
  await heading(fresh);
  await fresh.goto(`${proxy.origin}/help/danger`);
  await heading(fresh);

  const revealing = () => proxy.paths.filter((path) => !allowed.has(path.split('?')[0] ?? path));
  expect(revealing(), 'request paths after install').toEqual([]);
  // Each launch checks for a new version with the one request that names nothing; once it has
  // arrived, nothing else has either.
  await expect.poll(() => proxy.paths.includes('/sw.js')).toBe(true);
  expect(revealing(), 'request paths after install').toEqual([]);
});
