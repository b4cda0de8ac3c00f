// The in-the-moment toolkit, end to end at phone size: each tool runs to its end (timers made
// to finish with Playwright's clock, not with test-only shortcuts); with reduced motion nothing
// animates; the help screen starts a suggested tool in two taps; the library filters,
// favourites, hides and takes the person's own ideas; and "what helps me" learns: after three
// big drops with one tool and three small ones with another, the first is listed above the
// second, also after a reload. An axe scan runs on every tool screen in light and dark.
import { alternatives, en } from '@onward/content';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { HelpPage } from './pages/help-page.ts';
import { featureScreenshot, mainOverflow } from './pages/learn-page.ts';
import { fill, ToolsPage, toolPaths } from './pages/tools-page.ts';
import { openApp, useBrowser } from './session.ts';
import { settle } from './settle.ts';
import { desktop, phone, type Size } from './viewports.ts';

const browser = useBrowser();

type Scheme = 'light' | 'dark';

/** A fresh app at phone size (or another), with a controllable clock and colour scheme. */
async function start(
  size: Size = phone,
  media: { colorScheme?: Scheme; reducedMotion?: 'reduce' | 'no-preference' } = {},
) {
  const session = await openApp(await browser(), size);
  await session.page.clock.install();
  await session.page.emulateMedia({
    colorScheme: media.colorScheme ?? 'light',
    reducedMotion: media.reducedMotion ?? 'no-preference',
  });
  return { ...session, tools: new ToolsPage(session.page) };
}

/**
 * Axe in light and dark, then back. From the top of the page: axe judges a link half under the
 * fixed bottom navigation as too small, and where the page happens to be scrolled is chance.
 */
async function axeBothSchemes(page: Page, where: string, back: Scheme = 'light'): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${where} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: back });
}

async function shot(page: Page, name: string): Promise<void> {
  await settle(page);
  await featureScreenshot(page, 'tools', name);
}

/** Runs paced breathing for one minute with these ratings, and saves. */
async function breathe(tools: ToolsPage, before: number, after: number): Promise<void> {
  await tools.openAt(toolPaths.breathing, en['tools.breathe.title']);
  await tools.main.getByLabel(en['tools.breathe.length'], { exact: true }).selectOption('1');
  await tools.rate(en['tools.rating.now'], before);
  await tools.button(en['tools.start']).click();
  await tools.countdown.waitFor();
  await tools.page.clock.fastForward('01:05');
  await tools.headingNamed(en['tools.breathe.doneHeading']).waitFor();
  await tools.saveRatings(after);
}

/** Runs urge surfing for one minute with these ratings, and saves. */
async function surf(tools: ToolsPage, before: number, after: number): Promise<void> {
  await tools.openAt(toolPaths.surf, en['tools.surf.title']);
  await tools.main.getByLabel(en['tools.surf.length'], { exact: true }).selectOption('1');
  await tools.rate(en['tools.rating.now'], before);
  await tools.button(en['tools.surf.start']).click();
  await tools.countdown.waitFor();
  await tools.page.clock.fastForward('01:05');
  await tools.headingNamed(en['tools.surf.doneHeading']).waitFor();
  await tools.saveRatings(after);
}

