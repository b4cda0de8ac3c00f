// Accessibility of every screen: an axe-core scan (WCAG 2.2 AA and best practices) at both
// sizes in light and dark colour schemes; text at 200% without sideways scrolling; and no
// motion at all when the person has asked for less.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { AppShell, routes } from './pages/app-shell.ts';
import { HelpPage } from './pages/help-page.ts';
import { saveScreenshot } from './screenshots.ts';
import { type AppSession, openApp, useBrowser } from './session.ts';
import { settle } from './settle.ts';
import { type Size, sizes } from './viewports.ts';

const browser = useBrowser();

// Light and dark: what axe checks (contrast, names, roles, structure) depends on the colour
// scheme, not on motion. Reduced motion has its own test below ("with reduced motion"), which
// checks that nothing moves; scanning every screen again under it doubled this file's time
// (56 scans, the slowest file of the suite) without checking anything new.
const modes = [
  { name: 'light', media: { colorScheme: 'light', reducedMotion: 'no-preference' } },
  { name: 'dark', media: { colorScheme: 'dark', reducedMotion: 'no-preference' } },
] as const;

/** Every screen, plus the help screen's fallback for a country we have no lines for. */
const screens = [
  ...routes.map((route) => ({ name: route.name, path: route.path, notListed: false })),
  { name: 'help-not-listed', path: '/help', notListed: true },
];

async function showScreen(session: AppSession, screen: (typeof screens)[number]): Promise<void> {
  const help = new HelpPage(session.page);
  await help.open(screen.path);
  if (screen.notListed) {
    await help.chooseCountry(await help.notListedValue());
    await help.unlistedHeading.waitFor();
  }
  await settle(session.page);
}

describe.each(sizes)('at $name size', (size) => {
  describe.each(modes)('in $name mode', (mode) => {
    it.each(screens)('$name has no axe violations', async (screen) => {
      const session = await openApp(await browser(), size);
      await session.page.emulateMedia(mode.media);
      await showScreen(session, screen);
      await saveScreenshot(session.page, `${screen.name}-${size.name}-${mode.name}`);
      await expectNoAxeViolations(session.page, `${screen.path} (${size.name}, ${mode.name})`);
    });
  });
});

// 200% text: the root font size doubled, which is what a browser's text-size setting does to
// an app sized in rem/em. On a 320 px wide screen that is the WCAG 1.4.10 reflow case.
const zoomed: Size[] = [
  {
    name: 'phone',
    options: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true },
  },
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
];
const helpScreens = ['/help', '/help/danger', '/help/safe'];
/** The number each help screen exists to show (United Kingdom chosen). */
const keyNumber: Record<string, string> = {
  '/help': 'tel:999',
  '/help/danger': 'tel:999',
  '/help/safe': 'tel:116123',
};

describe.each(zoomed)('text at 200% at $name size ($options.viewport.width px)', (size) => {
  it.each(helpScreens)('%s reflows: no sideways scroll, help link in view', async (path) => {
    const { page } = await openApp(await browser(), size);
    const help = new HelpPage(page);
    await help.openHelp();
    await help.chooseCountry('GB');
    await help.open(path);
    const before = await help.heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await settle(page);
    const after = await help.heading.evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    expect(after / before, 'the heading grows with the text-size setting').toBeGreaterThanOrEqual(
      1.5,
    );
    await saveScreenshot(page, `text-200-${path.replaceAll('/', '-').slice(1)}-${size.name}`);

    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
    });
    expect(overflow.scrollWidth, `too wide: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(
      overflow.clientWidth,
    );

    for (const where of ['top', 'bottom'] as const) {
      await page.evaluate((to) => {
        window.scrollTo(0, to === 'top' ? 0 : document.documentElement.scrollHeight);
      }, where);
      const inView = await help.helpLink.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0;
      });
      expect(inView, `help link in view at the ${where} of the page`).toBe(true);
    }
    // And the number the screen is for is still a whole link that fits on screen.
    const number = help.linkTo(keyNumber[path] ?? '').first();
    await number.scrollIntoViewIfNeeded();
    const box = await number.boundingBox();
    expect(box, `${keyNumber[path]} link on screen`).not.toBeNull();
    expect(
      (box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= (page.viewportSize()?.width ?? 0),
    ).toBe(true);
  });
});

describe.each(zoomed)('keyboard focus with text at 200% at $name size', (size) => {
  it.each(helpScreens)(
    '%s: no focused control is hidden under the sticky top bar',
    async (path) => {
      const { page } = await openApp(await browser(), size);
      const help = new HelpPage(page);
      await help.openHelp();
      await help.chooseCountry('GB');
      await help.open(path);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      await settle(page);
      const name = `focus-hidden-${path.slice(1).replaceAll('/', '-')}-${size.name}`;
      const evidence = (direction: string) => () =>
        saveScreenshot(page, `${name}-${direction}`, { fullPage: false, always: true });
      const forward = await help.focusStopsHidden('forward', evidence('tab'));
      const backward = await help.focusStopsHidden('backward', evidence('shift-tab'));
      expect(forward.visited, 'focus stops reached with Tab').toBeGreaterThan(4);
      expect(backward.visited, 'Shift+Tab reaches as many stops as Tab').toBe(forward.visited);
      expect([...forward.hidden, ...backward.hidden.map((h) => `${h} (Shift+Tab)`)]).toEqual([]);
    },
  );
});

/** What is moving on the page right now, or set up to move. */
function motionReport(page: AppSession['page']) {
  return page.evaluate(() => {
    const seconds = (value: string) =>
      value.split(',').map((v) => (v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v)));
    const moving: string[] = [];
    for (const el of [document.documentElement, ...document.querySelectorAll('*')]) {
      for (const pseudo of [null, '::before', '::after'] as const) {
        const style = getComputedStyle(el, pseudo);
        const transition = seconds(style.transitionDuration);
        const animation = style.animationName !== 'none' ? seconds(style.animationDuration) : [];
        if ([...transition, ...animation].some((s) => s > 0)) {
          moving.push(
            `${el.tagName.toLowerCase()}${pseudo ?? ''}.${el.getAttribute('class') ?? ''} ` +
              `(transition ${style.transitionDuration}, ` +
              `animation ${style.animationName} ${style.animationDuration})`,
          );
        }
      }
    }
    return {
      animations: document.getAnimations().length,
      moving,
      smoothScroll: getComputedStyle(document.documentElement).scrollBehavior === 'smooth',
    };
  });
}

describe.each(sizes)('with reduced motion at $name size', (size) => {
  it.each(['/', ...helpScreens, '/settings'])(
    '%s runs no animation or transition',
    async (path) => {
      const { page } = await openApp(await browser(), size);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const shell = new AppShell(page);
      await shell.open(path);
      await shell.helpLink.hover();
      await shell.helpLink.focus();
      const opened = await motionReport(page);
      expect(opened.animations, `running animations on ${path}`).toBe(0);
      expect(opened.moving, `elements set to move on ${path}`).toEqual([]);
      expect(opened.smoothScroll, 'smooth scrolling under reduced motion').toBe(false);

      // Screen changes inside the app are where motion usually hides.
      await shell.activate(shell.helpLink);
      await page.waitForURL('**/help');
      await shell.heading.waitFor();
      const arrived = await motionReport(page);
      expect(arrived.animations, 'running animations after navigating to /help').toBe(0);
      expect(arrived.moving, 'elements set to move after navigating to /help').toEqual([]);
    },
  );
});
