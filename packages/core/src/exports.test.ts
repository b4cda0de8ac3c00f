// The three exports on a small hand-made set of records: CSV (BOM, quoting, offsets, codes),
// JSON (codes, never labels) and FHIR R4 (every resource checked by a real FHIR validator).
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCsv } from './export-csv.ts';
import { exportFhir, FHIR_CODES, stableUuid } from './export-fhir.ts';
import { exportJson } from './export-json.ts';
import { type ExportInput, isoWithOffset } from './export-records.ts';
import { fhirProblems, loadFhirDefinitions } from './fhir-validator.test-helper.ts';
import { checkIn, diaryCard, toolUse, urgeEntry } from './insights-test-data.ts';

const input: ExportInput = {
  from: '2026-03-01',
  to: '2026-03-31',
  exportedAt: '2026-04-01T10:00:00.000Z',
  notes: false,
  offsetAt: () => 60,
  entries: [
    {
      id: 'e2',
      value: urgeEntry('2026-03-04T21:15:00.000Z', 7, true, {
        offsetMinutes: -300,
        triggers: ['shame', 'relationship-conflict'],
        emotions: ['lonely'],
        ownTriggers: ['=SUM(A1)', 'a, "quoted" word'],
        helped: ['breathing'],
        note: 'private words',
      }),
    },
    { id: 'e1', value: urgeEntry('2026-03-02T08:00:00.000Z', 4, false) },
    { id: 'old', value: urgeEntry('2026-02-20T08:00:00.000Z', 4, false) },
  ],
  cards: [diaryCard('2026-03-03', { urge: 2, acted: false }, { skills: 5, sadness: 1 })],
  checkIns: [
    { id: 'c1', value: checkIn('phq9', '2026-03-05T09:30:00.000Z', [0, 1, 2, 3, 0, 1, 2, 3, 0]) },
    { id: 'c2', value: checkIn('gad7', '2026-03-06T09:30:00.000Z', [3, 3, 2, 2, 1, 1, 0]) },
  ],
  toolUses: [{ id: 't1', value: toolUse('grounding', '2026-03-02T08:05:00.000Z', 6, 3) }],
};

describe('isoWithOffset', () => {
  it('writes the local time with its offset', () => {
    expect(isoWithOffset('2026-03-29T00:30:00.000Z', 60)).toBe('2026-03-29T01:30:00+01:00');
    expect(isoWithOffset('2026-03-05T02:00:00.000Z', -300)).toBe('2026-03-04T21:00:00-05:00');
    expect(isoWithOffset('2026-03-05T02:00:00.000Z', 330)).toBe('2026-03-05T07:30:00+05:30');
  });
});

describe('CSV', () => {
  const files = exportCsv(input);
  const file = (name: string) => files.find((f) => f.name === name)?.text ?? '';

  it('one file per kind, UTF-8 with a BOM and CRLF', () => {
    expect(files.map((f) => f.name)).toEqual([
      'onward-urge-log.csv',
      'onward-diary-cards.csv',
      'onward-check-ins.csv',
      'onward-tool-uses.csv',
    ]);
    for (const f of files) {
      expect(f.text.startsWith('\uFEFF')).toBe(true);
      expect(f.text.endsWith('\r\n')).toBe(true);
    }
  });

  it('urge log rows oldest first, by codes, offsets kept, formulas guarded, notes left out', () => {
    const lines = file('onward-urge-log.csv').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'id,at,day,urge,acted,emotions,triggers,own_triggers,helped,helped_other,note',
    );
    expect(lines[1]).toBe('e1,2026-03-02T08:00:00+00:00,2026-03-02,4,no,,,,,,');
    expect(lines[2]).toBe(
      `e2,2026-03-04T16:15:00-05:00,2026-03-04,7,yes,lonely,shame;relationship-conflict,"'=SUM(A1);a, ""quoted"" word",breathing,,`,
    );
    expect(lines).toHaveLength(4); // header, two rows, the final empty line
  });

  it('notes only when chosen', () => {
    const withNotes = exportCsv({ ...input, notes: true })[0]?.text ?? '';
    expect(withNotes).toContain('private words');
    expect(file('onward-urge-log.csv')).not.toContain('private words');
  });

  it('check-ins with total, band and items; tool uses in the injected zone', () => {
    const checkLines = file('onward-check-ins.csv').slice(1).split('\r\n');
    expect(checkLines[0]).toBe(
      'id,instrument,at,day,total,band,item_1,item_2,item_3,item_4,item_5,item_6,item_7,item_8,item_9,difficulty',
    );
    expect(checkLines[1]).toBe(
      'c1,phq9,2026-03-05T09:30:00+00:00,2026-03-05,12,moderate,0,1,2,3,0,1,2,3,0,',
    );
    expect(checkLines[2]).toBe(
      'c2,gad7,2026-03-06T09:30:00+00:00,2026-03-06,12,moderate,3,3,2,2,1,1,0,,,',
    );
    expect(file('onward-tool-uses.csv')).toContain(
      't1,grounding,2026-03-02T09:05:00+01:00,,2026-03-02,6,3,',
    );
    const diary = file('onward-diary-cards.csv').slice(1).split('\r\n');
    expect(diary[0]?.split(',').slice(0, 3)).toEqual(['day', 'selfHarm_urge', 'selfHarm_acted']);
    expect(diary[1]?.startsWith('2026-03-03,2,no,')).toBe(true);
  });
});