describe('urge surfing', () => {
  it('runs to its end with a check-in each minute, an extension and the closing questions', async () => {
    const { page, tools, log } = await start();
    await tools.openAt(toolPaths.surf, en['tools.surf.title']);
    const length = tools.main.getByLabel(en['tools.surf.length'], { exact: true });
    expect(await length.inputValue()).toBe('5');
    expect(await length.locator('option').count()).toBe(30);
    await axeBothSchemes(page, '/tools/urge-surfing (ready)');
    await shot(page, 'urge-surfing-ready-phone');

    await length.selectOption('2');
    await tools.rate(en['tools.rating.now'], 7);
    await tools.button(en['tools.surf.start']).click();
    await expect.poll(() => tools.countdown.textContent()).toMatch(/^[12]:\d\d left$/);
    // The wave moves while motion is allowed.
    expect(await page.locator('.tk-wave svg').count()).toBe(1);
    expect(await tools.animationCount()).toBeGreaterThan(0);

    await tools.button(en['tools.surf.extend']).click();
    await expect.poll(() => tools.countdown.textContent()).toMatch(/^[67]:\d\d left$/);

    // A minute in, a gentle check-in; the timer does not wait for it.
    await page.clock.fastForward('01:01');
    await tools.headingNamed(en['tools.surf.checkIn']).waitFor();
    await expect.poll(() => tools.countdown.textContent()).toMatch(/^[56]:\d\d left$/);
    await axeBothSchemes(page, '/tools/urge-surfing (running, check-in)');
    await shot(page, 'urge-surfing-check-in-phone');
    await tools.button(en['tools.surf.notYet']).click();
    await tools.main.getByText(en['tools.surf.notYetReply'], { exact: true }).waitFor();
    expect(await tools.headingNamed(en['tools.surf.checkIn']).count()).toBe(0);

    await page.clock.fastForward('07:00');
    await tools.headingNamed(en['tools.surf.doneHeading']).waitFor();
    await tools.main
      .getByText(fill(en['tools.surf.doneBody'], { minutes: 7 }), { exact: true })
      .waitFor();
    // The rating at the start was given, so only "now" is asked.
    expect(await tools.rating(en['tools.rating.before']).count()).toBe(0);
    await expect.poll(() => tools.headingNamed(en['tools.done.another']).isVisible()).toBe(true);
    await axeBothSchemes(page, '/tools/urge-surfing (done)');
    await shot(page, 'urge-surfing-done-phone');
    await tools.saveRatings(3);
    expect(await mainOverflow(page)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
});

describe('paced breathing', () => {
  it('runs to its end, and a screen reader hears phase changes only', async () => {
    const { page, tools, log } = await start();
    await tools.openAt(toolPaths.breathing, en['tools.breathe.title']);
    await axeBothSchemes(page, '/tools/breathing (ready)');
    await shot(page, 'breathing-ready-phone');

    // The person's own pattern: a field out of range is explained next to it.
    await tools.main.getByLabel(en['tools.breathe.patternCustom'], { exact: true }).check();
    const breatheIn = tools.main.getByLabel(en['tools.breathe.customIn'], { exact: true });
    await breatheIn.fill('1');
    await tools.button(en['tools.start']).click();
    await tools.main.getByText(en['tools.breathe.errorBreath'], { exact: true }).waitFor();
    expect(await breatheIn.getAttribute('aria-invalid')).toBe('true');
    await axeBothSchemes(page, '/tools/breathing (custom, with an error)');
    await tools.main.getByLabel(en['tools.breathe.pattern46'], { exact: true }).check();

    await tools.main.getByLabel(en['tools.breathe.length'], { exact: true }).selectOption('1');
    await tools.button(en['tools.start']).click();
    await tools.countdown.waitFor();
    await expect.poll(() => tools.announcer.textContent()).toBe(en['tools.breathe.in']);
    expect(await page.locator('.tk-breath-circle').count()).toBe(1);
    expect(await tools.animationCount()).toBeGreaterThan(0);
    await axeBothSchemes(page, '/tools/breathing (running)');
    await shot(page, 'breathing-running-phone');

    // Count what the live region says over exactly ten seconds of 4-in, 6-out breathing: the
    // clock is paused, so only the test moves time on. Ten seconds is one whole breath, which
    // has two changes of phase.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 50));
    await tools.announcer.evaluate((el) => {
      const w = window as unknown as { __said: string[] };
      w.__said = [];
      new MutationObserver(() => w.__said.push(el.textContent ?? '')).observe(el, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const counts = new Set<string>();
    for (let second = 0; second < 10; second++) {
      const before = await tools.countdown.textContent();
      // Jump most of the second, then run the rest tick by tick so the page's effects (which
      // wait for an animation frame) get to run, as they would in real time.
      await page.clock.fastForward(800);
      await page.clock.runFor(200);
      await expect.poll(() => tools.countdown.textContent()).not.toBe(before);
      counts.add((await page.locator('.tk-breath-count').textContent()) ?? '');
    }
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    // The visible count changed every second, but only the phase changes were announced.
    expect(counts.size).toBeGreaterThanOrEqual(5);
    const phases = said.filter((text) => text !== '');
    expect(phases, JSON.stringify(said)).toHaveLength(2);
    for (const [i, text] of phases.entries()) {
      expect([en['tools.breathe.in'], en['tools.breathe.out']]).toContain(text);
      if (i > 0) expect(text).not.toBe(phases[i - 1]);
    }

    await page.clock.resume();
    await page.clock.fastForward('01:00');
    await tools.headingNamed(en['tools.breathe.doneHeading']).waitFor();
    // No rating at the start, so the end asks for both, and Skip saves nothing more.
    await tools.rating(en['tools.rating.before']).waitFor();
    await axeBothSchemes(page, '/tools/breathing (done)');
    await tools.button(en['tools.done.skip']).click();
    await tools.main.getByText(en['tools.done.skipped'], { exact: true }).waitFor();

    await tools.openAt(toolPaths.history, en['tools.history.title']);
    const item = tools.main.locator('.tk-history-item', { hasText: en['tools.name.breathing'] });
    await item.waitFor();
    expect(await item.textContent()).not.toContain('Urge');
    await axeBothSchemes(page, '/tools/history');
    await shot(page, 'history-phone');
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
});

describe('5-4-3-2-1 grounding', () => {
  it('goes one sense at a time, offers another way, and keeps notes only when asked', async () => {
    const { page, tools, log } = await start();
    await tools.openAt(toolPaths.grounding, en['tools.ground.title']);
    await axeBothSchemes(page, '/tools/grounding (ready)');
    await tools.button(en['tools.ground.begin']).click();

    const senses = ['see', 'touch', 'hear', 'smell', 'taste'] as const;
    for (const [i, sense] of senses.entries()) {
      await tools.headingNamed(en[`tools.ground.${sense}`], 2).waitFor();
      await tools.main
        .getByText(fill(en['tools.ground.step'], { step: i + 1 }), { exact: true })
        .waitFor();
      await expect.poll(() => tools.focusDescription()).toMatch(i === 0 ? /.*/ : /^h2 /);
      if (i === 0) {
        await tools.main
          .getByLabel(en['tools.ground.answers'], { exact: true })
          .fill('the window, a mug, my shoes, a plant, the door');
        await axeBothSchemes(page, '/tools/grounding (a step)');
        await shot(page, 'grounding-step-phone');
      }
      if (sense === 'smell') {
        const other = tools.button(en['tools.ground.notAvailable']);
        await other.click();
        expect(await other.getAttribute('aria-pressed')).toBe('true');
        await tools.main.getByText(en['tools.ground.smellAlt'], { exact: true }).waitFor();
      }
      const last = i === senses.length - 1;
      await tools.button(last ? en['tools.ground.finish'] : en['tools.ground.next']).click();
    }

    await tools.headingNamed(en['tools.ground.doneHeading']).waitFor();
    await axeBothSchemes(page, '/tools/grounding (done)');
    await shot(page, 'grounding-done-phone');
    await tools.button(en['tools.ground.keep']).click();
    await tools.main.getByText(en['tools.ground.kept'], { exact: true }).waitFor();
    await tools.saveRatings(2, 6);

    await tools.openAt(toolPaths.history, en['tools.history.title']);
    await tools.main.getByText('the window, a mug, my shoes, a plant, the door').waitFor();
    await tools.main
      .getByText(fill(en['tools.history.urge'], { before: 6, after: 2 }), { exact: false })
      .waitFor();
    expect(log.pageErrors).toEqual([]);
  });
});

describe('TIPP', () => {
  it('shows the caution before the temperature skill, lets you skip it, and runs to its end', async () => {
    const { page, tools, log } = await start();
    await tools.openAt(toolPaths.tipp, en['tools.tipp.title']);
    await axeBothSchemes(page, '/tools/tipp (ready)');
    await tools.button(en['tools.tipp.begin']).click();

    await tools.headingNamed(en['tools.tipp.cautionHeading'], 2).waitFor();
    const caution = tools.main.getByText(en['tools.tipp.cautionBody'], { exact: true });
    await caution.waitFor();
    for (const word of ['heart condition', 'beta-blockers', 'eating disorder', 'cold']) {
      expect(await caution.textContent()).toContain(word);
    }
    // The temperature skill itself is not on screen until the person continues.
    expect(await tools.main.getByText(en['tools.tipp.temperatureHow']).count()).toBe(0);
    await axeBothSchemes(page, '/tools/tipp (caution)');
    await shot(page, 'tipp-caution-phone');

    await tools.button(en['tools.tipp.skipToAnother']).click();
    await tools.headingNamed(en['tools.tipp.exercise'], 2).waitFor();
    await tools.button(en['tools.tipp.previous']).click();
    await tools.headingNamed(en['tools.tipp.cautionHeading'], 2).waitFor();
    await tools.button(en['tools.tipp.cautionContinue']).click();
    await tools.headingNamed(en['tools.tipp.temperature'], 2).waitFor();
    await tools.main.getByText(en['tools.tipp.temperatureHow'], { exact: true }).waitFor();
    await axeBothSchemes(page, '/tools/tipp (a skill)');

    await tools.button(en['tools.tipp.next']).click();
    await tools.headingNamed(en['tools.tipp.exercise'], 2).waitFor();
    await tools.button(en['tools.tipp.next']).click();
    await tools.headingNamed(en['tools.tipp.breathing'], 2).waitFor();
    expect(await tools.link(en['tools.tipp.breathingLink']).getAttribute('href')).toBe(
      toolPaths.breathing,
    );
    await tools.button(en['tools.tipp.next']).click();
    await tools.headingNamed(en['tools.tipp.muscles'], 2).waitFor();
    await tools.button(en['tools.tipp.finish']).click();
    await tools.headingNamed(en['tools.tipp.doneHeading']).waitFor();
    await axeBothSchemes(page, '/tools/tipp (done)');
    await tools.saveRatings(4, 8);
    expect(log.pageErrors).toEqual([]);
  });
});

describe('with reduced motion', () => {
  it('no tool animates: text countdowns only', async () => {
    const { page, tools } = await start(phone, { reducedMotion: 'reduce' });

    await tools.openAt(toolPaths.surf, en['tools.surf.title']);
    await tools.button(en['tools.surf.start']).click();
    await tools.countdown.waitFor();
    await page.clock.fastForward(2000);
    expect(await page.locator('.tk-wave').count()).toBe(0);
    expect(await tools.animationCount()).toBe(0);
    await shot(page, 'urge-surfing-reduced-motion-phone');
    await tools.button(en['tools.finishNow']).click();
    await tools.headingNamed(en['tools.surf.doneHeading']).waitFor();
    expect(await tools.animationCount()).toBe(0);

    await tools.openAt(toolPaths.breathing, en['tools.breathe.title']);
    await tools.button(en['tools.start']).click();
    await tools.countdown.waitFor();
    for (let i = 0; i < 6; i++) {
      await page.clock.fastForward(1000);
      expect(await tools.animationCount()).toBe(0);
    }
    expect(await page.locator('.tk-breath-circle').count()).toBe(0);
    await page.locator('.tk-breath-plain .tk-breath-phase').waitFor();
    await axeBothSchemes(page, '/tools/breathing (running, reduced motion)');
    await shot(page, 'breathing-reduced-motion-phone');
    await page.clock.fastForward('03:00');
    await tools.headingNamed(en['tools.breathe.doneHeading']).waitFor();

    for (const [path, h1, begin] of [
      [toolPaths.grounding, en['tools.ground.title'], en['tools.ground.begin']],
      [toolPaths.tipp, en['tools.tipp.title'], en['tools.tipp.begin']],
    ] as const) {
      await tools.openAt(path, h1);
      await tools.button(begin).click();
      expect(await tools.animationCount()).toBe(0);
    }
    await tools.openAt(toolPaths.tools, en['tools.title']);
    expect(await tools.animationCount()).toBe(0);
    await tools.openAt(toolPaths.alternatives, en['tools.alt.title']);
    expect(await tools.animationCount()).toBe(0);
  });
});

describe('what helps me', () => {
  it('lists a tool with big drops above one with small drops, and remembers after a reload', async () => {
    const { page, tools } = await start();
    await tools.openAt(toolPaths.tools, en['tools.title']);
    // With no data, the prior order: urge surfing before paced breathing.
    await expect
      .poll(() => tools.toolOrder())
      .toEqual(['urge-surfing', 'breathing', 'grounding', 'tipp']);
    await expect
      .poll(() => tools.toolHint('breathing').textContent())
      .toContain(en['tools.why.untried']);

    for (let i = 0; i < 3; i++) await breathe(tools, 8, 2);
    for (let i = 0; i < 3; i++) await surf(tools, 6, 5);

    await tools.openAt(toolPaths.tools, en['tools.title']);
    // The list is ordered once the history has been read: wait for it.
    await expect
      .poll(async () => {
        const order = await tools.toolOrder();
        return order.indexOf('breathing') < order.indexOf('urge-surfing');
      })
      .toBe(true);
    await expect
      .poll(() => tools.toolHint('breathing').textContent())
      .toContain(fill(en['tools.why.rated'], { helped: 3, of: 3 }));
    await axeBothSchemes(page, '/tools (with history)');
    await shot(page, 'tools-phone');

    // The records live in the encrypted vault, so the ranking survives a reload.
    await page.reload();
    await tools.headingNamed(en['tools.title'], 1).waitFor();
    await expect
      .poll(async () => {
        const again = await tools.toolOrder();
        return again.indexOf('breathing') < again.indexOf('urge-surfing');
      })
      .toBe(true);
    await expect
      .poll(() => tools.toolHint('breathing').textContent())
      .toContain(fill(en['tools.why.rated'], { helped: 3, of: 3 }));
  });
});

describe('the fast path from "Get help now"', () => {
  it('starts a suggested tool, running, in two taps', async () => {
    const { page, tools, log } = await start();
    const help = new HelpPage(page);
    await help.openHelp();
    await help.activate(help.safeChoice);
    const startButton = page
      .getByRole('main')
      .getByRole('link', { name: /^Start / })
      .first();
    await startButton.waitFor();
    expect(await startButton.textContent()).toBe(
      fill(en['tools.safe.start'], { tool: en['tools.name.urge-surfing'] }),
    );
    expect(await help.linkTo('/tools').textContent()).toBe(en['tools.safe.allTools']);
    await axeBothSchemes(page, '/help/safe (with the suggested tool)');
    await shot(page, 'help-safe-phone');
    await help.activate(startButton);
    // Running straight away: the countdown is there and no Start button is.
    await tools.countdown.waitFor();
    expect(await tools.button(en['tools.surf.start']).count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect(log.pageErrors).toEqual([]);
  });
});

describe('the alternatives library', () => {
  it('filters, favourites, hides, adds your own and tries an idea', async () => {
    const { page, tools, log } = await start();
    await tools.openAt(toolPaths.alternatives, en['tools.alt.title']);
    expect((await tools.ideaTitles()).length).toBe(alternatives.length);
    await axeBothSchemes(page, '/tools/alternatives');
    await shot(page, 'alternatives-phone');

    await tools.main.getByLabel(en['tools.category.creative-arts'], { exact: true }).check();
    const creative = alternatives.filter((a) => a.category === 'creative-arts');
    await expect.poll(() => tools.ideaTitles()).toEqual(creative.map((a) => a.title));

    const [first, second] = creative;
    if (!first || !second) throw new Error('the library needs two creative ideas');
    const favourite = tools.ideaCard(first.title).getByRole('button', {
      name: fill(en['tools.alt.favouriteLabel'], { title: first.title }),
    });
    await favourite.click();
    await expect.poll(() => favourite.getAttribute('aria-pressed')).toBe('true');
    await tools.main.getByLabel(en['tools.alt.filterFavourites'], { exact: true }).check();
    await expect.poll(() => tools.ideaTitles()).toEqual([first.title]);

    await tools.main.getByLabel(en['tools.category.creative-arts'], { exact: true }).check();
    await tools
      .ideaCard(second.title)
      .getByRole('button', { name: fill(en['tools.alt.hideLabel'], { title: second.title }) })
      .click();
    await expect.poll(() => tools.ideaTitles()).not.toContain(second.title);
    await expect.poll(() => tools.focusDescription()).toMatch(/^p /);
    await tools.button(fill(en['tools.alt.hiddenShow'], { count: 1 })).click();
    await tools.button(fill(en['tools.alt.unhideLabel'], { title: second.title })).click();
    await expect.poll(() => tools.ideaTitles()).toContain(second.title);

    // Your own idea: an empty title is explained next to the field.
    await tools.button(en['tools.alt.addSubmit']).click();
    await tools.main.getByText(en['tools.alt.errorTitle'], { exact: true }).waitFor();
    await axeBothSchemes(page, '/tools/alternatives (with an error)');
    await tools.main
      .getByLabel(en['tools.alt.addTitle'], { exact: true })
      .fill('Play with the cat');
    await tools.main
      .getByLabel(en['tools.alt.addCategory'], { exact: true })
      .selectOption('soothing-senses');
    await tools.button(en['tools.alt.addSubmit']).click();
    await tools.main.getByLabel(en['tools.category.soothing-senses'], { exact: true }).check();
    const mine = tools.ideaCard('Play with the cat');
    await mine.waitFor();
    expect(await mine.textContent()).toContain(en['tools.alt.yours']);

    await mine
      .getByRole('link', { name: fill(en['tools.alt.tryLabel'], { title: 'Play with the cat' }) })
      .click();
    await tools.headingNamed('Play with the cat', 1).waitFor();
    await axeBothSchemes(page, '/tools/try/:id');
    await tools.rate(en['tools.rating.now'], 5);
    await tools.button(en['tools.try.start']).click();
    await tools.button(en['tools.try.done']).click();
    await tools.headingNamed(en['tools.try.doneHeading']).waitFor();
    await tools.saveRatings(1);

    // A tried idea joins the ranking on /tools.
    await tools.openAt(toolPaths.tools, en['tools.title']);
    // A tried idea and a favourite join the ranking on /tools.
    await expect.poll(async () => (await tools.toolOrder()).length).toBe(6);
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
});

describe('at desktop size', () => {
  it('the tool screens look right and pass axe', async () => {
    const { page, tools } = await start(desktop);
    for (const [path, h1, name] of [
      [toolPaths.tools, en['tools.title'], 'tools'],
      [toolPaths.surf, en['tools.surf.title'], 'urge-surfing-ready'],
      [toolPaths.breathing, en['tools.breathe.title'], 'breathing-ready'],
      [toolPaths.alternatives, en['tools.alt.title'], 'alternatives'],
    ] as const) {
      await tools.openAt(path, h1);
      await axeBothSchemes(page, `${path} (desktop)`);
      await shot(page, `${name}-desktop`);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await tools.openAt(toolPaths.breathing, en['tools.breathe.title']);
    await tools.button(en['tools.start']).click();
    await tools.countdown.waitFor();
    await page.clock.fastForward(2500);
    await shot(page, 'breathing-running-desktop-dark');
  });
});
