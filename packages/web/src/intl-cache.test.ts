import { describe, expect, it } from 'vitest';
import { dateTimeFormat, displayNames, listFormat } from './intl-cache.ts';

describe('Intl objects made once', () => {
  it('gives the same object for the same locale and options, another for others', () => {
    const monthYear = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('en-US', monthYear)).toBe(dateTimeFormat('en-US', { ...monthYear }));
    expect(dateTimeFormat('en-US', monthYear)).not.toBe(dateTimeFormat('es-MX', monthYear));
    expect(dateTimeFormat('en-US', monthYear)).not.toBe(
      dateTimeFormat('en-US', { ...monthYear, month: 'short' }),
    );
    expect(displayNames('en', 'language')).toBe(displayNames('en', 'language'));
    expect(displayNames('en', 'language')).not.toBe(displayNames('en', 'region'));
    expect(listFormat('en', { type: 'conjunction' })).not.toBe(
      listFormat('en', { type: 'disjunction' }),
    );
  });

  it('formats as a new one would', () => {
    const options = { style: 'long', type: 'conjunction' } as const;
    expect(listFormat('en-GB', options).format(['a', 'b', 'c'])).toBe(
      new Intl.ListFormat('en-GB', options).format(['a', 'b', 'c']),
    );
    expect(displayNames('es', 'region').of('MX')).toBe('México');
  });
});
