import { methodHref } from '@onward/core';
import { describe, expect, it } from 'vitest';
import { crisisDirectory, findCountry } from './crisis-directory.ts';
import { crisisDirectoryWordingEs, directoryText, localizeCountry } from './crisis-directory-es.ts';

/** Every human-readable string of the directory (not numbers, links, names, sources or dates). */
function wording(): string[] {
  const out = new Set<string>();
  for (const c of crisisDirectory) {
    for (const e of c.emergency) out.add(e.label);
    if (c.medicalAdvice) out.add(c.medicalAdvice.label);
    for (const l of c.lines) {
      out.add(l.audience);
      out.add(l.hours);
      if (l.note) out.add(l.note);
      if (l.region) out.add(l.region);
      for (const m of l.methods) if (m.note) out.add(m.note);
    }
  }
  return [...out];
}

describe('the crisis directory in Spanish', () => {
  it('has Spanish for every label, note, instruction, region and hours of the directory', () => {
    const missing = wording().filter((s) => !Object.hasOwn(crisisDirectoryWordingEs, s));
    expect(missing).toEqual([]);
  });

  it('keeps no wording that the directory no longer uses', () => {
    const used = new Set(wording());
    expect(Object.keys(crisisDirectoryWordingEs).filter((k) => !used.has(k))).toEqual([]);
  });

  it('changes only words: every number, keyword, link, source and date is the same', () => {
    for (const country of crisisDirectory) {
      const es = localizeCountry(country, 'es');
      expect(es.emergency.map((e) => e.number)).toEqual(country.emergency.map((e) => e.number));
      expect(
        es.lines.map((l) => [l.id, l.name, l.hours, l.languages, l.source, l.verifiedOn]),
      ).toEqual(
        country.lines.map((l) => [l.id, l.name, l.hours, l.languages, l.source, l.verifiedOn]),
      );
      expect(es.lines.flatMap((l) => l.methods.map(methodHref))).toEqual(
        country.lines.flatMap((l) => l.methods.map(methodHref)),
      );
    }
  });

  it('the US 988 Spanish option says how to reach a Spanish-speaking counsellor', () => {
    const entry = findCountry('US');
    if (!entry) throw new Error('no US entry');
    const us = localizeCountry(entry, 'es');
    const spanish = us.lines.find((l) => l.id === 'us-988-lifeline-spanish');
    expect(spanish?.methods[0]?.note).toBe('luego marca el 2 para hablar en español');
    expect(spanish?.methods[1]).toEqual({ kind: 'text', number: '988', keyword: 'AYUDA' });
  });

  it('leaves English as it is, and shows hours in Spanish', () => {
    const gb = findCountry('GB');
    expect(gb && localizeCountry(gb, 'en')).toBe(gb);
    expect(directoryText('24/7', 'es')).toBe('24 horas, todos los días');
    expect(directoryText('24/7', 'en')).toBe('24/7');
    expect(directoryText('something new', 'es')).toBe('something new');
  });
});
