// The four screens of issue 11's closing note (home for a returning person, the help screen,
// today's diary card and a tool) at 360, 390 and 1280 px, light and dark: nothing sticks out
// sideways (no horizontal scroll, no element wider than the viewport), and each is saved as a
// PNG for people to look at (the whole page, in .test-results). With ONWARD_SHOTS_DIR set, the
// first screenful of each goes there instead (the closing note's small before/after sets in
// docs/screenshots/ were made so).
import { join } from 'node:path';
import { en } from '@onward/content';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PrivacyPage } from './pages/privacy-page.ts';
import { screenshotDir, takeScreenshot } from './screenshots.ts';
import { openApp, useBrowser } from './session.ts';
import { settle } from './settle.ts';

const browser = useBrowser();

const widths = [
  { name: '360', viewport: { width: 360, height: 780 }, mobile: true },
  { name: '390', viewport: { width: 390, height: 844 }, mobile: true },
  { name: '1280', viewport: { width: 1280, height: 800 }, mobile: false },
] as const;

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const at = new Date().toISOString();
const records = [
  {
    kind: 'tool-use',
    id: 'use-1',
    value: {
      v: 1,
      tool: 'breathing',
      startedAt: at,
      endedAt: at,
      urgeBefore: 7,
      urgeAfter: 3,
    },
  },
];

const screens = [
  { name: 'home', path: '/' },
  { name: 'help', path: '/help' },
  { name: 'diary-card', path: `/journal/diary/${localToday()}` },
  { name: 'tool', path: '/tools/grounding' },
] as const;

/** Elements (by a short description) whose right edge lies past the viewport's. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      out.push(`page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    }
    for (const el of document.querySelectorAll('body *')) {
      if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
      // Inside a scrolling box (a wide table's own scroller) is fine: the box itself is checked.
      let p = el.parentElement;
      let scrolled = false;
      while (p && p !== document.body) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') scrolled = true;
        p = p.parentElement;
      }
      if (scrolled) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1) {
        const id = el.id ? `#${el.id}` : '';
        const cls = typeof el.className === 'string' && el.className ? `.${el.className}` : '';
        out.push(`${el.tagName.toLowerCase()}${id}${cls} ends at ${Math.round(r.right)}`);
      }
    }
    return out.slice(0, 10);
  });
}

describe('the four key screens at 360, 390 and 1280 px, light and dark', () => {
  for (const w of widths) {
    it(`at ${w.name} px nothing overflows sideways (screenshots when wanted)`, async () => {
      const dir = process.env.ONWARD_SHOTS_DIR ?? join(screenshotDir, 'key-screens');
      const fullPage = process.env.ONWARD_SHOTS_DIR === undefined;
      const session = await openApp(await browser(), {
        name: w.mobile ? 'phone' : 'desktop',
        options: {
          viewport: w.viewport,
          deviceScaleFactor: 1,
          isMobile: w.mobile,
          hasTouch: w.mobile,
        },
      });
      await session.context.addInitScript(() => {
        if (location.protocol === 'about:') return;
        localStorage.setItem('onward.country', 'GB');
        localStorage.setItem('onward.firstRun', 'done');
      });
      const shell = new PrivacyPage(session.page);
      await shell.open('/');
      await shell.vaultCall('put', records);
      const problems: string[] = [];
      for (const screen of screens) {
        await shell.open(screen.path);
        if (screen.name === 'home') {
          await shell.main
            .getByRole('heading', { name: en['home.today.heading'], exact: true })
            .waitFor();
        }
        for (const scheme of ['light', 'dark'] as const) {
          await session.page.emulateMedia({ colorScheme: scheme });
          await settle(session.page);
          for (const p of await overflowing(session.page)) {
            problems.push(`${screen.name} ${w.name} ${scheme}: ${p}`);
          }
          await takeScreenshot(session.page, join(dir, `${screen.name}-${w.name}-${scheme}.png`), {
            fullPage,
            always: process.env.ONWARD_SHOTS_DIR !== undefined,
          });
        }
      }
      expect(problems).toEqual([]);
      expect(session.log.pageErrors).toEqual([]);
    }, 240_000);
  }
});
