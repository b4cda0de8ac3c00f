import { describe, expect, it } from 'vitest';
import { createTranslator, pickLanguage, placeholders } from '../i18n.ts';
import { en, parts as enParts } from './en.ts';
import { es, parts as esParts } from './es.ts';

// Messages that read the same in both languages: names, numbers and placeholders only.
const SAME_IN_BOTH = new Set([
  'app.name',
  'shell.homeLink',
  'meta.pageTitle',
  'tools.name.tipp',
  'journal.helped.tipp',
  'tools.tipp.title',
  'tools.minutesOption',
  'tools.minuteOption',
  'journal.log.actedNo',
  'journal.diary.no',
  'journal.diary.row.customEmotion',
  'journal.checkIn.formTitle',
  'hope.show.position',
  'privacy.backup.fileNameDiscreet',
  'tools.alt.listHeading',
  'insights.instrument.phq9',
  'insights.instrument.gad7',
]);

describe('Spanish catalogue', () => {
  it('has one file per English feature file, with exactly its keys', () => {
    expect(Object.keys(esParts).sort()).toEqual(Object.keys(enParts).sort());
    for (const [part, messages] of Object.entries(enParts)) {
      const spanish = esParts[part as keyof typeof esParts];
      expect(Object.keys(spanish).sort(), part).toEqual(Object.keys(messages).sort());
    }
  });

  it('has every key with the same placeholders as the English text', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(typeof es[key], key).toBe('string');
      expect(placeholders(es[key]).sort(), key).toEqual(placeholders(en[key]).sort());
    }
  });

  it('leaves nothing in English (only names, numbers and placeholders read the same)', () => {
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((k) => es[k] === en[k]);
    expect(same.filter((k) => !SAME_IN_BOTH.has(k))).toEqual([]);
  });

  it('never says "cometer suicidio", nor frames a relapse as going back to zero', () => {
    const all = Object.values(es).join('\n').toLowerCase();
    expect(all).not.toMatch(/comet\p{L}* suicidio/u);
    expect(all).not.toMatch(/(volver|vuelve) a cero|empezar de cero|desde cero/);
  });

  it('speaks to the person as "tú" (no "usted" outside the published questionnaires)', () => {
    const all = Object.values(es).join('\n');
    expect(all).not.toMatch(/\busted(es)?\b/i);
    expect(all).not.toMatch(/\bvosotros\b|\bvos\b/i);
  });

  it('fills placeholders in Spanish', () => {
    const t = createTranslator(es);
    expect(t('line.textKeyword', { keyword: 'AYUDA', number: '988' })).toBe('Escribe AYUDA al 988');
    expect(t('emergency.call', { number: '911' })).toBe('Llamar al 911');
  });
});

describe('pickLanguage with Spanish', () => {
  it('picks Spanish for any Spanish region, and keeps the person’s order', () => {
    expect(pickLanguage(['es-MX', 'en'])).toBe('es');
    expect(pickLanguage(['es-ES'])).toBe('es');
    expect(pickLanguage(['es-419'])).toBe('es');
    expect(pickLanguage(['en-US', 'es-US'])).toBe('en');
    expect(pickLanguage(['fr-FR', 'es'])).toBe('es');
  });
});
