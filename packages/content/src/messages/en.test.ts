import { describe, expect, it } from 'vitest';
import { en, parts } from './en.ts';
import { parts as esParts } from './es.ts';
import { LANGUAGES, loaders, SHELL_PART, shellEnglish } from './parts.ts';

describe('English catalogue', () => {
  it('has no key defined by two feature files', () => {
    const seen = new Map<string, string>();
    for (const [part, messages] of Object.entries(parts)) {
      for (const key of Object.keys(messages)) {
        expect(seen.get(key), `${key} in ${part} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, part);
      }
    }
  });
  it('is exactly the union of its parts', () => {
    const total = Object.values(parts).reduce((n, p) => n + Object.keys(p).length, 0);
    expect(Object.keys(en)).toHaveLength(total);
  });
});

describe('the loader map (messages/parts.ts)', () => {
  it('has a loader for exactly the parts of the catalogue', () => {
    expect(Object.keys(loaders).sort()).toEqual(Object.keys(parts).sort());
    expect(Object.keys(esParts).sort()).toEqual(Object.keys(parts).sort());
  });
  it('loads each part as written, in every language it lists', async () => {
    for (const [name, byLanguage] of Object.entries(loaders)) {
      expect(Object.keys(byLanguage).sort(), name).toEqual([...LANGUAGES].sort());
      expect(await byLanguage.en(), name).toBe(parts[name as keyof typeof parts]);
      expect(await byLanguage.es(), name).toBe(esParts[name as keyof typeof esParts]);
    }
  });
  it('keeps the shell in the first load', () => {
    expect(SHELL_PART).toBe('shell');
    expect(shellEnglish).toBe(parts.shell);
  });
});
