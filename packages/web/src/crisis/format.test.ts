import { describe, expect, it } from 'vitest';
import { formatLanguages, formatVerifiedOn } from './format.ts';

describe('formatVerifiedOn', () => {
  it('shows the month and year', () => {
    expect(formatVerifiedOn('2026-11', 'en')).toBe('November 2026');
    expect(formatVerifiedOn('2026-11-30', 'en')).toBe('November 2026');
    expect(formatVerifiedOn('2026-01-01', 'en')).toBe('January 2026');
  });

  it('shows anything unexpected as written', () => {
    expect(formatVerifiedOn('late 2026', 'en')).toBe('late 2026');
    expect(formatVerifiedOn('2026-13', 'en')).toBe('2026-13');
  });
});

describe('formatLanguages', () => {
  it('names languages and joins them', () => {
    expect(formatLanguages(['en'], 'en')).toBe('English');
    expect(formatLanguages(['en', 'fr'], 'en')).toBe('English and French');
    expect(formatLanguages(['en', 'hi', 'de'], 'en')).toBe('English, Hindi, and German');
  });
});
