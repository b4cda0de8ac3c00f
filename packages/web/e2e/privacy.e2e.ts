// Onward never talks to anyone but its own server, and its pages run under a strict Content
// Security Policy. These tests walk every screen the way a person would and check the full
// network log, the CSP on each document (from the network and from the service worker), and
// that nothing was blocked or failed along the way (a blocked request is a console error).
import { en } from '@onward/content';
import type { Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForServiceWorkerControl } from './offline.ts';
import { routes } from './pages/app-shell.ts';
import { HelpPage } from './pages/help-page.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { openApp, useBrowser } from './session.ts';
import { sizes } from './viewports.ts';

const browser = useBrowser();

/** Problems with a document's CSP header; empty when it is strict enough. */
function cspProblems(response: Response | null, where: string): string[] {
  if (!response) return [`${where}: no response`];
  const csp = response.headers()['content-security-policy'];
  if (!csp) return [`${where}: no Content-Security-Policy header`];
  const problems: string[] = [];
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map((parts) => [parts[0]?.toLowerCase() ?? '', parts.slice(1)] as const),
  );
  for (const [name, sources] of directives) {
    for (const source of sources) {
      if (/^'unsafe-(inline|eval|hashes)'$/i.test(source)) {
        problems.push(`${where}: ${name} allows ${source}`);
      }
      // WebAssembly compilation (Argon2id for the passcode) is allowed in script-src only; it
      // permits no eval of strings. See packages/server/src/security-headers.ts.
      if (/^'wasm-unsafe-eval'$/i.test(source) && name !== 'script-src') {
        problems.push(`${where}: ${name} allows ${source}`);
      }
      if (source === '*' || /^https?:$/i.test(source) || /^https?:\/\//i.test(source)) {
        problems.push(`${where}: ${name} allows other origins (${source})`);
      }
    }
  }
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  if (!scripts) problems.push(`${where}: neither script-src nor default-src is set`);
  if (!directives.has('frame-ancestors')) problems.push(`${where}: frame-ancestors is not set`);
  return problems;
}

describe.each(sizes)('at $name size', (size) => {
  it('walking every screen makes requests only to the app’s own origin, without errors', async () => {
    const { page, log, baseURL } = await openApp(await browser(), size, {
      serviceWorkers: 'allow',
    });
    const origin = new URL(baseURL).origin;
    const problems: string[] = [];
    const help = new HelpPage(page);

    for (const route of routes) {
      const response = await page.goto(route.path);
      await help.heading.waitFor();
      problems.push(...cspProblems(response, route.path));
    }
    // The interactive walk: choose countries, follow both paths, use the not-listed fallback.
    await help.open('/');
    await help.activate(help.helpLink);
    await page.waitForURL('**/help');
    await help.chooseCountry('US');
    await help.activate(help.dangerChoice);
    await page.waitForURL('**/help/danger');
    await page.goBack();
    // Wait for the help screen itself: right after Back, the danger screen's h1 is still shown.
    await help.main.getByRole('heading', { level: 1, name: en['help.title'] }).waitFor();
    await help.chooseCountry(await help.notListedValue());
    await help.unlistedHeading.waitFor();
    await help.chooseCountry('GB');
    await help.activate(help.safeChoice);
    await page.waitForURL('**/help/safe');
    await help.heading.waitFor();
    const settings = new SettingsPage(page);
    await settings.openSettings();
    await settings.countrySelect.selectOption('US');

    // Once the service worker serves the pages, they must carry the same policy.
    await waitForServiceWorkerControl(page);
    for (const path of ['/', '/help', '/help/danger']) {
      const response = await page.goto(path);
      await help.heading.waitFor();
      problems.push(...cspProblems(response, `${path} (service worker)`));
    }

    const foreign = log.requests.filter((url) => {
      if (url.startsWith('data:') || url.startsWith('blob:')) return false;
      return new URL(url).origin !== origin;
    });
    expect(log.requests.length, 'the walk made requests').toBeGreaterThan(0);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(problems, 'Content-Security-Policy problems').toEqual([]);
    expect(log.cspViolations, 'CSP violation reports').toEqual([]);
    expect(log.consoleErrors, 'console errors').toEqual([]);
    expect(log.pageErrors, 'uncaught errors').toEqual([]);
  });

  it('every response carries the security headers, the API included', async () => {
    const { page } = await openApp(await browser(), size);
    const responses: Response[] = [];
    page.on('response', (response) => {
      responses.push(response);
    });
    await new HelpPage(page).open('/help');
    const health = await page.request.get('/api/health');
    expect(health.ok()).toBe(true);
    const missing: string[] = [];
    for (const response of responses) {
      if (response.fromServiceWorker()) continue;
      const headers = response.headers();
      for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy']) {
        if (!headers[name]) missing.push(`${response.url()}: ${name}`);
      }
    }
    const apiHeaders = health.headers();
    if (!apiHeaders['content-security-policy'])
      missing.push('/api/health: content-security-policy');
    expect(responses.length).toBeGreaterThan(0);
    expect(missing, 'responses without security headers').toEqual([]);
  });
});
