import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessCountry } from './country.ts';

const KNOWN = ['US', 'GB', 'CA', 'IE', 'AU', 'NZ', 'DE', 'FR', 'NL', 'ES', 'IN'] as const;

describe('guessCountry', () => {
  it('uses an explicit region that we list', () => {
    expect(guessCountry(['en-GB'], KNOWN)).toBe('GB');
    expect(guessCountry(['de-DE', 'de'], KNOWN)).toBe('DE');
    expect(guessCountry(['en-US', 'en'], KNOWN)).toBe('US');
    expect(guessCountry(['fr-CA', 'fr'], KNOWN)).toBe('CA');
    expect(guessCountry(['en-IN', 'hi'], KNOWN)).toBe('IN');
  });

  it('takes the first listed region in preference order, and prefers regions to bare languages', () => {
    expect(guessCountry(['en-AU', 'en-GB'], KNOWN)).toBe('AU');
    expect(guessCountry(['fr', 'en-GB'], KNOWN)).toBe('GB');
    expect(guessCountry(['pt-BR', 'en-IE'], KNOWN)).toBe('IE');
  });

  it('finds the region after a script subtag', () => {
    expect(guessCountry(['zh-Hant-TW'], KNOWN)).toBeNull();
    expect(guessCountry(['zh-Hant-TW'], [...KNOWN, 'TW'])).toBe('TW');
    expect(guessCountry(['sr-Latn-RS', 'en-NZ'], KNOWN)).toBe('NZ');
  });

  it('maps a bare language only where that is unambiguous', () => {
    expect(guessCountry(['de'], KNOWN)).toBe('DE');
    expect(guessCountry(['fr'], KNOWN)).toBe('FR');
    expect(guessCountry(['nl'], KNOWN)).toBe('NL');
    expect(guessCountry(['es'], KNOWN)).toBe('ES');
    expect(guessCountry(['hi'], KNOWN)).toBe('IN');
  });

  it('never guesses a country from plain English', () => {
    expect(guessCountry(['en'], KNOWN)).toBeNull();
    expect(guessCountry(['EN'], KNOWN)).toBeNull();
    expect(guessCountry(['en', 'pt'], KNOWN)).toBeNull();
  });

  it('does not turn a regional variant into another country', () => {
    expect(guessCountry(['es-419'], KNOWN)).toBeNull();
    expect(guessCountry(['es-419', 'es'], KNOWN)).toBeNull();
    expect(guessCountry(['de-AT', 'de'], KNOWN)).toBeNull();
    expect(guessCountry(['es-MX', 'es', 'en'], KNOWN)).toBeNull();
    expect(guessCountry(['de-CH'], KNOWN)).toBeNull();
  });

  it('returns null for a mapped language whose country we do not list', () => {
    expect(guessCountry(['de'], ['US', 'GB'])).toBeNull();
    expect(guessCountry(['fr'], ['CA'])).toBeNull();
    expect(guessCountry(['en-GB'], [])).toBeNull();
    expect(guessCountry([], KNOWN)).toBeNull();
  });

  it('is case-insensitive and tolerates underscores and the UK alias', () => {
    expect(guessCountry(['EN-gb'], KNOWN)).toBe('GB');
    expect(guessCountry(['en_ca'], KNOWN)).toBe('CA');
    expect(guessCountry(['DE'], KNOWN)).toBe('DE');
    expect(guessCountry(['en-UK'], KNOWN)).toBe('GB');
    expect(guessCountry(['en-gb'], ['gb'])).toBe('gb');
  });

  it('ignores extensions and private-use subtags', () => {
    expect(guessCountry(['en-GB-u-ca-gregory'], KNOWN)).toBe('GB');
    expect(guessCountry(['x-private', 'i-klingon', 'nl'], KNOWN)).toBe('NL');
  });

  it('never throws on garbage', () => {
    const garbage = [
      null,
      undefined,
      42,
      {},
      [],
      '',
      '-',
      '--GB',
      'GB',
      '😀-GB',
    ] as unknown as string[];
    expect(guessCountry(garbage, KNOWN)).toBeNull();
    expect(guessCountry(null as unknown as string[], KNOWN)).toBeNull();
    expect(guessCountry(['en-GB'], undefined as unknown as string[])).toBeNull();
    expect(guessCountry(['en-GB'], [null, 'GB'] as unknown as string[])).toBe('GB');
  });
});

describe('guessCountry properties', () => {
  const tag = fc.oneof(
    fc.string(),
    fc.stringMatching(/^[a-zA-Z]{2,3}([-_][a-zA-Z]{4})?([-_]([a-zA-Z]{2}|\d{3}))?$/),
    fc.constantFrom('en', 'en-GB', 'de', 'fr-FR', 'es-419', 'zh-Hant-TW', 'nl', 'hi-IN'),
  );
  const knownList = fc.array(
    fc.oneof(fc.constantFrom(...KNOWN), fc.stringMatching(/^[A-Za-z]{2}$/), fc.string()),
  );

  it('only ever returns an entry of known, or null', () => {
    fc.assert(
      fc.property(fc.array(tag), knownList, (locales, known) => {
        const guess = guessCountry(locales, known);
        expect(guess === null || known.includes(guess)).toBe(true);
      }),
    );
  });

  it('does not depend on letter case', () => {
    fc.assert(
      fc.property(fc.array(tag), (locales) => {
        const upper = guessCountry(
          locales.map((l) => l.toUpperCase()),
          KNOWN,
        );
        const lower = guessCountry(
          locales.map((l) => l.toLowerCase()),
          KNOWN,
        );
        expect(upper).toBe(lower);
      }),
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        const guess = guessCountry(a as string[], b as string[]);
        expect(guess === null || typeof guess === 'string').toBe(true);
      }),
    );
  });

  it('a bare "en" adds nothing to a guess', () => {
    fc.assert(
      fc.property(fc.array(tag), (locales) => {
        expect(guessCountry([...locales, 'en'], KNOWN)).toBe(guessCountry(locales, KNOWN));
      }),
    );
  });
});
