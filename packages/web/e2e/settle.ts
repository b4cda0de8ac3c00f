// Waits until a screen has stopped changing by itself: web fonts loaded and every finite
// animation or transition finished (capped, so an endless animation cannot hang a test).
import type { Page } from 'playwright-core';

export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const finite = document
      .getAnimations()
      .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity));
    const cap = new Promise((resolve) => setTimeout(resolve, 3_000));
    await Promise.race([Promise.allSettled(finite.map((a) => a.finished)), cap]);
  });
}
