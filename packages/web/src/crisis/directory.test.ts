import { findCountry } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { countryOptions, presentCountry } from './directory.ts';

function country(code: string) {
  const entry = findCountry(code);
  if (!entry) throw new Error(`no ${code}`);
  return entry;
}

describe('the directory as the help screens show it', () => {
  it('in Spanish, lists the US 988 Spanish option first and keeps every other line', () => {
    const us = presentCountry(country('US'), 'es', 'es-US');
    expect(us.lines.map((l) => l.id)).toEqual([
      'us-988-lifeline-spanish',
      'us-988-lifeline',
      'us-crisis-text-line',
      'us-veterans-crisis-line',
    ]);
    expect(us.name).toBe('Estados Unidos');
    expect(us.emergency[0]).toEqual({ number: '911', label: 'Servicios de emergencia' });
  });

  it('in English, keeps the reviewed order and the English wording', () => {
    const us = presentCountry(country('US'), 'en', 'en-US');
    expect(us.lines[0]?.id).toBe('us-988-lifeline');
    expect(us.lines).toHaveLength(4);
    expect(us.name).toBe('United States');
  });

  it('names countries in Spanish in the picker, in Spanish alphabetical order', () => {
    const names = countryOptions('es-MX', 'es').map((o) => o.name);
    expect(names).toContain('México');
    expect(names).toContain('Reino Unido');
    expect(names.indexOf('Alemania')).toBeLessThan(names.indexOf('Argentina'));
  });
});
