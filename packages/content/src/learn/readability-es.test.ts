import { describe, expect, it } from 'vitest';
import {
  countSyllablesEs,
  fernandezHuerta,
  fernandezHuertaBand,
  inflesz,
  szigrisztPazos,
  textStatsEs,
  wordsOfEs,
} from './readability-es.ts';

describe('countSyllablesEs', () => {
  const cases: [string, number][] = [
    ['casa', 2],
    ['sol', 1],
    ['y', 1],
    ['hoy', 1],
    ['muy', 1],
    ['ayuda', 3],
    ['yo', 1],
    ['bien', 1],
    ['cuando', 2],
    ['ciudad', 2],
    ['buey', 1],
    ['día', 2],
    ['baúl', 2],
    ['leer', 2],
    ['caos', 2],
    ['poeta', 3],
    ['querer', 2],
    ['guitarra', 3],
    ['pingüino', 3],
    ['vergüenza', 3],
    ['autolesiones', 5],
    ['recaída', 4],
    ['información', 4],
    ['respiración', 4],
    ['seguridad', 4],
    ['emergencias', 4],
    ['Ñandú', 2],
    ['TCC', 3],
    ['DBT', 3],
    ['cognitivo-conductual', 7],
    ['24', 2],
  ];
  for (const [word, n] of cases) {
    it(`${word}: ${n}`, () => expect(countSyllablesEs(word)).toBe(n));
  }
});

describe('Spanish text statistics and scores', () => {
  it('counts words with accents and ñ, and sentences opened with ¿ and ¡', () => {
    expect(wordsOfEs('¿Qué tal, niño? Está bien.')).toEqual(['Qué', 'tal', 'niño', 'Está', 'bien']);
    expect(textStatsEs(['¿Qué tal, niño? Está bien.', 'Una lista sin punto'])).toEqual({
      words: 9,
      sentences: 3,
      syllables: 1 + 1 + 2 + 2 + 1 + 2 + 2 + 1 + 2,
    });
  });

  it('scores short, plain sentences as easy and long, dense ones as hard', () => {
    const easy = textStatsEs(['Mi casa es azul. Tengo un gato. Me gusta el sol.']);
    const hard = textStatsEs([
      'La implementación institucional de intervenciones psicoterapéuticas especializadas requiere la coordinación interdisciplinaria de profesionales debidamente acreditados.',
    ]);
    expect(fernandezHuerta(easy)).toBeGreaterThan(90);
    expect(fernandezHuertaBand(fernandezHuerta(easy))).toBe('muy fácil');
    expect(fernandezHuerta(hard)).toBeLessThan(30);
    expect(inflesz(szigrisztPazos(easy))).toBe('muy fácil');
    expect(inflesz(szigrisztPazos(hard))).toBe('muy difícil');
  });

  it('matches the published formulas', () => {
    const stats = { words: 100, sentences: 10, syllables: 200 };
    expect(fernandezHuerta(stats)).toBeCloseTo(206.84 - 120 - 10.2, 6);
    expect(szigrisztPazos(stats)).toBeCloseTo(206.835 - 124.6 - 10, 6);
    expect(fernandezHuerta({ words: 0, sentences: 0, syllables: 0 })).toBe(0);
  });
});
