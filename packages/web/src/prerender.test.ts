import { en, FALLBACK_EMERGENCY } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { PRERENDERED_PATHS, prerender } from './prerender.tsx';
import { inlineCode } from './prerender-html.ts';

const headings: Record<string, string> = {
  '/help': en['help.title'],
  '/help/danger': en['danger.title'],
  '/help/safe': en['safe.title'],
};

const attr = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('prerender', () => {
  it('prerenders the three help screens, and not the home screen', () => {
    expect([...PRERENDERED_PATHS]).toEqual(['/help', '/help/danger', '/help/safe']);
  });

  it.each(PRERENDERED_PATHS)('renders %s as the app would, with its title', (path) => {
    const page = prerender(path);
    expect(page.path).toBe(path);
    // The static title never names the app (discreet mode, before the app's script runs).
    expect(page.title).toBe(headings[path]);
    expect(page.html).toContain(`<h1 id="page-title" tabindex="-1">${headings[path]}</h1>`);
    expect(page.html).toMatch(/<a href="\/help" class="help-now"[^>]*>Get help now<\/a>/);
    expect(page.html).toContain('<main id="main"');
  });

  it.each(PRERENDERED_PATHS)(
    '%s names only numbers that hold without knowing the country',
    (path) => {
      const { html } = prerender(path);
      const fallback = [FALLBACK_EMERGENCY.mostCountries, FALLBACK_EMERGENCY.northAmerica];
      const phoneLinks = attr(html, 'href').filter((h) => /^(tel|sms):/.test(h ?? ''));
      expect(phoneLinks).toEqual(fallback.map((n) => `tel:${n}`));
      // The "no country known" state, exactly as the app shows it.
      expect(html).toContain(en['unlisted.heading']);
    },
  );

  it.each(PRERENDERED_PATHS)('%s has no inline code the CSP would block', (path) => {
    expect(inlineCode(prerender(path).html)).toEqual([]);
  });

  it('selects "my country isn\'t listed" in the picker, matching the numbers shown', () => {
    const { html } = prerender('/help');
    const selected = [...html.matchAll(/<option\b([^>]*)>/g)].filter((m) =>
      /\sselected\b/.test(m[1] ?? ''),
    );
    expect(selected).toHaveLength(1);
    expect(selected[0]?.[1]).toContain('value="other"');
  });
});
