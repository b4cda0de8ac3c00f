import { crisisDirectory } from '@onward/content';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countryName, countryOptions } from './directory.ts';
import { formatLanguages, formatVerifiedOn } from './format.ts';
import { compareNames } from './names.ts';

// The written-out names must say exactly what Intl says, in every locale of each language a
// person may have (the app formats by locale; names.ts by language).
const LOCALES = {
  en: ['en', 'en-US', 'en-GB', 'en-AU', 'en-IN', 'en-CA'],
  es: ['es', 'es-MX', 'es-ES', 'es-419', 'es-US', 'es-AR'],
} as const;
const lineLanguages = [
  ...new Set(crisisDirectory.flatMap((c) => c.lines.flatMap((l) => l.languages ?? []))),
];

describe('the directory names, written out', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  for (const [lang, locales] of Object.entries(LOCALES)) {
    for (const locale of locales) {
      it(`match Intl in ${locale}`, () => {
        const monthYear = new Intl.DateTimeFormat(locale, {
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        });
        for (let month = 1; month <= 12; month++) {
          const text = `2027-${String(month).padStart(2, '0')}`;
          expect(formatVerifiedOn(text, locale)).toBe(
            monthYear.format(new Date(Date.UTC(2027, month - 1, 1))),
          );
        }
        const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
        const display = new Intl.DisplayNames([locale], { type: 'language' });
        for (const a of lineLanguages) {
          expect(formatLanguages([a], locale)).toBe(display.of(a));
          for (const b of lineLanguages) {
            if (a === b) continue;
            expect(formatLanguages([a, b], locale)).toBe(
              list.format([display.of(a) as string, display.of(b) as string]),
            );
          }
        }
        if (lang === 'es') {
          const regions = new Intl.DisplayNames([locale], { type: 'region' });
          for (const entry of crisisDirectory) {
            expect(countryName(entry, 'es', locale)).toBe(regions.of(entry.country));
          }
        }
        const names = crisisDirectory.map((c) => countryName(c, lang as 'en' | 'es', locale));
        expect(countryOptions(locale, lang as 'en' | 'es').map((o) => o.name)).toEqual(
          [...names].sort(new Intl.Collator(locale).compare),
        );
      });
    }
  }

  // Locales no test above used, so no Intl object made earlier is reused from intl-cache.ts.
  it('are what a help screen shows, without making any Intl object', () => {
    for (const name of ['DateTimeFormat', 'DisplayNames', 'ListFormat', 'Collator'] as const) {
      vi.spyOn(Intl, name).mockImplementation(() => {
        throw new Error(`Intl.${name} made`);
      });
    }
    expect(formatVerifiedOn('2026-09', 'es-CL')).toBe('septiembre de 2026');
    expect(formatLanguages(['es', 'en'], 'es-PE')).toBe('español e inglés');
    expect(formatLanguages(['en', 'es'], 'en-IE')).toBe('English and Spanish');
    expect(countryOptions('es-CO', 'es').map((o) => o.name)).toContain('Países Bajos');
    expect(countryOptions('en-NZ', 'en').map((o) => o.name)).toContain('New Zealand');
  });

  it('fall back to Intl for what is not written out', () => {
    expect(formatLanguages(['en', 'fr', 'de'], 'en-GB')).toBe('English, French and German');
    expect(formatLanguages(['pt'], 'es')).toBe('portugués');
    expect(formatVerifiedOn('2026-09', 'fr')).toBe('septembre 2026');
  });

  it('sort accents with their letter, then as written', () => {
    expect(['Francia', 'España', 'Chile', 'Estados Unidos'].sort(compareNames)).toEqual([
      'Chile',
      'España',
      'Estados Unidos',
      'Francia',
    ]);
    expect(['b', 'á', 'a', 'A'].sort(compareNames)).toEqual(['A', 'a', 'á', 'b']);
  });
});
