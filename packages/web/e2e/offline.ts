// Waiting for the service worker: `ready` resolves once a worker is active, but the page that
// registered it is only controlled after clients.claim() or the next load. We wait for both,
// reloading once if the worker does not claim the page, so the offline tests start from the
// state a returning visitor is in.
import type { Page } from 'playwright-core';
import { allowsServiceWorker } from './session.ts';

export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  if (!allowsServiceWorker(page.context())) {
    throw new Error(
      "This test's context blocks the service worker: open it with openApp(browser, size, " +
        "{ serviceWorkers: 'allow' })",
    );
  }
  const supported = await page.evaluate(() => 'serviceWorker' in navigator);
  if (!supported) throw new Error('This browser context has no service worker support');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    // Give clients.claim() a moment to land before falling back to a reload.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          if (navigator.serviceWorker.controller) return resolve();
          navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
            once: true,
          });
          setTimeout(resolve, 2_000);
        }),
    );
  }
  if (!(await controlled())) {
    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  }
  if (!(await controlled())) {
    throw new Error('The service worker never took control of the page, even after a reload');
  }
}
