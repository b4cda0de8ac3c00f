import { describe, expect, it } from 'vitest';
import { type ClinicProfile, readClinicProfile } from './clinic-profile.ts';

function profile(): ClinicProfile {
  return {
    v: 1,
    name: 'Harbour Light Recovery Centre',
    phone: '+1 555 010 0100',
    admissionsLine: '+1 555 010 0199',
    website: 'https://harbourlight.example/care',
    address: '12 Harbour Street\nPortside',
    hours: 'Monday to Friday, 8am to 6pm',
    treatments: [{ name: 'DBT', description: 'Weekly sessions and a skills group.' }],
    supportGroups: [{ name: 'Peer group', when: 'Tuesdays, 6pm', join: 'Room 2, or online.' }],
  };
}

const withChange = (change: Record<string, unknown>): unknown => ({ ...profile(), ...change });

describe('readClinicProfile', () => {
  it('reads back a profile unchanged, with or without an email', () => {
    expect(readClinicProfile(profile())).toEqual(profile());
    const withEmail = { ...profile(), email: 'care@harbourlight.example' };
    expect(readClinicProfile(withEmail)).toEqual(withEmail);
  });

  it('keeps only the known fields', () => {
    const read = readClinicProfile({
      ...profile(),
      tracker: 'https://evil.example',
      treatments: [{ name: 'DBT', description: 'Skills.', onclick: 'x' }],
    });
    expect(read).toEqual({ ...profile(), treatments: [{ name: 'DBT', description: 'Skills.' }] });
  });

  it('refuses anything that is not a profile', () => {
    for (const data of [undefined, null, 'x', 1, [], {}])
      expect(readClinicProfile(data)).toBe(undefined);
  });

  it('refuses another version of the format', () => {
    expect(readClinicProfile(withChange({ v: 2 }))).toBeUndefined();
    expect(readClinicProfile(withChange({ v: undefined }))).toBeUndefined();
  });

  it.each([
    'http://harbourlight.example',
    'javascript:alert(1)',
    'data:text/html,hi',
    'https://user@evil.example',
    '//harbourlight.example',
  ])('refuses the website %j, which would become a link the person taps', (website) => {
    expect(readClinicProfile(withChange({ website }))).toBeUndefined();
  });

  it.each(['555-0100', 'tel:5550100', '', ' 555', '555  0100', 5550100])(
    'refuses the phone %j, which would not make a clean tel: link',
    (phone) => {
      expect(readClinicProfile(withChange({ phone }))).toBeUndefined();
      expect(readClinicProfile(withChange({ admissionsLine: phone }))).toBeUndefined();
    },
  );

  it('refuses a malformed email, and empty text', () => {
    expect(readClinicProfile(withChange({ email: 'care@x.example?subject=hi' }))).toBeUndefined();
    expect(readClinicProfile(withChange({ email: '' }))).toBeUndefined();
    expect(readClinicProfile(withChange({ name: '  ' }))).toBeUndefined();
    expect(readClinicProfile(withChange({ hours: 3 }))).toBeUndefined();
  });

  it('refuses lists with a broken item, or that are not lists', () => {
    expect(readClinicProfile(withChange({ treatments: [{ name: 'DBT' }] }))).toBeUndefined();
    expect(readClinicProfile(withChange({ supportGroups: [null] }))).toBeUndefined();
    expect(readClinicProfile(withChange({ supportGroups: {} }))).toBeUndefined();
  });
});
