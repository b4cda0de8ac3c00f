// Readability maths for the Learn guides: a rule-based English syllable counter and the
// standard Flesch reading ease and Flesch–Kincaid grade formulas. Pure functions, no
// dependencies, shared by the guide tests and scripts/readability.ts. The counter aims to be
// close enough to a dictionary for plain, everyday English; it is a guard rail for our own
// copy, not a linguistics tool.

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

/** Words whose spelling misleads the rules below. Keys are lower case, letters only. */
const EXCEPTIONS: Readonly<Record<string, number>> = {
  maybe: 2,
  idea: 3,
  ideas: 3,
  area: 3,
  areas: 3,
  create: 2,
  created: 3,
  video: 3,
  videos: 3,
  quiet: 2,
  quietly: 3,
  science: 2,
  behaviour: 3,
  behaviours: 3,
  behavior: 3,
  behaviors: 3,
  every: 2,
  everyone: 3,
  everything: 3,
  everywhere: 3,
  business: 2,
  poem: 2,
  poems: 2,
  react: 2,
  reacts: 2,
  reacted: 3,
  being: 2,
  boredom: 2,
  creative: 3,
  creativity: 5,
  experience: 4,
  experiences: 5,
  experienced: 4,
  realise: 3,
  realised: 3,
  realize: 3,
  realized: 3,
};

/**
 * First parts of compounds, with their syllables, whose spelling misleads the rules when
 * joined ("someone", "safety", "anything").
 */
const COMPOUND_HEADS: readonly (readonly [string, number])[] = [
  ['some', 1],
  ['any', 2],
  ['safe', 1],
  ['home', 1],
  ['life', 1],
  ['care', 1],
  ['time', 1],
  ['there', 1],
  ['where', 1],
];

/** Suffixes that add one syllable and after which a stem's final e stays silent. */
const SUFFIXES = ['ness', 'ment', 'less', 'ful', 'ly'];

const VOWEL_GROUP = /[aeiouy]+/g;

/** Syllables in one word, at least 1 for any word with a letter or digit. */
export function countSyllables(raw: string): number {
  const lower = raw.toLowerCase().replace(/’/g, "'");
  if (!/[a-z]/.test(lower)) {
    // A bare number: roughly one syllable a digit ("10", "24"); numbers are rare in our copy.
    return lower.replace(/[^0-9]/g, '').length;
  }
  // Initialisms are read letter by letter: "GP", "DBT", "EMDR".
  if (/^[A-Z]{2,5}s?$/.test(raw)) return raw.replace(/s$/, '').length;
  // Hyphenated compounds ("self-harm", "check-in") count as the sum of their parts.
  const parts = lower.split('-').filter((p) => /[a-z]/.test(p));
  if (parts.length > 1) return parts.reduce((n, p) => n + countSyllables(p), 0);

  // Contractions ending in n't: "didn't" has two syllables, "don't" one.
  const nt = /^([a-z]+)n't$/.exec(lower);
  if (nt?.[1]) {
    const stem = nt[1];
    const extra = /[^aeiouy]$/.test(stem) || stem === 'have' ? 1 : 0;
    return countSyllables(stem) + extra;
  }

  const word = lower.replace(/[^a-z]/g, '');
  if (word.length === 0) return 0;
  return countWord(word);
}

function countWord(word: string): number {
  const known = EXCEPTIONS[word];
  if (known !== undefined) return known;
  if (word.length <= 3) return 1;

  for (const [head, syllables] of COMPOUND_HEADS) {
    const rest = word.slice(head.length);
    if (word.startsWith(head) && rest.length >= 2 && /[aeiouy]/.test(rest)) {
      return syllables + countWord(rest);
    }
  }
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    // "happiness" -> "happy" + "ness"; "lonely" -> "lone" + "ly".
    let stem = word.slice(0, -suffix.length);
    if (stem.endsWith('i')) stem = `${stem.slice(0, -1)}y`;
    // Only strip when what is left is a word-like stem: "less", "bless", "fly" stay whole;
    // "-ly" after l is the "-le" ending ("gently", "simply"), handled by the rules below.
    if (stem.length >= 2 && /[aeiouy]/.test(stem.replace(/^y/, '')) && !stem.endsWith('l')) {
      return countWord(stem) + 1;
    }
  }
  return countByRules(word);
}

function countByRules(word: string): number {
  let w = word.replace(/^y/, ''); // a leading y is a consonant ("you", "yes")
  let count = 0;

  if (/[^aeiouy]les?$/.test(w)) {
    // "-le" after a consonant is its own syllable: "table", "people", "circles".
    count += 1;
    w = w.replace(/les?$/, '');
  } else if (/[^aeiouy]ly$/.test(w) && /l[^aeiouy]*$/.test(w.slice(0, -1))) {
    // "gently", "simply": the "-le" syllable survives as "-ly".
    count += 1;
    w = w.slice(0, -2);
  } else if (/(?:[cgsxz]|ch|sh)es$/.test(w)) {
    // "boxes", "wishes", "changes", "places", "uses": the -es is heard; leave it.
  } else if (/[^aeiouy]es$/.test(w)) {
    w = w.slice(0, -2); // "makes", "times": silent
  } else if (/[^td]ed$/.test(w) && /[aeiouy]/.test(w.slice(0, -2))) {
    w = w.slice(0, -2); // "helped", "cared": silent; "wanted", "ended" keep it
  } else if (/[^aeiouyl]e$/.test(w) || /[aeiouy][^aeiouy]e$/.test(w)) {
    if (/[aeiouy]/.test(w.slice(0, -1))) w = w.slice(0, -1); // silent final e: "make", "hope"
  }

  count += (w.match(VOWEL_GROUP) ?? []).length;
  // Vowel pairs that are usually two syllables.
  count += (w.match(/[aeiouy]ing/g) ?? []).length; // "doing", "saying"
  count += (w.match(/[^ctsxgq]ia/g) ?? []).length; // "media", "diary" (not "social")
  count += (w.match(/[^ctsxgq]io(?!n)/g) ?? []).length; // "period", "serious" (not "-ion")
  count += (w.match(/[^gq]ua/g) ?? []).length; // "usual", "actual" (not "language")
  count += (w.match(/[^aeiouyctsrgq]ie[nt]/g) ?? []).length; // "client", "experience"
  return Math.max(1, count);
}

const WORD = /[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*/g;

/** The words in a text: runs of letters/digits, keeping apostrophes and hyphens inside. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Sentences in one unit of text (a paragraph, a list item, a callout). A unit that does not
 * end with . ! or ? (a list item, a heading) still counts as one sentence.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'”’)]*)\s+/)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

/** Totals over several units of text, each counted as at least one sentence. */
export function textStats(units: readonly string[]): TextStats {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const unit of units) {
    const ws = wordsOf(unit);
    words += ws.length;
    sentences += splitSentences(unit).length;
    for (const w of ws) syllables += countSyllables(w);
  }
  return { words, sentences, syllables };
}

/** Flesch reading ease: 206.835 − 1.015 (words/sentences) − 84.6 (syllables/words). */
export function fleschReadingEase({ words, sentences, syllables }: TextStats): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

/** Flesch–Kincaid grade level: 0.39 (words/sentences) + 11.8 (syllables/words) − 15.59. */
export function fleschKincaidGrade({ words, sentences, syllables }: TextStats): number {
  if (words === 0 || sentences === 0) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}
