import type { ClinicProfile } from '@onward/core';
import { describe, expect, it } from 'vitest';
import { decideClinicUpdate, parseKeptClinic, serialiseKeptClinic } from './clinic-cache.ts';

const profile: ClinicProfile = {
  v: 1,
  name: 'Harbour Light Recovery Centre',
  phone: '+1 555 010 0100',
  admissionsLine: '+1 555 010 0199',
  website: 'https://harbourlight.example',
  address: '12 Harbour Street\nPortside',
  hours: 'Monday to Friday, 8am to 6pm',
  treatments: [{ name: 'DBT', description: 'Weekly sessions and a skills group.' }],
  supportGroups: [{ name: 'Peer group', when: 'Tuesdays, 6pm', join: 'Online.' }],
};

describe('the kept copy', () => {
  it('round-trips, with and without an ETag', () => {
    expect(parseKeptClinic(serialiseKeptClinic({ profile, etag: '"abc"' }))).toEqual({
      profile,
      etag: '"abc"',
    });
    expect(parseKeptClinic(serialiseKeptClinic({ profile }))).toEqual({ profile });
  });

  it('is ignored when missing, not JSON, of another version or not a profile', () => {
    expect(parseKeptClinic(null)).toBeUndefined();
    expect(parseKeptClinic(undefined)).toBeUndefined();
    expect(parseKeptClinic('{not json')).toBeUndefined();
    expect(parseKeptClinic('null')).toBeUndefined();
    expect(parseKeptClinic(JSON.stringify({ v: 2, profile }))).toBeUndefined();
    expect(parseKeptClinic(JSON.stringify({ v: 1, profile: { name: 'x' } }))).toBeUndefined();
  });

  it('refuses a kept profile whose website would be an unsafe link', () => {
    const tampered = { v: 1, profile: { ...profile, website: 'javascript:alert(1)' } };
    expect(parseKeptClinic(JSON.stringify(tampered))).toBeUndefined();
  });
});

describe('decideClinicUpdate', () => {
  it('replaces the kept copy with a new profile, keeping its ETag', () => {
    expect(decideClinicUpdate({ status: 200, etag: '"v2"', body: profile })).toEqual({
      kind: 'replace',
      kept: { profile, etag: '"v2"' },
    });
    expect(decideClinicUpdate({ status: 200, etag: null, body: profile })).toEqual({
      kind: 'replace',
      kept: { profile },
    });
  });

  it('forgets the clinic when the server has none', () => {
    expect(decideClinicUpdate({ status: 204 })).toEqual({ kind: 'clear' });
    expect(decideClinicUpdate({ status: 404 })).toEqual({ kind: 'clear' });
  });

  it('keeps what it has when nothing changed or the server cannot say', () => {
    for (const status of [304, 500, 502, 503, 'unreachable'] as const) {
      expect(decideClinicUpdate({ status }), String(status)).toEqual({ kind: 'keep' });
    }
  });

  it('keeps what it has when a 200 is not a profile (a captive portal, a proxy page)', () => {
    expect(decideClinicUpdate({ status: 200, body: undefined })).toEqual({ kind: 'keep' });
    expect(decideClinicUpdate({ status: 200, body: { hello: 'wifi' } })).toEqual({
      kind: 'keep',
    });
  });
});
