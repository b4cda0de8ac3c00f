// The two sizes every end-to-end test runs at: a phone (the likeliest device in a crisis) and a
// desktop. Tests loop over `sizes` so a failure names the size it happened at.
import type { BrowserContextOptions } from 'playwright-core';

export interface Size {
  name: 'phone' | 'desktop';
  options: BrowserContextOptions;
}

export const phone: Size = {
  name: 'phone',
  options: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  },
};

export const desktop: Size = {
  name: 'desktop',
  options: { viewport: { width: 1280, height: 800 } },
};

export const sizes: Size[] = [phone, desktop];
