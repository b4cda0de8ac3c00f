// The FHIR R4 export: a Bundle (type "collection") with, for each PHQ-9 and GAD-7 check-in in the
// range, one QuestionnaireResponse (the answers, each item by its LOINC code, each answer by its
// LOINC answer code from list LL358-3) and one Observation (the total score, the items as
// components, derived from the QuestionnaireResponse). A clinic's record system can import it.
// Codes checked against LOINC (see docs/export-format.md, "FHIR"). There is no Patient resource:
// the person decides whom to give the file to, and the clinic attaches it to its own record.
//
// Ids are derived from each check-in's record id, so exporting twice gives the same ids and a
// receiving system can tell a re-import from a new check-in.
import { type Instrument, scoreAnswers } from './assessments.ts';
import { type ExportInput, exportRecords, isoWithOffset } from './export-records.ts';

export const LOINC = 'http://loinc.org';

interface InstrumentCodes {
  panel: { code: string; display: string };
  total: { code: string; display: string };
  items: readonly string[];
}

export const FHIR_CODES: Record<Instrument, InstrumentCodes> = {
  phq9: {
    panel: { code: '44249-1', display: 'PHQ-9 quick depression assessment panel [Reported.PHQ]' },
    total: {
      code: '44261-6',
      display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
    },
    items: [
      '44250-9',
      '44255-8',
      '44259-0',
      '44254-1',
      '44251-7',
      '44258-2',
      '44252-5',
      '44253-3',
      '44260-8',
    ],
  },
  gad7: {
    panel: { code: '69737-5', display: 'Generalized anxiety disorder 7 item (GAD-7)' },
    total: {
      code: '70274-6',
      display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]',
    },
    items: ['69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69689-8', '69736-7'],
  },
};

/** LOINC answer list LL358-3, by the answer's score 0–3. */
export const ANSWER_CODES = [
  { code: 'LA6568-5', display: 'Not at all' },
  { code: 'LA6569-3', display: 'Several days' },
  { code: 'LA6570-1', display: 'More than half the days' },
  { code: 'LA6571-9', display: 'Nearly every day' },
] as const;

/** A stable UUID (RFC 9562 version 8 layout) from text: the same text, the same UUID. */
export function stableUuid(text: string): string {
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
      h ^= h >>> 13;
    }
    return h >>> 0;
  });
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  const variant = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// Minimal shapes of the resources produced (the tests validate them with a FHIR validator).
export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}
export interface FhirResource {
  resourceType: string;
  id?: string;
  [field: string]: unknown;
}
export interface FhirBundle {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
}

const coding = (code: string, display?: string): FhirCoding =>
  display === undefined ? { system: LOINC, code } : { system: LOINC, code, display };

export function exportFhir(input: ExportInput): FhirBundle {
  const { checkIns } = exportRecords(input);
  const entry: FhirBundle['entry'] = [];
  for (const { id, value: c } of checkIns) {
    const score = scoreAnswers(c.instrument, c.answers);
    if (!score.ok) continue;
    const codes = FHIR_CODES[c.instrument];
    const when = isoWithOffset(c.at, c.offsetMinutes);
    const qrId = stableUuid(`${id}/questionnaire-response`);
    const obsId = stableUuid(`${id}/observation`);
    const answerCoding = (a: number) => {
      const answer = ANSWER_CODES[a] as (typeof ANSWER_CODES)[number];
      return coding(answer.code, answer.display);
    };
    entry.push({
      fullUrl: `urn:uuid:${qrId}`,
      resource: {
        resourceType: 'QuestionnaireResponse',
        id: qrId,
        questionnaire: `${LOINC}/q/${codes.panel.code}`,
        status: 'completed',
        authored: when,
        item: [
          ...codes.items.map((linkId, i) => ({
            linkId,
            answer: [{ valueCoding: answerCoding(c.answers[i] as number) }],
          })),
          { linkId: codes.total.code, answer: [{ valueInteger: score.value.total }] },
        ],
      },
    });
    entry.push({
      fullUrl: `urn:uuid:${obsId}`,
      resource: {
        resourceType: 'Observation',
        id: obsId,
        status: 'final',
        category: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/observation-category',
                code: 'survey',
                display: 'Survey',
              },
            ],
          },
        ],
        code: { coding: [coding(codes.total.code, codes.total.display)] },
        effectiveDateTime: when,
        issued: input.exportedAt,
        valueInteger: score.value.total,
        derivedFrom: [{ reference: `urn:uuid:${qrId}` }],
        component: codes.items.map((code, i) => ({
          code: { coding: [coding(code)] },
          valueCodeableConcept: { coding: [answerCoding(c.answers[i] as number)] },
        })),
      },
    });
  }
  return {
    resourceType: 'Bundle',
    id: stableUuid(`bundle/${input.from}/${input.to}/${input.exportedAt}`),
    type: 'collection',
    timestamp: input.exportedAt,
    entry,
  };
}
