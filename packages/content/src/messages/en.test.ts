import { describe, expect, it } from 'vitest';
import { en, parts } from './en.ts';

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
