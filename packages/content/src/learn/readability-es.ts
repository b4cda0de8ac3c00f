// Readability for Spanish text: a rule-based Spanish syllable counter and the two formulas
// Spanish health writing uses, Fernández-Huerta (1959) and Szigriszt-Pazos (1993, read on the
// INFLESZ scale of Barrio-Cantalejo et al., 2008). Pure functions, no dependencies, shared by
// guides-es.test.ts and scripts/readability.ts.
//
// Spanish spelling is close to its sound, so syllables are counted from vowel nuclei:
// - a, e, o (strong) and accented á, é, ó are each their own nucleus next to another strong
//   vowel (hiatus: "le-er", "ca-o-s");
// - i, u (weak, unaccented) join the vowel next to them in one nucleus (diphthong: "bien",
//   "cuan-do", "ciu-dad"; triphthong: "buey");
// - accented í, ú break a diphthong (hiatus: "dí-a", "ba-úl");
// - the u of "que, qui, gue, gui" is silent ("que-rer"), the ü of "güe, güi" is not;
// - a final y after a vowel ("hoy", "muy") and the word "y" sound as i;
// - initialisms are read letter by letter ("TCC": te-ce-ce), digits roughly one a digit.
import { splitSentences, type TextStats } from './readability.ts';

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú', 'ü']);

/** Syllables in one Spanish word; at least 1 for any word with a letter or digit. */
export function countSyllablesEs(raw: string): number {
  if (!/[\p{L}]/u.test(raw)) return raw.replace(/[^0-9]/g, '').length;
  // Initialisms (DBT, TCC, EMDR, PHQ) are spelled out, one syllable a letter.
  if (/^[A-ZÁÉÍÓÚÑ]{2,5}$/.test(raw)) return raw.length;
  const parts = raw
    .toLowerCase()
    .split('-')
    .filter((p) => /\p{L}/u.test(p));
  if (parts.length > 1) return parts.reduce((n, p) => n + countSyllablesEs(p), 0);
  let w = (parts[0] ?? '').replace(/[^a-záéíóúüñ]/g, '');
  if (w === '') return 1;
  if (w === 'y') return 1;
  w = w.replace(/([aeiouáéíóú])y$/, '$1i'); // hoy, muy, rey
  w = w.replace(/y(?=[aeiouáéíóú])/g, 'j'); // ya, yo, mayo: y is a consonant before a vowel
  w = w.replace(/y/g, 'i'); // anything else left: treat as a vowel
  w = w.replace(/([qg])u(?=[eiéí])/g, '$1'); // que, qui, gue, gui: the u is silent
  let count = 0;
  let prev = '';
  for (const ch of w) {
    if (!VOWELS.has(ch)) {
      prev = '';
      continue;
    }
    if (prev === '') count += 1;
    else if (STRONG.has(prev) && STRONG.has(ch)) count += 1; // hiatus
    prev = ch;
  }
  return Math.max(1, count);
}

const WORD_ES = /[\p{L}0-9]+(?:['’-][\p{L}0-9]+)*/gu;

/** The words in a Spanish text: runs of letters (accents and ñ included) or digits. */
export function wordsOfEs(text: string): string[] {
  return text.match(WORD_ES) ?? [];
}

/** Totals over several units of text, each counted as at least one sentence. */
export function textStatsEs(units: readonly string[]): TextStats {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const unit of units) {
    const ws = wordsOfEs(unit);
    words += ws.length;
    // Spanish opens questions and exclamations with ¿ ¡; sentences still end with . ? !
    sentences += splitSentences(unit.replace(/[¿¡]/g, '')).filter(
      (s) => wordsOfEs(s).length > 0,
    ).length;
    for (const w of ws) syllables += countSyllablesEs(w);
  }
  return { words, sentences, syllables };
}

/**
 * Fernández-Huerta reading ease: 206.84 − 0.60 P − 1.02 F, with P syllables per 100 words and
 * F the average sentence length in words (the form in use since Law's 2011 correction, so that,
 * as in Flesch, longer sentences lower the score). 90–100 muy fácil, 80–90 fácil, 70–80 algo
 * fácil, 60–70 normal, 50–60 algo difícil, 30–50 difícil, below 30 muy difícil.
 */
export function fernandezHuerta({ words, sentences, syllables }: TextStats): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.84 - 0.6 * ((100 * syllables) / words) - 1.02 * (words / sentences);
}

/**
 * Szigriszt-Pazos perspicuity: 206.835 − 62.3 (syllables/words) − (words/sentences). On the
 * INFLESZ scale: above 80 muy fácil, 65–80 bastante fácil, 55–65 normal, 40–55 algo difícil,
 * below 40 muy difícil.
 */
export function szigrisztPazos({ words, sentences, syllables }: TextStats): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - (62.3 * syllables) / words - words / sentences;
}

/** The band of a Fernández-Huerta score, in Spanish as the scale names it. */
export function fernandezHuertaBand(score: number): string {
  if (score >= 90) return 'muy fácil';
  if (score >= 80) return 'fácil';
  if (score >= 70) return 'algo fácil';
  if (score >= 60) return 'normal';
  if (score >= 50) return 'algo difícil';
  if (score >= 30) return 'difícil';
  return 'muy difícil';
}

/** The INFLESZ band of a Szigriszt-Pazos score. */
export function inflesz(score: number): string {
  if (score > 80) return 'muy fácil';
  if (score >= 65) return 'bastante fácil';
  if (score >= 55) return 'normal';
  if (score >= 40) return 'algo difícil';
  return 'muy difícil';
}
