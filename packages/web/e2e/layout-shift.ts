// Layout shifts as Chromium reports them (layout-shift entries), recorded from the page's start,
// for the tests that check a screen does not move while the app takes over or its parts arrive.
import type { Page } from 'playwright-core';

/** Collects every layout shift of the page from its start (before any of the app's scripts). */
export const recordLayoutShifts = () => {
  const shifts: { value: number; at: number; sources: string[] }[] = [];
  (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      shifts.push({
        value: entry.value,
        at: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map((s) =>
          s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName),
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** Waits until the app has taken over and has nothing left to load, then a few frames more. */
export async function settled(page: Page): Promise<void> {
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let frames = 5;
        const tick = () => (--frames === 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
  );
}

export const shiftsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts);
