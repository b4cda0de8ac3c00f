import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listedCountries } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { NOT_LISTED } from './country-choice.ts';
import { COUNTRY_VARIANTS } from './for-country.tsx';

const css = readFileSync(join(import.meta.dirname, '..', 'styles', 'help.css'), 'utf8');

describe('country copy on a prerendered page', () => {
  it('has a copy for no country first, then one per listed country', () => {
    expect(COUNTRY_VARIANTS).toEqual([NOT_LISTED, ...listedCountries]);
  });

  it('help.css hides every copy but the one <html data-country> names, for every country', () => {
    for (const c of COUNTRY_VARIANTS) {
      expect(css, c).toContain(`html[data-country="${c}"] .for-country:not([data-country="${c}"])`);
    }
    // With no mark (JavaScript off), the copy for no country.
    expect(css).toContain(
      `html:not([data-country]) .for-country:not([data-country="${NOT_LISTED}"])`,
    );
  });
});
