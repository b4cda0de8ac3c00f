import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Catalogue,
  createTranslator,
  LANGUAGES,
  loadCatalogue,
  type MessageKey,
  pickLanguage,
  placeholders,
} from './i18n.ts';
import { en } from './messages/en.ts';
import { es } from './messages/es.ts';

const englishKeys = Object.keys(en).sort();

describe('message catalogues', () => {
  for (const language of LANGUAGES) {
    let catalogue: Catalogue;
    beforeAll(async () => {
      catalogue = await loadCatalogue(language);
    });
    it(`${language} has exactly the English keys`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(englishKeys);
    });

    it(`${language} keeps the placeholders of every English message`, () => {
      for (const key of englishKeys as MessageKey[]) {
        expect(placeholders(catalogue[key]).sort(), key).toEqual(placeholders(en[key]).sort());
      }
    });

    it(`${language} has no empty messages`, () => {
      for (const [key, message] of Object.entries(catalogue)) {
        expect(message.trim(), key).not.toBe('');
      }
    });
  }

  it('includes English, loaded part by part, equal to the whole catalogue', async () => {
    expect(await loadCatalogue('en')).toEqual(en);
  });

  it('includes Spanish, loaded part by part, equal to the whole Spanish catalogue', async () => {
    expect(await loadCatalogue('es')).toEqual(es);
  });
});

describe('createTranslator', () => {
  const t = createTranslator(en);

  it('returns a message without placeholders as written', () => {
    expect(t('shell.getHelp')).toBe('Get help now');
  });

  it('fills every placeholder', () => {
    expect(t('line.textKeyword', { keyword: 'SHOUT', number: '85258' })).toBe(
      'Text SHOUT to 85258',
    );
    expect(t('meta.pageTitle', { page: 'Get help now', app: 'Onward' })).toBe(
      'Get help now · Onward',
    );
  });

  it('leaves no placeholder unfilled when every param is given', () => {
    for (const key of englishKeys as MessageKey[]) {
      const names = placeholders(en[key]);
      const params = Object.fromEntries(names.map((name) => [name, `<${name}>`]));
      const translate = t as (key: MessageKey, params?: Record<string, string>) => string;
      const out = translate(key, params);
      expect(out, key).not.toMatch(/\{\w+\}/);
      for (const name of names) expect(out, key).toContain(`<${name}>`);
    }
  });

  it('falls back to English for a key missing from a partial catalogue', () => {
    const partial = { 'shell.getHelp': 'Hilfe' } as unknown as Catalogue;
    const translate = createTranslator(partial, en);
    expect(translate('shell.getHelp')).toBe('Hilfe');
    expect(translate('shell.skip')).toBe(en['shell.skip']);
  });

  it('reads the catalogue at each call, so parts loaded later are found', () => {
    const store: Record<string, string> = {};
    const missing: string[] = [];
    const translate = createTranslator(store, {}, (key) => missing.push(key));
    expect(translate('tools.title')).toBe('');
    expect(missing).toEqual(['tools.title']);
    Object.assign(store, { 'tools.title': en['tools.title'] });
    expect(translate('tools.title')).toBe(en['tools.title']);
    expect(missing).toEqual(['tools.title']);
  });

  it('does not read params from the prototype chain', () => {
    const translate = t as (key: MessageKey, params?: Record<string, string>) => string;
    expect(translate('line.call', {})).toBe('Call {number}');
    expect(translate('line.call', Object.create({ number: 'x' }))).toBe('Call {number}');
  });
});

describe('pickLanguage', () => {
  it('picks the first supported language by its base tag', () => {
    expect(pickLanguage(['en-GB', 'fr'])).toBe('en');
    expect(pickLanguage(['fr-FR', 'es-MX', 'en'])).toBe('es');
  });

  it('falls back to English', () => {
    expect(pickLanguage(['xx-YY'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
