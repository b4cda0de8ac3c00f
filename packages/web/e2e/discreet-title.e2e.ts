// Discretion (issue 11): in discreet mode a cold load never shows "Onward" in the tab title,
// not even before the app's script runs (the title in the HTML is never the app's name); and the
// quick-exit page reads as an ordinary page: static, no script, nothing of Onward, no request
// to anyone else.
import { en } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { openApp, useBrowser } from './session.ts';
import { phone } from './viewports.ts';

const browser = useBrowser();

describe('discreet mode on a cold load', () => {
  it('never shows "Onward" in the title, from the first byte of HTML on', async () => {
    const session = await openApp(await browser(), phone);
    await session.context.addInitScript(() => {
      if (location.protocol === 'about:') return;
      localStorage.setItem('discreet', '1');
      localStorage.setItem('onward.firstRun', 'done');
      const seen: string[] = [];
      (window as unknown as { __titles: string[] }).__titles = seen;
      // Every title the document ever has: as parsed from the HTML, and every change after.
      new MutationObserver(() => {
        const title = document.querySelector('title')?.textContent;
        if (title != null && seen[seen.length - 1] !== title) seen.push(title);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    for (const path of ['/', '/help', '/help/danger', '/journal', '/tools/breathing']) {
      await session.page.goto(path);
      await session.page.locator('main#main h1').waitFor();
      await expect.poll(() => session.page.title()).toBe(en['privacy.discreet.name']);
      const titles = await session.page.evaluate(
        () => (window as unknown as { __titles: string[] }).__titles,
      );
      expect(titles.length, path).toBeGreaterThan(0);
      expect(
        titles.filter((title) => title.includes(en['app.name'])),
        path,
      ).toEqual([]);
    }
  });
});

describe('the quick-exit page', () => {
  it('is an ordinary static page: content, no script, nothing of Onward, no other origin', async () => {
    const session = await openApp(await browser(), phone);
    const response = await session.page.goto('/weather.html');
    const source = (await response?.text()) ?? '';
    expect(source).not.toMatch(/<script/i);
    expect(source).not.toContain(en['app.name']);
    expect(await session.page.title()).toBe(en['privacy.exitPage.title']);
    await session.page
      .getByRole('heading', { level: 1, name: en['privacy.exitPage.heading'] })
      .waitFor();
    expect(await session.page.locator('li').count()).toBeGreaterThanOrEqual(3);
    const origin = new URL(session.page.url()).origin;
    expect(session.log.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
});
