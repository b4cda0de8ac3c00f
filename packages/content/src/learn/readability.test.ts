import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  fleschKincaidGrade,
  fleschReadingEase,
  splitSentences,
  textStats,
  wordsOf,
} from './readability.ts';

describe('countSyllables', () => {
  // Dictionary syllable counts for words that exercise each rule.
  const cases: Record<string, number> = {
    // plain vowel groups
    cat: 1,
    water: 2,
    therapist: 3,
    recovery: 4,
    emotional: 4,
    // silent final e
    make: 1,
    hope: 1,
    whole: 1,
    before: 2,
    because: 2,
    medicine: 3,
    // consonant + le is its own syllable
    table: 2,
    people: 2,
    gentle: 2,
    possible: 3,
    circles: 2,
    // -es and -ed: silent after most consonants, heard after sibilants and t/d
    makes: 1,
    times: 1,
    boxes: 2,
    changes: 2,
    places: 2,
    helped: 1,
    noticed: 2,
    wanted: 2,
    needed: 2,
    hurried: 2,
    // vowel pairs that split
    doing: 2,
    saying: 2,
    media: 3,
    diary: 3,
    social: 2,
    usual: 3,
    serious: 3,
    anxious: 2,
    situation: 4,
    violence: 3,
    // suffixes and compounds
    lonely: 2,
    loneliness: 3,
    really: 2,
    usually: 4,
    family: 3,
    safety: 2,
    careful: 2,
    someone: 2,
    anything: 3,
    // a leading y is a consonant
    you: 1,
    yourself: 2,
    // contractions, hyphens, initialisms, numbers
    'don’t': 1,
    "didn't": 2,
    'isn’t': 2,
    "you're": 1,
    'self-harm': 2,
    GP: 2,
    DBT: 3,
    EMDR: 4,
    '10': 2,
  };

  for (const [word, syllables] of Object.entries(cases)) {
    it(`${word} has ${syllables}`, () => {
      expect(countSyllables(word)).toBe(syllables);
    });
  }

  it('ignores case and surrounding punctuation', () => {
    expect(countSyllables('Table,')).toBe(2);
    expect(countSyllables('“Recovery.”')).toBe(4);
  });

  it('gives every real word at least one syllable', () => {
    for (const w of ['a', 'I', 'shh', 'by', 'the', 'rhythm', 'strengths']) {
      expect(countSyllables(w)).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('wordsOf and splitSentences', () => {
  it('keeps apostrophes and hyphens inside words', () => {
    expect(wordsOf('Don’t self-harm, it’s okay to ask.')).toEqual([
      'Don’t',
      'self-harm',
      'it’s',
      'okay',
      'to',
      'ask',
    ]);
  });

  it('splits on . ! and ? followed by a space, including after a closing quote', () => {
    expect(splitSentences('I am here. Are you okay? Yes. “Take your time.” Go on')).toEqual([
      'I am here.',
      'Are you okay?',
      'Yes.',
      '“Take your time.”',
      'Go on',
    ]);
  });

  it('counts a unit with no full stop, like a list item, as one sentence', () => {
    expect(textStats(['Go for a walk', 'Listen to music']).sentences).toBe(2);
  });
});

describe('Flesch formulas', () => {
  it('scores a very simple sentence', () => {
    const stats = textStats(['The cat sat on the mat.']);
    expect(stats).toEqual({ words: 6, sentences: 1, syllables: 6 });
    // 206.835 − 1.015 × 6 − 84.6 × 1; 0.39 × 6 + 11.8 × 1 − 15.59
    expect(fleschReadingEase(stats)).toBeCloseTo(116.145, 3);
    expect(fleschKincaidGrade(stats)).toBeCloseTo(-1.45, 3);
  });

  it('matches the worked example for the Flesch–Kincaid grade', () => {
    // Wikipedia's example: "The Australian platypus is seemingly the hybrid of a mammal and
    // reptilian creature" — 13 words, 24 syllables, one sentence, grade 11.3.
    const given = { words: 13, sentences: 1, syllables: 24 };
    expect(fleschKincaidGrade(given)).toBeCloseTo(11.26, 2);
    expect(fleschReadingEase(given)).toBeCloseTo(37.46, 2);
  });

  it('counts the worked example with dictionary syllables', () => {
    const stats = textStats([
      'The Australian platypus is seemingly the hybrid of a mammal and reptilian creature.',
    ]);
    // Au-stra-li-an and rep-til-i-an have four syllables each in a dictionary, so 26, not 24.
    expect(stats).toEqual({ words: 13, sentences: 1, syllables: 26 });
    expect(fleschKincaidGrade(stats)).toBeGreaterThan(11);
  });

  it('rates plain copy easier than dense copy', () => {
    const plain = textStats(['You are not alone. Help is here. Take it one step at a time.']);
    const dense = textStats([
      'Comprehensive psychotherapeutic interventions necessitate considerable organisational coordination.',
    ]);
    expect(fleschKincaidGrade(plain)).toBeLessThan(fleschKincaidGrade(dense));
    expect(fleschReadingEase(plain)).toBeGreaterThan(fleschReadingEase(dense));
  });

  it('returns 0 for empty text rather than dividing by zero', () => {
    const empty = textStats([]);
    expect(fleschKincaidGrade(empty)).toBe(0);
    expect(fleschReadingEase(empty)).toBe(0);
  });
});
