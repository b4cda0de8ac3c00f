// Page model for what every screen shares: the sticky top bar with "Get help now", the skip
// link, and <main id="main"> with one h1 that receives focus after navigation.
import { en } from '@onward/content';
import type { Locator, Page } from 'playwright-core';

/** Every route the app has today, plus one it does not (the not-found screen). */
export const routes = [
  { name: 'home', path: '/' },
  { name: 'help', path: '/help' },
  { name: 'help-danger', path: '/help/danger' },
  { name: 'help-safe', path: '/help/safe' },
  { name: 'settings', path: '/settings' },
  { name: 'not-found', path: '/no-such-page' },
] as const;

export type RouteName = (typeof routes)[number]['name'];

/** What has keyboard focus, described well enough for an assertion message. */
export interface FocusedElement {
  tag: string;
  name: string;
  href: string | null;
  isMainHeading: boolean;
}

export class AppShell {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** The one "Get help now" link (strict: a second one would be ambiguous for screen readers). */
  get helpLink(): Locator {
    return this.page.getByRole('link', { name: en['shell.getHelp'], exact: true });
  }

  get skipLink(): Locator {
    return this.page.getByRole('link', { name: en['shell.skip'], exact: true });
  }

  get main(): Locator {
    return this.page.locator('main#main');
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  /**
   * Loads a path and waits until the screen's h1 is on screen and the app has started (a
   * prerendered help screen shows its h1 before the app takes it over).
   */
  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await this.heading.waitFor();
    await this.page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  }

  async focused(): Promise<FocusedElement> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        tag: el?.tagName.toLowerCase() ?? '(none)',
        name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(),
        href: el?.getAttribute('href') ?? null,
        isMainHeading: el !== null && el === document.querySelector('main#main h1'),
      };
    });
  }

  /** "main h1" when the screen's heading has focus, else what does (for readable failures). */
  async focusDescription(): Promise<string> {
    const f = await this.focused();
    return f.isMainHeading ? 'main h1' : `${f.tag} "${f.name}"${f.href ? ` href=${f.href}` : ''}`;
  }

  /**
   * Puts the keyboard at the very start of the page, as if it had just loaded with nothing
   * focused, wherever focus is now. A throwaway focus target is placed first in <body>,
   * focused, and removed as soon as focus leaves it, so the next Tab goes to the first
   * focusable element of the page.
   */
  async focusPageStart(): Promise<void> {
    await this.page.evaluate(() => {
      const start = document.createElement('div');
      start.tabIndex = -1;
      start.addEventListener('blur', () => start.remove(), { once: true });
      document.body.prepend(start);
      start.focus();
    });
  }

  /** Presses Tab `count` times from the start of the page and says where focus went each time. */
  async tabFromStart(count: number): Promise<FocusedElement[]> {
    await this.focusPageStart();
    const stops: FocusedElement[] = [];
    for (let i = 0; i < count; i++) {
      await this.page.keyboard.press('Tab');
      stops.push(await this.focused());
    }
    return stops;
  }

  /**
   * Tabs through every focus stop (forwards, or backwards with Shift+Tab from the end) and
   * reports the ones that end up entirely hidden under the sticky top bar or off screen
   * (WCAG 2.2, 2.4.11 Focus Not Obscured). Returns the hidden stops and how many were visited.
   */
  async focusStopsHidden(
    direction: 'forward' | 'backward',
    onHidden?: (description: string) => Promise<unknown>,
  ): Promise<{
    visited: number;
    hidden: string[];
  }> {
    const key = direction === 'forward' ? 'Tab' : 'Shift+Tab';
    if (direction === 'forward') {
      await this.focusPageStart();
    } else {
      await this.page.evaluate(() => {
        const end = document.createElement('div');
        end.tabIndex = -1;
        end.addEventListener('blur', () => end.remove(), { once: true });
        document.body.append(end);
        end.focus();
      });
    }
    const hidden: string[] = [];
    let visited = 0;
    await this.page.evaluate(() => {
      (window as unknown as { __e2eSeen: WeakSet<Element> }).__e2eSeen = new WeakSet();
    });
    for (let i = 0; i < 200; i++) {
      await this.page.keyboard.press(key);
      const stop = await this.page.evaluate(() => {
        const seen = (window as unknown as { __e2eSeen: WeakSet<Element> }).__e2eSeen;
        const el = document.activeElement;
        if (!el || el === document.body || el === document.documentElement) return null;
        if (seen.has(el)) return null; // wrapped round: every stop visited
        seen.add(el);
        const r = el.getBoundingClientRect();
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        // Entirely hidden when no point of it inside the viewport shows the element itself.
        const xs = [r.left + 2, (r.left + r.right) / 2, r.right - 2];
        const ys = [r.top + 2, (r.top + r.bottom) / 2, r.bottom - 2];
        const points = xs.flatMap((x) => ys.map((y) => [x, y] as const));
        const onScreen = points.filter(
          ([x, y]) => x >= 0 && y >= 0 && x < window.innerWidth && y < window.innerHeight,
        );
        const shown = onScreen.some(([x, y]) => {
          const top = document.elementFromPoint(x, y);
          return top !== null && (el === top || el.contains(top));
        });
        const coveredBy = onScreen
          .map(([x, y]) => document.elementFromPoint(x, y))
          .find((top) => top && top !== el && !el.contains(top));
        return {
          name: `${el.tagName.toLowerCase()} "${name}"`,
          offScreen: onScreen.length === 0,
          coveredBy: shown
            ? null
            : coveredBy?.closest('header')
              ? 'the top bar'
              : (coveredBy?.tagName.toLowerCase() ?? null),
        };
      });
      if (!stop) break;
      visited++;
      const problem = stop.offScreen
        ? `${stop.name} is off screen`
        : stop.coveredBy
          ? `${stop.name} is hidden under ${stop.coveredBy}`
          : null;
      if (problem) {
        if (hidden.length === 0) await onHidden?.(problem);
        hidden.push(problem);
      }
    }
    return { visited, hidden };
  }

  /** The "More" entry of the phone's bottom bar. */
  get moreLink(): Locator {
    return this.page
      .getByRole('navigation')
      .getByRole('link', { name: en['shell.nav.more'], exact: true });
  }

  /**
   * Opens a destination the way a person reaches it from the navigation: its own link in the
   * side navigation (wide screens) or the bottom bar, or "More" and then its row on phones (the
   * bottom bar holds five destinations).
   */
  async openFromNavigation(label: string): Promise<void> {
    const direct = this.page
      .getByRole('navigation')
      .getByRole('link', { name: label, exact: true });
    if (await direct.isVisible()) {
      await this.activate(direct);
      return;
    }
    await this.activate(this.moreLink);
    await this.activate(this.main.getByRole('link', { name: label, exact: true }));
  }

  /** True when the destination has an entry where this size shows it: navigation or More. */
  async navigationEntryVisible(label: string): Promise<boolean> {
    if (
      await this.page
        .getByRole('navigation')
        .getByRole('link', { name: label, exact: true })
        .isVisible()
    )
      return true;
    await this.activate(this.moreLink);
    const row = this.main.getByRole('link', { name: label, exact: true });
    await row.waitFor();
    return row.isVisible();
  }

  /** Taps on touch devices, clicks elsewhere: the way a person would. */
  async activate(target: Locator): Promise<void> {
    const touch = await this.page.evaluate(() => matchMedia('(pointer: coarse)').matches);
    if (touch) await target.tap();
    else await target.click();
  }

  /** True when the document is wider than the viewport (content would need sideways scroll). */
  async scrollsSideways(): Promise<boolean> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
  }
}
