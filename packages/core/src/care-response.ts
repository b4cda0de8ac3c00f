// Which record calls for which caring response. ONE rule for every path that records how the
// person is (an urge log entry, a diary card, a PHQ-9 check-in), so the three cannot drift apart:
//
//   - 'after-acting': the person recorded acting on an urge to self-harm, or acting on thoughts of
//     suicide. Response: a calm safety check ("are you safe?") with the emergency number and the
//     first-aid guidance, then the person's own safety plan and the 24/7 lines. First aid is
//     offered for both, because acting on suicidal thoughts can also mean an injury or poisoning.
//   - 'thoughts': the person recorded thoughts of suicide or self-harm without acting (PHQ-9
//     item 9 above "not at all", or a suicidal-thoughts urge above 0 on the diary card).
//     Response: gently show the safety plan and the 24/7 lines, nothing more.
//   - 'none': nothing extra.
//
// Never a risk score or level: these are not grades of the person, only which help to show.
// Nothing here alerts anyone; the response is shown to the person, on their device, and only
// once per change (an edit that does not newly call for a response shows none).
import type { Instrument } from './assessments.ts';
import type { DiaryCard } from './diary-card.ts';
import type { UrgeEntry } from './urge-log.ts';

export type CareResponse = 'none' | 'thoughts' | 'after-acting';

export type CareRecord =
  | { kind: 'urge'; entry: Pick<UrgeEntry, 'acted'> }
  | { kind: 'diary'; card: Pick<DiaryCard, 'targets'> }
  | { kind: 'check-in'; instrument: Instrument; answers: readonly number[] };

/** What each response shows. Screens read these flags rather than the response names. */
export interface CareParts {
  /** "Are you safe right now?" with the emergency number first. */
  safetyCheck: boolean;
  /** The first-aid guidance (when to call, when to go, when to get advice). */
  firstAid: boolean;
  /** The person's own safety plan and the 24/7 crisis lines of their country. */
  planAndLines: boolean;
}

const PARTS: Record<CareResponse, CareParts> = {
  none: { safetyCheck: false, firstAid: false, planAndLines: false },
  thoughts: { safetyCheck: false, firstAid: false, planAndLines: true },
  'after-acting': { safetyCheck: true, firstAid: true, planAndLines: true },
};

const ORDER: readonly CareResponse[] = ['none', 'thoughts', 'after-acting'];

/** The response a record calls for, on its own. */
export function careResponseFor(record: CareRecord): CareResponse {
  switch (record.kind) {
    case 'urge':
      return record.entry.acted ? 'after-acting' : 'none';
    case 'diary': {
      const { selfHarm, suicidalThoughts } = record.card.targets;
      if (selfHarm.acted === true || suicidalThoughts.acted === true) return 'after-acting';
      if ((suicidalThoughts.urge ?? 0) > 0) return 'thoughts';
      return 'none';
    }
    case 'check-in':
      // PHQ-9 item 9 (index 8): thoughts of being better off dead or of self-harm.
      return record.instrument === 'phq9' && (record.answers[8] ?? 0) > 0 ? 'thoughts' : 'none';
  }
}

/**
 * The response to show after saving `record`, given what was stored before (undefined for a new
 * record): the record's response when it asks for more care than the stored one did, else 'none'.
 * So re-saving a card to fix a typo does not reopen the safety check.
 */
export function careResponseOnSave(record: CareRecord, before?: CareRecord): CareResponse {
  const now = careResponseFor(record);
  if (!before) return now;
  return ORDER.indexOf(now) > ORDER.indexOf(careResponseFor(before)) ? now : 'none';
}

export function careParts(response: CareResponse): CareParts {
  return PARTS[response];
}
