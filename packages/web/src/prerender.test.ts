import { crisisDirectory, en, FALLBACK_EMERGENCY } from '@onward/content';
import { displayNumber, methodHref, telHref } from '@onward/core';
import { describe, expect, it } from 'vitest';
import { COUNTRY_VARIANTS } from './country/for-country.tsx';
import { PRERENDERED_PATHS, prerender } from './prerender.tsx';
import { inlineCode } from './prerender-html.ts';

const headings: Record<string, string> = {
  '/help': en['help.title'],
  '/help/danger': en['danger.title'],
  '/help/safe': en['safe.title'],
};

const attr = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) =>
    m[1]?.replaceAll('&amp;', '&'),
  );

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

  /**
   * The markup of each country's copy, by country: from its wrapper to the next wrapper. The
   * first copy in a block ("not listed") ends exactly there; a block's last copy runs on to the
   * end of the page, so it is only used to read links that must come from the directory.
   */
  const byCountry = (html: string) => {
    const marks = [...html.matchAll(/<div class="for-country" data-country="(\w+)">/g)];
    const out = new Map<string, string[]>();
    marks.forEach((m, i) => {
      const end = marks[i + 1]?.index ?? html.length;
      out.set(m[1] ?? '', [...(out.get(m[1] ?? '') ?? []), html.slice(m.index, end)]);
    });
    return { blocks: marks.length / COUNTRY_VARIANTS.length, out };
  };

  it.each(PRERENDERED_PATHS)(
    "%s holds every country's copy, and for no country only numbers that hold anywhere",
    (path) => {
      const { html } = prerender(path);
      const { blocks, out } = byCountry(html);
      expect(blocks).toBeGreaterThanOrEqual(1);
      expect(Number.isInteger(blocks)).toBe(true);
      expect([...out.keys()]).toEqual([...COUNTRY_VARIANTS]);
      // No country (what shows with JavaScript off): the numbers that work in most places.
      const fallback = [FALLBACK_EMERGENCY.mostCountries, FALLBACK_EMERGENCY.northAmerica];
      const noCountry = (out.get('other') ?? []).join('');
      const phoneLinks = attr(noCountry, 'href').filter((h) => /^(tel|sms):/.test(h ?? ''));
      expect(phoneLinks).toEqual(fallback.map((n) => `tel:${n}`));
      expect(noCountry).toContain(en['unlisted.heading']);
      // Every number on the page is the fallback or one the directory lists.
      const listed = new Set([
        ...fallback.map((n) => telHref(n)),
        ...crisisDirectory.flatMap((c) => [
          ...c.emergency.map((e) => telHref(e.number)),
          ...c.lines.flatMap((l) => l.methods.map((m) => methodHref(m))),
        ]),
      ]);
      for (const href of attr(html, 'href').filter((h) => /^(tel|sms):/.test(h ?? ''))) {
        expect(listed.has(href ?? ''), href).toBe(true);
      }
      // Each listed country's copy names its own emergency number (the help and danger paths).
      if (path !== '/help/safe') {
        for (const c of crisisDirectory) {
          const main = c.emergency[0]?.number ?? '';
          const own = (out.get(c.country) ?? [])[0] ?? '';
          expect(own, c.country).toContain(`href="${telHref(main)}"`);
          expect(own, c.country).toContain(displayNumber(main));
        }
      }
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
