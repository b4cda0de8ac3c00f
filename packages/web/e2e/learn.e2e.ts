// Learn: the list of guides and every guide, as a person reads them. Every guide opens offline
// after one online visit (the service worker precaches the Learn chunk); links between guides,
// to "Get help now" and into the app all lead somewhere real; each guide passes an axe scan.
import { en, type Guide, guides } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { waitForServiceWorkerControl } from './offline.ts';
import { featureScreenshot, LearnPage, mainOverflow } from './pages/learn-page.ts';
import { openApp, useBrowser } from './session.ts';
import { settle } from './settle.ts';
import { desktop, phone, sizes } from './viewports.ts';

const browser = useBrowser();

const guideLinks = (guide: Guide) =>
  guide.blocks.flatMap((b) => (b.type === 'link' && b.to.kind === 'guide' ? [b] : []));
const routeLinks = (guide: Guide) =>
  guide.blocks.flatMap((b) => (b.type === 'link' && b.to.kind === 'route' ? [b] : []));

/** Screens a guide's link may lead to today: its own path, or the fallback for a missing one. */
const fallback = '/help/safe';

async function expectGuideShown(learn: LearnPage, guide: Guide): Promise<void> {
  await expect.poll(() => learn.heading.textContent()).toBe(guide.title);
  if (guide.contentNote) {
    expect(await learn.contentNote.textContent()).toContain(guide.contentNote);
  } else {
    expect(await learn.contentNote.count()).toBe(0);
  }
  expect(await learn.nextStep.textContent()).toBe(guide.nextStep.text);
}

describe.each(sizes)('at $name size', (size) => {
  it('lists every guide with its title, summary and reading time, from the main navigation', async () => {
    const { page, log } = await openApp(await browser(), size);
    const learn = new LearnPage(page);
    await learn.open('/');
    await learn.openFromNavigation(en['learn.nav']);
    await page.waitForURL('**/learn');
    await expect.poll(() => learn.heading.textContent()).toBe(en['learn.title']);
    // Wide screens show Learn in the side navigation, marked as the current page; phones reach
    // it through More (the bottom bar holds five destinations).
    if (size.name === 'desktop') {
      expect(await learn.navLink.getAttribute('aria-current')).toBe('page');
    }
    for (const guide of guides) {
      const card = learn.guideCard(guide);
      expect(await card.textContent()).toContain(guide.summary);
      expect(await card.textContent()).toContain(
        en['learn.minutes'].replace('{minutes}', String(guide.minutes)),
      );
    }
    expect(await learn.main.locator('li.guide-card').count()).toBe(guides.length);
    await featureScreenshot(page, 'learn', `learn-list-${size.name}`);

    // The whole card is the target, not only its title.
    const first = guides[0] as Guide;
    const card = learn.guideCard(first);
    const box = await card.boundingBox();
    if (!box) throw new Error('no card box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 8);
    await page.waitForURL(`**/learn/${first.id}`);
    await expectGuideShown(learn, first);
    // Focus moves to the guide's heading, and the page title names the guide.
    await expect.poll(() => learn.focusDescription()).toBe('main h1');
    expect(await page.title()).toBe(`${first.title} · ${en['app.name']}`);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('every guide opens offline after one online visit', async () => {
    const { context, page } = await openApp(await browser(), size, { serviceWorkers: 'allow' });
    const learn = new LearnPage(page);
    // One visit to the home screen, nothing else: the worker precaches every chunk.
    await learn.open('/');
    await waitForServiceWorkerControl(page);
    // The worker has the Learn chunks (screens and guide text) although none was opened yet.
    const cached = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) {
          paths.push(new URL(request.url).pathname);
        }
      }
      return paths;
    });
    for (const chunk of ['learn-screen', 'guide-screen']) {
      expect(
        cached.some((p) => p.startsWith(`/assets/${chunk}-`) && p.endsWith('.js')),
        chunk,
      ).toBe(true);
    }
    await context.setOffline(true);

    // Opened directly (a bookmark, a link from a friend) while offline.
    for (const guide of guides) {
      await learn.openGuide(guide.id);
      await expectGuideShown(learn, guide);
      expect(await page.title()).toBe(`${guide.title} · ${en['app.name']}`);
    }
    // And through the list, in the app.
    await learn.openLearn();
    for (const guide of guides) {
      await learn.activate(learn.guideLink(guide));
      await page.waitForURL(`**/learn/${guide.id}`);
      await expectGuideShown(learn, guide);
      await page.goBack();
      await expect.poll(() => learn.heading.textContent()).toBe(en['learn.title']);
    }
    await featureScreenshot(page, 'learn', `offline-learn-${size.name}`);
  });
});