describe('JSON', () => {
  const doc = JSON.parse(exportJson(input));

  it('is versioned and uses codes, not labels', () => {
    expect(doc).toMatchObject({
      format: 'onward-export',
      v: 1,
      range: { from: '2026-03-01', to: '2026-03-31' },
    });
    expect(doc.urgeLog.map((e: { id: string }) => e.id)).toEqual(['e1', 'e2']);
    expect(doc.urgeLog[1]).toMatchObject({
      at: '2026-03-04T16:15:00-05:00',
      triggers: ['shame', 'relationship-conflict'],
      emotions: ['lonely'],
      helped: ['breathing'],
    });
    expect(doc.urgeLog[1].note).toBeUndefined();
    expect(doc.checkIns[0]).toMatchObject({ instrument: 'phq9', total: 12, band: 'moderate' });
    expect(doc.toolUses[0]).toMatchObject({
      tool: 'grounding',
      startedAt: '2026-03-02T09:05:00+01:00',
    });
    expect(doc.diaryCards[0].targets.selfHarm).toEqual({ urge: 2, acted: false });
  });
});

describe('FHIR R4', () => {
  const bundle = exportFhir(input);
  // Loading the definitions is slow on a busy machine; it is set-up, not what is tested.
  beforeAll(loadFhirDefinitions, 180_000);

  it('a QuestionnaireResponse and an Observation per check-in, LOINC-coded', () => {
    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual([
      'QuestionnaireResponse',
      'Observation',
      'QuestionnaireResponse',
      'Observation',
    ]);
    const [qr, obs] = bundle.entry.map((e) => e.resource);
    expect(qr).toMatchObject({
      questionnaire: 'http://loinc.org/q/44249-1',
      authored: '2026-03-05T09:30:00+00:00',
    });
    const items = qr?.item as { linkId: string; answer: { valueCoding?: { code: string } }[] }[];
    expect(items.map((i) => i.linkId)).toEqual([...FHIR_CODES.phq9.items, '44261-6']);
    expect(items[3]?.answer[0]?.valueCoding?.code).toBe('LA6571-9');
    expect(obs).toMatchObject({
      code: { coding: [{ system: 'http://loinc.org', code: '44261-6' }] },
      valueInteger: 12,
      effectiveDateTime: '2026-03-05T09:30:00+00:00',
    });
    const gadObs = bundle.entry[3]?.resource;
    expect(gadObs).toMatchObject({ code: { coding: [{ code: '70274-6' }] }, valueInteger: 12 });
  });

  it('every resource, and the bundle, passes the FHIR R4 validator', () => {
    for (const e of bundle.entry) {
      expect(fhirProblems(e.resource), e.resource.resourceType).toEqual([]);
      expect(e.fullUrl).toBe(`urn:uuid:${e.resource.id}`);
    }
    expect(fhirProblems(bundle)).toEqual([]);
  });

  it('the validator does catch a broken resource (so the check above can fail)', () => {
    const broken = { ...bundle.entry[1]?.resource, status: 'not-a-status', valueInteger: 'x' };
    expect(fhirProblems(broken as { resourceType: string }).length).toBeGreaterThan(0);
  });

  it('ids are stable UUIDs', () => {
    expect(stableUuid('c1')).toBe(stableUuid('c1'));
    expect(stableUuid('c1')).not.toBe(stableUuid('c2'));
    expect(stableUuid('c1')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(exportFhir(input)).toEqual(bundle);
  });
});
