import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LANGUAGE, LANGUAGES } from '@onward/content';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '..', 'styles', 'help.css'), 'utf8');

describe('language copies on a prerendered page', () => {
  it('help.css hides every copy but the one <html data-language> names, for every language', () => {
    for (const l of LANGUAGES) {
      expect(css, l).toContain(
        `html[data-language="${l}"] .for-language:not([data-language="${l}"])`,
      );
    }
    // With no mark (JavaScript off), the default language.
    expect(css).toContain(
      `html:not([data-language]) .for-language:not([data-language="${DEFAULT_LANGUAGE}"])`,
    );
  });
});
