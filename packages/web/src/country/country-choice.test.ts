import { describe, expect, it } from 'vitest';
import {
  COUNTRY_STORAGE_KEY,
  NOT_LISTED,
  parseStoredChoice,
  readChoice,
  resolveCountry,
  writeChoice,
} from './country-choice.ts';

const known = ['GB', 'US', 'IE'];

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const throwing = {
  getItem(): string | null {
    throw new Error('SecurityError');
  },
  setItem(): void {
    throw new Error('QuotaExceededError');
  },
};

describe('resolveCountry', () => {
  it('prefers the explicit choice over a guess', () => {
    expect(resolveCountry('IE', 'GB')).toEqual({ choice: 'IE', source: 'explicit' });
    expect(resolveCountry(NOT_LISTED, 'GB')).toEqual({ choice: NOT_LISTED, source: 'explicit' });
  });

  it('uses the guess when nothing was chosen', () => {
    expect(resolveCountry(undefined, 'US')).toEqual({ choice: 'US', source: 'guess' });
  });

  it('falls back to "not listed" when there is neither', () => {
    expect(resolveCountry(undefined, null)).toEqual({ choice: NOT_LISTED, source: 'none' });
  });
});

describe('parseStoredChoice', () => {
  it('accepts listed countries and "not listed"', () => {
    expect(parseStoredChoice('GB', known)).toBe('GB');
    expect(parseStoredChoice(NOT_LISTED, known)).toBe(NOT_LISTED);
  });

  it('ignores anything else', () => {
    for (const raw of [null, undefined, '', 'gb', 'XX', '{"country":"GB"}', 'GB ']) {
      expect(parseStoredChoice(raw, known), String(raw)).toBeUndefined();
    }
  });
});

describe('readChoice and writeChoice', () => {
  it('round-trips through storage under onward.country', () => {
    const storage = new MemoryStorage();
    expect(writeChoice(storage, 'US')).toEqual({ ok: true, value: undefined });
    expect(storage.items.get(COUNTRY_STORAGE_KEY)).toBe('US');
    expect(readChoice(storage, known)).toBe('US');
  });

  it('reads nothing from empty, missing or blocked storage', () => {
    expect(readChoice(new MemoryStorage(), known)).toBeUndefined();
    expect(readChoice(undefined, known)).toBeUndefined();
    expect(readChoice(throwing, known)).toBeUndefined();
  });

  it('reports, without throwing, when storage will not keep the choice', () => {
    expect(writeChoice(throwing, 'GB')).toMatchObject({ ok: false, reason: 'storage-unavailable' });
    expect(writeChoice(undefined, 'GB')).toEqual({ ok: false, reason: 'storage-unavailable' });
  });
});
