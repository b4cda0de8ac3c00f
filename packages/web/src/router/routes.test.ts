import { describe, expect, it } from 'vitest';
import { type ClickFacts, matchRoute, normalisePath, paths, shouldHandleClick } from './routes.ts';

describe('matchRoute', () => {
  it('matches every route', () => {
    expect(matchRoute('/')).toBe('home');
    expect(matchRoute('/help')).toBe('help');
    expect(matchRoute('/help/danger')).toBe('helpDanger');
    expect(matchRoute('/help/safe')).toBe('helpSafe');
    expect(matchRoute('/settings')).toBe('settings');
  });

  it('ignores a trailing slash and case', () => {
    expect(matchRoute('/help/')).toBe('help');
    expect(matchRoute('/Help/Safe//')).toBe('helpSafe');
    expect(normalisePath('')).toBe('/');
    expect(normalisePath('///')).toBe('/');
  });

  it('sends anything else to not-found', () => {
    for (const path of ['/helpx', '/help/danger/now', '/index.html', '/api', '/settings/x']) {
      expect(matchRoute(path), path).toBe('notFound');
    }
  });

  it('round-trips every declared path', () => {
    for (const [id, path] of Object.entries(paths)) expect(matchRoute(path)).toBe(id);
  });
});

describe('shouldHandleClick', () => {
  const origin = 'https://onward.example';
  const click: ClickFacts = {
    button: 0,
    metaKey: false,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    defaultPrevented: false,
  };
  const anchor = { href: `${origin}/help`, target: '', hasDownload: false };

  it('takes over a plain left click on a same-origin link', () => {
    expect(shouldHandleClick(click, anchor, origin)).toBe(true);
    expect(shouldHandleClick(click, { ...anchor, target: '_self' }, origin)).toBe(true);
  });

  it('leaves modified clicks, other buttons and handled events to the browser', () => {
    for (const change of [
      { metaKey: true },
      { ctrlKey: true },
      { shiftKey: true },
      { altKey: true },
      { button: 1 },
      { defaultPrevented: true },
    ]) {
      expect(shouldHandleClick({ ...click, ...change }, anchor, origin)).toBe(false);
    }
  });

  it('leaves new-tab links, downloads and other origins to the browser', () => {
    expect(shouldHandleClick(click, { ...anchor, target: '_blank' }, origin)).toBe(false);
    expect(shouldHandleClick(click, { ...anchor, hasDownload: true }, origin)).toBe(false);
    expect(
      shouldHandleClick(click, { ...anchor, href: 'https://findahelpline.com/' }, origin),
    ).toBe(false);
    expect(shouldHandleClick(click, { ...anchor, href: 'tel:999' }, origin)).toBe(false);
  });
});
