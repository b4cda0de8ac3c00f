import { describe, expect, it } from 'vitest';
import {
  LANGUAGE_STORAGE_KEY,
  localeFor,
  parseStoredLanguage,
  readLanguage,
  resolveLanguage,
  writeLanguage,
} from './language-choice.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      map.set(k, v);
    },
    map,
  };
}

describe('language choice', () => {
  it('follows the browser when nothing is stored', () => {
    expect(resolveLanguage(undefined, ['es-MX', 'en'])).toBe('es');
    expect(resolveLanguage(undefined, ['es-ES'])).toBe('es');
    expect(resolveLanguage(undefined, ['en-GB', 'es'])).toBe('en');
    expect(resolveLanguage(undefined, ['fr-FR'])).toBe('en');
  });

  it('an explicit choice wins over the browser', () => {
    expect(resolveLanguage('en', ['es-MX'])).toBe('en');
    expect(resolveLanguage('es', ['en-US'])).toBe('es');
  });

  it('ignores stored values it does not ship', () => {
    expect(parseStoredLanguage('es')).toBe('es');
    expect(parseStoredLanguage('en')).toBe('en');
    for (const bad of ['ES', 'es-MX', 'fr', '', null, undefined, '__proto__']) {
      expect(parseStoredLanguage(bad), String(bad)).toBeUndefined();
    }
  });

  it('remembers the choice on the device, and says when it could not', () => {
    const storage = memoryStorage();
    expect(writeLanguage(storage, 'es')).toEqual({ ok: true, value: undefined });
    expect(storage.map.get(LANGUAGE_STORAGE_KEY)).toBe('es');
    expect(readLanguage(storage)).toBe('es');
    expect(writeLanguage(undefined, 'es').ok).toBe(false);
    const throwing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(writeLanguage(throwing, 'es').ok).toBe(false);
    expect(readLanguage(throwing)).toBeUndefined();
  });

  it('formats with the person’s regional tag in the chosen language', () => {
    expect(localeFor('es', ['es-MX', 'en'])).toBe('es-MX');
    expect(localeFor('es', ['en-US', 'es-es'])).toBe('es-ES');
    expect(localeFor('es', ['en-US'])).toBe('es');
    expect(localeFor('en', ['es-MX', 'en-GB'])).toBe('en-GB');
    expect(localeFor('es', ['es-???', 'es-AR'])).toBe('es-AR');
  });
});