describe('links in the guides (phone size)', () => {
  it.each(guides.map((g) => [g.id, g] as const))(
    '%s: links to other guides open them',
    async (_id, guide) => {
      const { page } = await openApp(await browser(), phone);
      const learn = new LearnPage(page);
      for (const link of guideLinks(guide)) {
        await learn.openGuide(guide.id);
        await learn.activate(learn.linkNamed(link.text));
        const target = guides.find((g) => link.to.kind === 'guide' && g.id === link.to.id);
        if (!target) throw new Error(`no guide for ${link.text}`);
        await page.waitForURL(`**/learn/${target.id}`);
        await expectGuideShown(learn, target);
      }
      expect(
        guideLinks(guide).length + (guide.nextStep.to.kind === 'guide' ? 1 : 0),
      ).toBeGreaterThan(0);
    },
  );

  it.each(guides.map((g) => [g.id, g] as const))(
    '%s: links into the app lead to a real screen (or to "struggling but safe")',
    async (_id, guide) => {
      const { page } = await openApp(await browser(), phone);
      const learn = new LearnPage(page);
      for (const link of routeLinks(guide)) {
        if (link.to.kind !== 'route') continue;
        const path = link.to.path;
        await learn.openGuide(guide.id);
        const href = await learn.linkNamed(link.text).getAttribute('href');
        expect([path, fallback], link.text).toContain(href);
        await learn.activate(learn.linkNamed(link.text));
        await page.waitForURL(`**${href}`);
        await learn.heading.waitFor();
        expect(await learn.heading.textContent(), `${link.text} -> ${href}`).not.toBe(
          en['notFound.title'],
        );
      }
    },
  );

  it.each(guides.map((g) => [g.id, g] as const))(
    '%s: the next step is a button that goes somewhere real',
    async (_id, guide) => {
      const { page } = await openApp(await browser(), phone);
      const learn = new LearnPage(page);
      await learn.openGuide(guide.id);
      const button = learn.nextStep;
      expect(await button.getAttribute('class')).toContain('button');
      const box = await button.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      const to = guide.nextStep.to;
      const href = await button.getAttribute('href');
      if (to.kind === 'guide') expect(href).toBe(`/learn/${to.id}`);
      else expect([to.path, fallback]).toContain(href);
      await learn.activate(button);
      await page.waitForURL(`**${href}`);
      await learn.heading.waitFor();
      expect(await learn.heading.textContent()).not.toBe(en['notFound.title']);
    },
  );

  it('"Show help options" in a guide opens "Get help now", and the top bar link stays unique', async () => {
    const { page } = await openApp(await browser(), phone);
    const learn = new LearnPage(page);
    await learn.openGuide('what-is-self-harm');
    // The strict locator fails if a guide adds a second link named "Get help now".
    expect(await learn.helpLink.count()).toBe(1);
    await learn.activate(learn.linkNamed('Show help options'));
    await page.waitForURL('**/help');
    await expect.poll(() => learn.heading.textContent()).toBe(en['help.title']);

    // And the top bar's "Get help now" from inside a guide.
    await learn.openGuide('relapse-is-not-failure');
    await learn.activate(learn.helpLink);
    await page.waitForURL('**/help');
    await expect.poll(() => learn.heading.textContent()).toBe(en['help.title']);
  });

  it('an unknown guide shows the not-found screen, with help one tap away', async () => {
    const { page } = await openApp(await browser(), phone);
    const learn = new LearnPage(page);
    await learn.openGuide('no-such-guide');
    await expect.poll(() => learn.heading.textContent()).toBe(en['notFound.title']);
    expect(await page.title()).toBe(`${en['notFound.title']} · ${en['app.name']}`);
    expect(await learn.helpLink.isVisible()).toBe(true);
  });
});

const modes = [
  { name: 'light', colorScheme: 'light' },
  { name: 'dark', colorScheme: 'dark' },
] as const;
const screens = [
  { name: 'learn', path: '/learn' },
  ...guides.map((g) => ({ name: g.id, path: `/learn/${g.id}` })),
];

describe.each([phone, desktop])('axe at $name size', (size) => {
  describe.each(modes)('in $name mode', (mode) => {
    it('the list and every guide have no axe violations', async () => {
      const { page } = await openApp(await browser(), size);
      await page.emulateMedia({ colorScheme: mode.colorScheme });
      const learn = new LearnPage(page);
      for (const screen of screens) {
        await learn.open(screen.path);
        await settle(page);
        if (size === phone || mode.name === 'light') {
          await featureScreenshot(page, 'learn', `${screen.name}-${size.name}-${mode.name}`);
        }
        await expectNoAxeViolations(page, `${screen.path} (${size.name}, ${mode.name})`);
      }
    });
  });
});

describe('reading at 320 px with text at 200%', () => {
  it('no guide needs sideways scrolling', async () => {
    const { page } = await openApp(await browser(), {
      name: 'phone',
      options: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true },
    });
    const learn = new LearnPage(page);
    for (const path of screens.map((s) => s.path)) {
      await learn.open(path);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      await settle(page);
      expect(await mainOverflow(page), path).toEqual([]);
    }
    await featureScreenshot(page, 'learn', 'text-200-getting-urgent-help-320');
  });
});
