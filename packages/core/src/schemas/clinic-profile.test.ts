import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClinicProfile, readClinicProfile } from '../clinic-profile.ts';
import { clinicProfileProblems, fieldPath, parseClinicProfile } from './clinic-profile.ts';

/** A complete, valid file as an operator would write it. */
function file(): Record<string, unknown> {
  return {
    name: 'Harbour Light Recovery Centre',
    phone: '+1 555 010 0100',
    admissionsLine: '+1 555 010 0199',
    website: 'https://harbourlight.example',
    address: '12 Harbour Street\nPortside',
    hours: 'Monday to Friday, 8am to 6pm',
    treatments: [{ name: 'DBT', description: 'Weekly sessions and a skills group.' }],
    supportGroups: [
      { name: 'Peer group', when: 'Tuesdays, 6pm', join: 'Room 2, or online.' },
      { name: 'Family group', when: 'Thursdays, 7pm', join: 'Online.' },
    ],
  };
}

function problems(change: (f: Record<string, unknown>) => void): string[] {
  const f = file();
  change(f);
  return clinicProfileProblems(f);
}

describe('parseClinicProfile', () => {
  it('accepts a complete file, adds the version and keeps only known fields', () => {
    const parsed = parseClinicProfile(file());
    expect(parsed).toEqual({ ok: true, value: { v: 1, ...file() } });
  });

  it('keeps an optional email, and accepts an explicit v: 1', () => {
    const parsed = parseClinicProfile({ ...file(), v: 1, email: 'care@harbourlight.example' });
    expect(parsed.ok && parsed.value.email).toBe('care@harbourlight.example');
    expect(parsed.ok && parsed.value.v).toBe(1);
  });

  it('accepts empty lists of treatments and groups (a clinic may run none)', () => {
    expect(problems((f) => Object.assign(f, { treatments: [], supportGroups: [] }))).toEqual([]);
  });

  it('writes phone numbers as dialled, whatever punctuation the operator used', () => {
    const parsed = parseClinicProfile({
      ...file(),
      phone: ' +1 (555) 010-0100 ',
      admissionsLine: '0300.123.4567',
    });
    expect(parsed.ok && [parsed.value.phone, parsed.value.admissionsLine]).toEqual([
      '+1 555 010 0100',
      '0300 123 4567',
    ]);
  });

  it('trims text fields', () => {
    const parsed = parseClinicProfile({ ...file(), name: '  Harbour Light  ' });
    expect(parsed.ok && parsed.value.name).toBe('Harbour Light');
  });

  it('names a missing field inside a list, as in supportGroups[1].when', () => {
    const result = parseClinicProfile({
      ...file(),
      supportGroups: [
        { name: 'Peer group', when: 'Tuesdays', join: 'Online.' },
        { name: 'Family group', join: 'Online.' },
      ],
    });
    expect(result).toEqual({
      ok: false,
      reason: 'invalid-clinic-profile',
      detail: 'supportGroups[1].when is required',
    });
  });

  it('names every missing required field', () => {
    expect(clinicProfileProblems({})).toEqual([
      'name is required',
      'phone is required',
      'admissionsLine is required',
      'website is required',
      'address is required',
      'hours is required',
      'treatments is required',
      'supportGroups is required',
    ]);
  });

  it('lists every problem on one line, separated by semicolons', () => {
    const result = parseClinicProfile({ ...file(), name: '', website: 'x' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.detail).toBe(
      'name must not be empty; website must be an https:// web address, such as https://clinic.example',
    );
    expect(!result.ok && result.detail).not.toContain('\n');
  });

  it.each([
    ['http://harbourlight.example', 'plain http'],
    ['javascript:alert(1)', 'a script'],
    ['https://user:pw@harbourlight.example', 'a user name in the address'],
    ['harbourlight.example', 'no scheme'],
    ['https://harbour light.example', 'a space'],
  ])('refuses the website %s (%s)', (website) => {
    expect(problems((f) => Object.assign(f, { website }))).toEqual([
      'website must be an https:// web address, such as https://clinic.example',
    ]);
  });

  it.each(['call us', '555-CLINIC', '+', '++1 555', '1 2 3 x'])('refuses the phone %j', (phone) => {
    expect(problems((f) => Object.assign(f, { phone }))[0]).toMatch(
      /^phone must be a phone number/,
    );
  });

  it('refuses a phone given as a number rather than text', () => {
    expect(problems((f) => Object.assign(f, { admissionsLine: 5550100 }))).toEqual([
      'admissionsLine must be a phone number, as text',
    ]);
  });

  it.each(['care', 'care@', '@clinic.example', 'care@clinic', 'care@clinic.example?cc=x'])(
    'refuses the email %j',
    (email) => {
      expect(problems((f) => Object.assign(f, { email }))).toEqual([
        'email must be an email address, such as help@clinic.example',
      ]);
    },
  );

  it('refuses unknown fields, so a typo is never silently ignored', () => {
    expect(
      problems((f) => {
        f.suportGroups = f.supportGroups;
        delete f.supportGroups;
      }),
    ).toEqual(['supportGroups is required', 'unknown field "suportGroups"']);
    expect(
      problems((f) => {
        f.treatments = [{ name: 'DBT', description: 'Skills.', price: 10 }];
      }),
    ).toEqual(['unknown field "price" in treatments[0]']);
  });

  it('refuses a version it does not know', () => {
    expect(problems((f) => Object.assign(f, { v: 2 }))).toEqual(['v must be 1']);
  });

  it('refuses lists that are not lists, and overlong text', () => {
    expect(problems((f) => Object.assign(f, { treatments: {} }))).toEqual([
      'treatments must be a list',
    ]);
    expect(problems((f) => Object.assign(f, { name: 'x'.repeat(121) }))).toEqual([
      'name must be at most 120 characters',
    ]);
  });

  it('refuses anything but one JSON object', () => {
    for (const data of [null, [], 'clinic', 42]) {
      expect(clinicProfileProblems(data)).toEqual(['the file must hold one JSON object, { ... }']);
    }
  });
});

describe('fieldPath', () => {
  it('writes list indexes in brackets', () => {
    expect(fieldPath(['supportGroups', 1, 'when'])).toBe('supportGroups[1].when');
    expect(fieldPath(['name'])).toBe('name');
    expect(fieldPath([])).toBe('');
  });
});

// The web app re-reads the profile from the device with core's zod-free readClinicProfile.
// Whatever the server accepts, the app must accept unchanged, or a clinic would vanish offline.
describe('the server schema and the app reader agree', () => {
  const words = fc.stringMatching(/^[A-Za-z][A-Za-z ,.'’:()0-9-]{0,40}[A-Za-z.)]$/);
  const phoneArb = fc
    .tuple(fc.boolean(), fc.array(fc.stringMatching(/^\d{1,4}$/), { minLength: 1, maxLength: 4 }))
    .map(([plus, groups]) => `${plus ? '+' : ''}${groups.join(' ')}`);
  const profileArb = fc.record(
    {
      name: words,
      phone: phoneArb,
      admissionsLine: phoneArb,
      website: fc
        .tuple(
          fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/),
          fc.constantFrom('', '/', '/care?x=1'),
        )
        .map(([host, path]) => `https://${host}.example${path}`),
      address: words,
      hours: words,
      treatments: fc.array(fc.record({ name: words, description: words }), { maxLength: 4 }),
      supportGroups: fc.array(fc.record({ name: words, when: words, join: words }), {
        maxLength: 4,
      }),
      email: fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,8}\.example$/),
    },
    {
      requiredKeys: [
        'name',
        'phone',
        'admissionsLine',
        'website',
        'address',
        'hours',
        'treatments',
        'supportGroups',
      ],
    },
  );

  it('anything parseClinicProfile accepts, readClinicProfile reads back the same', () => {
    fc.assert(
      fc.property(profileArb, (data) => {
        const parsed = parseClinicProfile(data);
        if (!parsed.ok) throw new Error(`${parsed.detail} for ${JSON.stringify(data)}`);
        const stored: unknown = JSON.parse(JSON.stringify(parsed.value));
        expect(readClinicProfile(stored)).toEqual(parsed.value);
      }),
    );
  });

  it('the example file in the repository is valid', async () => {
    // Core compiles without Node's types, so node:fs comes through a loosely typed import.
    const fsModule = 'node:fs';
    const { readFileSync } = (await import(/* @vite-ignore */ fsModule)) as {
      readFileSync(path: string, encoding: 'utf8'): string;
    };
    const here = decodeURIComponent((import.meta as unknown as { url: string }).url);
    const repo = here.replace(/^file:\/\//, '').replace(/packages\/core\/src\/schemas\/[^/]+$/, '');
    const text = readFileSync(`${repo}examples/clinic-profile.example.json`, 'utf8');
    const parsed = parseClinicProfile(JSON.parse(text));
    expect(parsed.ok ? '' : parsed.detail).toBe('');
    const profile = parsed.ok ? (parsed.value as ClinicProfile) : undefined;
    expect(profile?.supportGroups.length).toBeGreaterThan(0);
    expect(profile?.treatments.length).toBeGreaterThan(0);
  });
});
