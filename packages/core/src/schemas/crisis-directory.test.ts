import { describe, expect, it } from 'vitest';
import type { ContactMethod, CountryDirectory, CrisisLine } from '../crisis-directory.ts';
import {
  crisisDirectorySchema,
  parseCrisisDirectory,
  parseVerifiedOn,
} from './crisis-directory.ts';

const today = new Date('2026-11-20T12:00:00Z');

function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no item at ${i}`);
  return item;
}

function sample(): CountryDirectory[] {
  return [
    {
      country: 'GB',
      name: 'United Kingdom',
      emergency: [
        { number: '999', label: 'Police, fire, ambulance' },
        { number: '112', label: 'Also reaches emergency services' },
      ],
      lines: [
        {
          id: 'gb-samaritans',
          name: 'Samaritans',
          audience: 'Anyone who is struggling',
          methods: [
            { kind: 'call', number: '116 123', free: true },
            { kind: 'chat', url: 'https://www.samaritans.org' },
          ],
          hours: '24/7',
          languages: ['en'],
          source: 'https://www.samaritans.org',
          verifiedOn: '2026-11',
        },
        {
          id: 'gb-shout',
          name: 'Shout',
          audience: 'Anyone who would rather text',
          methods: [{ kind: 'text', number: '85258', keyword: 'SHOUT' }],
          hours: '24/7',
          languages: ['en'],
          source: 'https://giveusashout.org',
          verifiedOn: '2026-11-20',
        },
      ],
      source: 'https://www.samaritans.org',
      verifiedOn: '2026-11',
    },
  ];
}

/** The problems the schema reports for `data`, as one string (empty when valid). */
function problems(data: unknown): string {
  const r = parseCrisisDirectory(data, { today });
  return r.ok ? '' : (r.detail ?? r.reason);
}

/** Problems after changing the sample's GB entry. */
function withCountry(change: (c: CountryDirectory) => void): string {
  const d = sample();
  change(at(d, 0));
  return problems(d);
}

/** Problems after changing line `j` of the sample. */
function withLine(j: number, change: (l: CrisisLine) => void): string {
  return withCountry((c) => {
    change(at(c.lines, j));
  });
}

function withMethod(method: ContactMethod): string {
  return withLine(0, (l) => {
    l.methods[0] = method;
  });
}

describe('crisis directory schema', () => {
  it('accepts a well-formed directory and returns it typed', () => {
    const r = parseCrisisDirectory(sample(), { today });
    expect(r).toEqual({ ok: true, value: sample() });
  });

  it('wants the country as two upper-case letters', () => {
    for (const code of ['gb', 'GBR', 'G', 'G1']) {
      expect(
        withCountry((c) => {
          c.country = code;
        }),
      ).toContain('country');
    }
  });

  it('wants numbers as digits and single spaces with an optional leading + or *', () => {
    const call = (number: string) => withMethod({ kind: 'call', number });
    expect(call('116 123')).toBe('');
    expect(call('+44 116 123')).toBe('');
    expect(call('*4141')).toBe('');
    for (const bad of [
      '116-123',
      '116  123',
      ' 116',
      '116 ',
      '11+6',
      '(0)116',
      '',
      '41*41',
      '+*4141',
      '*',
    ]) {
      expect(call(bad), bad).toContain('methods');
    }
    expect(withMethod({ kind: 'text', number: '85 258-1' })).toContain('methods');
    expect(
      withCountry((c) => {
        at(c.emergency, 0).number = '9 9 9 ';
      }),
    ).toContain('emergency');
  });

  it('wants chat and source URLs to be https', () => {
    expect(withMethod({ kind: 'chat', url: 'https://988lifeline.org' })).toBe('');
    expect(withMethod({ kind: 'chat', url: 'http://988lifeline.org' })).toContain('methods');
    expect(withMethod({ kind: 'chat', url: 'javascript:alert(1)' })).toContain('methods');
    expect(
      withLine(0, (l) => {
        l.source = 'samaritans.org';
      }),
    ).toContain('source');
    expect(
      withCountry((c) => {
        c.source = 'ftp://samaritans.org';
      }),
    ).toContain('source');
  });

  it('wants verifiedOn as a real month or day, not in the future', () => {
    const verified = (v: string) =>
      withLine(1, (l) => {
        l.verifiedOn = v;
      });
    expect(verified('2026-11')).toBe('');
    expect(verified('2026-11-20')).toBe('');
    expect(verified('2019-02-28')).toBe('');
    for (const bad of [
      '2026-11-21',
      '2026-12',
      '2027-01',
      '2026-13',
      '2026-02-30',
      'Nov 2026',
      '2026-11-20T00:00:00Z',
    ]) {
      expect(verified(bad), bad).toContain('verifiedOn');
    }
  });

  it('measures "the future" against the injected date', () => {
    const d = sample();
    expect(parseCrisisDirectory(d, { today: new Date('2026-10-31T23:59:59Z') }).ok).toBe(false);
    expect(parseCrisisDirectory(d, { today: new Date('2030-01-01T00:00:00Z') }).ok).toBe(true);
  });

  it('parses verifiedOn parts', () => {
    expect(parseVerifiedOn('2026-11')).toEqual({ year: 2026, month: 11, day: null });
    expect(parseVerifiedOn('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseVerifiedOn('2025-02-29')).toBeNull();
    expect(parseVerifiedOn('2026-00')).toBeNull();
  });

  it('wants kebab-case ids', () => {
    for (const bad of ['GB_Samaritans', 'gb--samaritans', '-gb', 'gb samaritans', '']) {
      expect(
        withLine(0, (l) => {
          l.id = bad;
        }),
        bad,
      ).toContain('id');
    }
  });

  it('wants line ids unique across the whole directory', () => {
    expect(
      withLine(1, (l) => {
        l.id = 'gb-samaritans';
      }),
    ).toContain('duplicate line id gb-samaritans');
    const ie = JSON.parse(JSON.stringify(at(sample(), 0))) as CountryDirectory;
    ie.country = 'IE';
    ie.lines = [at(ie.lines, 0)];
    expect(problems([...sample(), ie])).toContain('duplicate line id gb-samaritans');
    at(ie.lines, 0).id = 'ie-samaritans';
    expect(problems([...sample(), ie])).toBe('');
  });

  it('wants at least one emergency number and one line per country', () => {
    expect(
      withCountry((c) => {
        c.emergency = [];
      }),
    ).toContain('at least one emergency number');
    expect(
      withCountry((c) => {
        c.lines = [];
      }),
    ).toContain('at least one crisis line');
  });

  it('wants each country once', () => {
    const again = { ...at(sample(), 0), lines: [{ ...at(at(sample(), 0).lines, 0), id: 'x' }] };
    expect(problems([...sample(), again])).toContain('duplicate country GB');
  });

  it('rejects unknown keys, empty methods, and a keyword that is not one word', () => {
    expect(withLine(0, (l) => Object.assign(l, { phone: '116 123' }))).toContain('phone');
    expect(
      withLine(0, (l) => {
        l.methods = [];
      }),
    ).toContain('methods');
    expect(withMethod({ kind: 'text', number: '85258', keyword: 'TWO WORDS' })).toContain(
      'keyword',
    );
    expect(
      withLine(0, (l) => {
        l.audience = ' Anyone';
      }),
    ).toContain('audience');
  });

  it('is built per injected date, so the same schema object can be reused', () => {
    const schema = crisisDirectorySchema({ today });
    expect(schema.safeParse(sample()).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(false);
  });
});
