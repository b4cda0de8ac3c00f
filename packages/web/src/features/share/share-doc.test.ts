import { describe, expect, it } from 'vitest';
import { readSharePayload } from './share-doc.ts';

const good = {
  v: 1,
  kind: 'report',
  lang: 'es',
  title: 'Informe',
  subtitle: ['Del 1 al 7'],
  madeAt: '2026-12-02T12:00:00.000Z',
  blocks: [
    { t: 'h2', x: 'Semanas' },
    { t: 'p', x: '<img src=x onerror=alert(1)>' },
    { t: 'ul', items: ['uno', 'dos'] },
    { t: 'table', caption: '', head: ['a'], rows: [['1'], ['2']] },
  ],
};

describe('readSharePayload (payload v1)', () => {
  it('reads a valid document, markup-looking text included (shown as text)', () => {
    expect(readSharePayload(JSON.stringify(good))).toEqual(good);
  });

  it('refuses anything else rather than guessing', () => {
    const bad: unknown[] = [
      { ...good, v: 2 },
      { ...good, kind: 'journal' },
      { ...good, lang: 'en"><script' },
      { ...good, madeAt: 'yesterday' },
      { ...good, blocks: [{ t: 'script', x: 'x' }] },
      { ...good, blocks: [{ t: 'ul', items: [1] }] },
      { ...good, blocks: [{ t: 'table', caption: '', head: [], rows: [[{}]] }] },
      { ...good, blocks: Array.from({ length: 5000 }, () => ({ t: 'p', x: 'x' })) },
      { ...good, title: 'x'.repeat(20_001) },
      null,
      [],
    ];
    for (const value of bad) expect(readSharePayload(JSON.stringify(value))).toBeUndefined();
    expect(readSharePayload('{not json')).toBeUndefined();
  });
});
