// A first guess at the person's country from the browser's language list (navigator.languages),
// used only to preselect the crisis directory; the person always chooses explicitly. A wrong
// guess shows the wrong lines, so we would rather return null than guess: we never guess a
// country from plain English, and never from a language that the same list ties to another
// region (["de-AT", "de"] is Austria, not Germany).

/**
 * Languages spoken mainly in one country, so a bare tag ("de") points there. Kept deliberately
 * short: no English, no Portuguese or Arabic, nothing spoken widely in several countries.
 * Spanish and French follow the product brief ("es" → Spain, "fr" → France): a person in Latin
 * America or Quebec usually carries a region ("es-419", "es-MX", "fr-CA"), which wins below.
 */
const LANGUAGE_COUNTRY: ReadonlyMap<string, string> = new Map(
  Object.entries({
    de: 'DE',
    fr: 'FR',
    nl: 'NL',
    es: 'ES',
    ga: 'IE', // Irish
    cy: 'GB', // Welsh
    gd: 'GB', // Scottish Gaelic
    mi: 'NZ', // Māori
    hi: 'IN', // Hindi
    mr: 'IN', // Marathi
    te: 'IN', // Telugu
    kn: 'IN', // Kannada
    ml: 'IN', // Malayalam
    gu: 'IN', // Gujarati
  }),
);

/** Common non-standard region codes seen in the wild, mapped to ISO 3166-1. */
const REGION_ALIASES: ReadonlyMap<string, string> = new Map([['UK', 'GB']]);

interface ParsedTag {
  language: string;
  /** Upper case: two letters, or three digits for UN M.49 areas ("419"). */
  region: string | null;
}

/** Language, optional extlang/script, optional region; anything after is ignored. */
function parseTag(tag: unknown): ParsedTag | null {
  if (typeof tag !== 'string' || tag.length > 100) return null;
  const parts = tag.trim().split(/[-_]/);
  const language = parts[0]?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(language)) return null;
  let i = 1;
  // Up to three extended-language subtags ("zh-yue") and one script ("Hant").
  while (i < 4 && /^[a-z]{3}$/i.test(parts[i] ?? '')) i++;
  if (/^[a-z]{4}$/i.test(parts[i] ?? '')) i++;
  const maybeRegion = parts[i] ?? '';
  if (/^([a-z]{2}|\d{3})$/i.test(maybeRegion)) {
    const upper = maybeRegion.toUpperCase();
    return { language, region: REGION_ALIASES.get(upper) ?? upper };
  }
  return { language, region: null };
}

/**
 * Guess a country from locale tags ("en-GB", "de", "zh-Hant-TW"), in the person's order of
 * preference. Returns the matching entry of `known` itself, or null when there is no safe guess.
 * 1. The first tag whose explicit region is in `known` wins.
 * 2. Otherwise the first bare language tag that maps to exactly one country in our list
 *    (see LANGUAGE_COUNTRY) and that no other tag places in a different region.
 * Case-insensitive; never throws, whatever it is given.
 */
export function guessCountry(locales: readonly string[], known: readonly string[]): string | null {
  if (!Array.isArray(locales) || !Array.isArray(known)) return null;
  const knownByUpper = new Map<string, string>();
  for (const code of known) {
    if (typeof code === 'string' && !knownByUpper.has(code.toUpperCase())) {
      knownByUpper.set(code.toUpperCase(), code);
    }
  }
  const tags = locales.map(parseTag).filter((t): t is ParsedTag => t !== null);

  for (const tag of tags) {
    const hit = tag.region === null ? undefined : knownByUpper.get(tag.region);
    if (hit !== undefined) return hit;
  }

  for (const tag of tags) {
    if (tag.region !== null) continue;
    const country = LANGUAGE_COUNTRY.get(tag.language);
    if (country === undefined) continue;
    const placedElsewhere = tags.some(
      (other) =>
        other.language === tag.language && other.region !== null && other.region !== country,
    );
    if (placedElsewhere) continue;
    const hit = knownByUpper.get(country);
    if (hit !== undefined) return hit;
  }
  return null;
}
