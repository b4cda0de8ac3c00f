// Per-file browser and per-test contexts for the e2e tests.
//
// Each test file launches one browser (launching is cheap, sharing across files is not possible
// with Vitest's isolation) and each test gets a fresh context, so no storage, service worker or
// cookie leaks between tests. Every context records what the app does on the network and in the
// console, so tests can assert it talks only to its own origin and runs without errors.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, inject, onTestFinished } from 'vitest';
import { launchBrowser } from './browser.ts';
import type { Size } from './viewports.ts';

/** Everything the app did that a privacy or quality check may want to look at. */
export interface ActivityLog {
  /** Every request URL, from pages and the service worker, in order. */
  requests: string[];
  /** console.error messages, with the URL of the page that logged them. */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** securitypolicyviolation events: "directive blocked-uri (source:line)". */
  cspViolations: string[];
}

export interface AppSession {
  context: BrowserContext;
  page: Page;
  log: ActivityLog;
  baseURL: string;
}

/**
 * One browser per test file, started by the first test that asks for it and closed after the
 * file. It is started inside a test rather than in beforeAll on purpose: if Chromium cannot
 * start, every test FAILS with the reason and what to set, instead of being reported as skipped.
 */
export function useBrowser(): () => Promise<Browser> {
  let launching: Promise<Browser> | undefined;
  afterAll(async () => {
    const browser = await launching?.catch(() => undefined);
    await browser?.close();
  });
  return () => {
    launching ??= launchBrowser();
    return launching;
  };
}

// Runs in every page before the app's scripts. It is injected by the browser's debugging
// protocol, not by a <script> tag, so the app's CSP does not apply to it.
const reportCspViolations = () => {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as { __onwardCsp?: (text: string) => void }).__onwardCsp;
    report?.(
      `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} ` +
        `(${event.sourceFile || location.href}:${event.lineNumber})`,
    );
  });
};

/** Contexts opened with the service worker allowed (see openApp). */
const workerContexts = new WeakSet<BrowserContext>();

/** Whether this context lets the app's service worker run. */
export function allowsServiceWorker(context: BrowserContext): boolean {
  return workerContexts.has(context);
}

/**
 * A fresh context at the given size, watched, with one page open (nothing loaded yet).
 * Closed automatically when the test finishes.
 *
 * The app's service worker is blocked unless the test asks for it with
 * `{ serviceWorkers: 'allow' }`: in a fresh context it precaches the whole app, about 3 CPU
 * seconds of browser and server per test on a 2-core machine, the largest single cost of the
 * suite. Every test of what the worker does (offline screens, what it requests, the clinic
 * and guides kept on the device, the language switch offline, sync) allows it; the app
 * without a worker is also what a person gets where registration fails (private modes), so
 * the other tests still test a real case.
 */
export async function openApp(
  browser: Browser,
  size: Size,
  options: BrowserContextOptions = {},
): Promise<AppSession> {
  const baseURL = inject('baseURL');
  const context = await browser.newContext({
    locale: 'en-US',
    serviceWorkers: 'block',
    ...size.options,
    ...options,
    baseURL,
  });
  if (options.serviceWorkers === 'allow') workerContexts.add(context);
  onTestFinished(async () => {
    await context.close();
  });
  const log: ActivityLog = { requests: [], consoleErrors: [], pageErrors: [], cspViolations: [] };
  context.on('request', (request) => {
    log.requests.push(request.url());
  });
  context.on('console', (message) => {
    if (message.type() === 'error') {
      log.consoleErrors.push(`${message.text()} (on ${message.page()?.url() ?? 'a worker'})`);
    }
  });
  context.on('weberror', (error) => {
    log.pageErrors.push(`${error.error().message} (on ${error.page()?.url() ?? 'a worker'})`);
  });
  await context.exposeFunction('__onwardCsp', (text: string) => {
    log.cspViolations.push(text);
  });
  await context.addInitScript(reportCspViolations);
  const page = await context.newPage();
  return { context, page, log, baseURL };
}
