import { type ContactMethod, type CrisisLine, methodHref, smsHref, telHref } from '@onward/core';
import { parseCrisisDirectory } from '@onward/core/schemas';
import { describe, expect, it } from 'vitest';
import {
  crisisDirectory,
  FALLBACK_EMERGENCY,
  findCountry,
  INTERNATIONAL_DIRECTORY_URL,
  listedCountries,
} from './crisis-directory.ts';

const allLines: CrisisLine[] = crisisDirectory.flatMap((c) => c.lines);
const allMethods: ContactMethod[] = allLines.flatMap((l) => l.methods);

function line(id: string): CrisisLine {
  const found = allLines.find((l) => l.id === id);
  if (found === undefined) throw new Error(`no line ${id}`);
  return found;
}

function hrefs(id: string): string[] {
  return line(id).methods.map(methodHref);
}

describe('crisis directory data', () => {
  it('passes the schema, checked against today', () => {
    // A verifiedOn date after today would mean someone invented it.
    const result = parseCrisisDirectory(crisisDirectory, { today: new Date() });
    expect(result.ok ? '' : result.detail).toBe('');
  });

  it('lists exactly the countries of the reference table', () => {
    expect([...listedCountries].sort()).toEqual(
      ['AR', 'AU', 'CA', 'CL', 'DE', 'ES', 'FR', 'GB', 'IE', 'IN', 'MX', 'NL', 'NZ', 'US'].sort(),
    );
  });

  it('builds a well-formed link for every method', () => {
    expect(allMethods.length).toBeGreaterThan(30);
    for (const method of allMethods) {
      const href = methodHref(method);
      if (method.kind === 'call') expect(href).toMatch(/^tel:[+*]?\d{2,}$/);
      if (method.kind === 'text') {
        expect(href).toMatch(/^sms:\+?\d{3,}(\?&body=[A-Za-z0-9%]+)?$/);
        expect(href.includes('?&body=')).toBe(method.keyword !== undefined);
      }
      if (method.kind === 'chat')
        expect(href).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/);
    }
    for (const country of crisisDirectory) {
      for (const e of country.emergency) expect(telHref(e.number)).toMatch(/^tel:\d{2,3}$/);
    }
  });

  it('every text service with an advertised keyword has it prefilled', () => {
    expect(hrefs('us-crisis-text-line')).toEqual(['sms:741741?&body=HOME']);
    expect(hrefs('ca-kids-help-phone')).toEqual(['tel:18006686868', 'sms:686868?&body=CONNECT']);
    expect(hrefs('ie-50808')).toEqual(['sms:50808?&body=HELLO']);
    expect(hrefs('ie-pieta')).toEqual(['tel:1800247247', 'sms:51444?&body=HELP']);
    expect(hrefs('nz-lifeline-aotearoa')).toEqual(['tel:0800543354', 'sms:4357?&body=HELP']);
  });

  it('the US has 988 to call and to text, and 911', () => {
    expect(hrefs('us-988-lifeline')).toEqual(['tel:988', 'sms:988', 'https://988lifeline.org']);
    expect(findCountry('US')?.emergency.map((e) => e.number)).toEqual(['911']);
  });

  it('the Veterans Crisis Line is 988 then 1, and text 838255', () => {
    expect(line('us-veterans-crisis-line').methods).toEqual([
      { kind: 'call', number: '988', note: 'then press 1' },
      { kind: 'text', number: '838255' },
    ]);
  });

  it('UK Samaritans is free on 116 123, and Shout prefills SHOUT', () => {
    const samaritans = line('gb-samaritans').methods[0];
    expect(samaritans).toEqual({ kind: 'call', number: '116 123', free: true });
    expect(methodHref(samaritans as ContactMethod)).toBe('tel:116123');
    expect(hrefs('gb-shout')).toEqual(['sms:85258?&body=SHOUT']);
    expect(smsHref('85258', 'SHOUT')).toBe('sms:85258?&body=SHOUT');
  });

  it('NHS 111 is listed for England with option 2', () => {
    const nhs = line('gb-nhs-111-mental-health');
    expect(nhs.region).toBe('England');
    expect(nhs.methods).toEqual([{ kind: 'call', number: '111', note: 'choose option 2' }]);
    expect(findCountry('GB')?.medicalAdvice?.number).toBe('111');
  });

  it('lists no "press 3" option: it ended in July 2025', () => {
    const text = JSON.stringify(crisisDirectory).toLowerCase();
    expect(text).not.toMatch(/press\s*3|option\s*3|lgbt/);
    for (const m of allMethods) expect(m.note ?? '').not.toMatch(/3/);
  });

  it('the Netherlands 113 line is free, on both numbers', () => {
    const calls = line('nl-113-zelfmoordpreventie').methods.filter((m) => m.kind === 'call');
    expect(calls).toEqual([
      { kind: 'call', number: '113', free: true },
      { kind: 'call', number: '0800 0113', free: true },
    ]);
  });

  it('has the emergency numbers of the reference table', () => {
    const numbers = (code: string) => findCountry(code)?.emergency.map((e) => e.number);
    expect(numbers('GB')).toEqual(['999', '112']);
    expect(numbers('IE')).toEqual(['112', '999']);
    expect(numbers('FR')).toEqual(['112', '15']);
    expect(numbers('AU')).toEqual(['000']);
    expect(numbers('NZ')).toEqual(['111']);
    expect(numbers('CA')).toEqual(['911']);
    for (const code of ['DE', 'NL', 'ES', 'IN']) expect(numbers(code)).toEqual(['112']);
    expect(numbers('MX')).toEqual(['911']);
  });

  it('gives every country at least one emergency number and one line', () => {
    for (const country of crisisDirectory) {
      expect(country.emergency.length, country.country).toBeGreaterThan(0);
      expect(country.lines.length, country.country).toBeGreaterThan(0);
    }
  });

  it('dates every entry to the month its table was checked, with an official https source', () => {
    const spanishSection = new Set([
      'us-988-lifeline-spanish',
      'mx-linea-de-la-vida',
      'ar-salud-mental-0800',
      'cl-fono-4141',
    ]);
    for (const l of allLines) {
      expect(l.verifiedOn, l.id).toBe(spanishSection.has(l.id) ? '2026-12' : '2026-11');
      expect(l.source, l.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/[a-z0-9/-]+)?$/);
    }
  });

  it('says which languages every line answers in', () => {
    for (const l of allLines) {
      expect(l.languages.length, l.id).toBeGreaterThan(0);
      for (const tag of l.languages) expect(tag, l.id).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
    }
    expect(line('es-024').languages).toEqual(['es']);
    expect(line('ca-988-crisis-helpline').languages).toEqual(['en', 'fr']);
  });

  it('the US 988 Spanish option: call 988 then press 2, or text AYUDA to 988', () => {
    const spanish = line('us-988-lifeline-spanish');
    expect(spanish.languages).toEqual(['es']);
    expect(spanish.methods).toEqual([
      { kind: 'call', number: '988', note: 'then press 2 for Spanish' },
      { kind: 'text', number: '988', keyword: 'AYUDA' },
    ]);
    expect(hrefs('us-988-lifeline-spanish')).toEqual(['tel:988', 'sms:988?&body=AYUDA']);
  });

  it('Mexico: 911, and the Línea de la Vida on 800 911 2000 (free)', () => {
    expect(findCountry('MX')?.emergency.map((e) => e.number)).toEqual(['911']);
    expect(hrefs('mx-linea-de-la-vida')).toEqual(['tel:8009112000']);
    expect(line('mx-linea-de-la-vida').methods[0]).toMatchObject({ free: true });
  });

  it('Argentina: 107 and 911, and the national mental health line 0800 999 0091 (free)', () => {
    expect(findCountry('AR')?.emergency.map((e) => e.number)).toEqual(['107', '911']);
    expect(hrefs('ar-salud-mental-0800')).toEqual(['tel:08009990091']);
    // Not verified (crisis-lines.md): never listed.
    expect(JSON.stringify(crisisDirectory)).not.toContain('345 1435');
  });

  it('Chile: 131 and 133, and Fono *4141 from a mobile (free)', () => {
    expect(findCountry('CL')?.emergency.map((e) => e.number)).toEqual(['131', '133']);
    expect(hrefs('cl-fono-4141')).toEqual(['tel:*4141']);
  });

  it('finds countries in any case, and not ones we do not list', () => {
    expect(findCountry('gb')?.name).toBe('United Kingdom');
    expect(findCountry(' nz ')?.country).toBe('NZ');
    expect(findCountry('CO')).toBeUndefined();
    expect(findCountry('')).toBeUndefined();
  });

  it('supplies fallback numbers and an international directory for unlisted countries', () => {
    expect(FALLBACK_EMERGENCY.mostCountries).toBe('112');
    expect(FALLBACK_EMERGENCY.northAmerica).toBe('911');
    expect(FALLBACK_EMERGENCY.northAmericaCountries).toEqual(['US', 'CA', 'MX']);
    expect(INTERNATIONAL_DIRECTORY_URL).toBe('https://findahelpline.com');
  });
});
