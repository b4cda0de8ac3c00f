import { describe, expect, it } from 'vitest';
import { type ClickFacts, normalisePath, shouldHandleClick } from './routes.ts';

describe('normalisePath', () => {
  it('ignores a trailing slash and case', () => {
    expect(normalisePath('/Help/Safe//')).toBe('/help/safe');
    expect(normalisePath('')).toBe('/');
    expect(normalisePath('///')).toBe('/');
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
