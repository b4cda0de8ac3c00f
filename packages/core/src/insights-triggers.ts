// Triggers: which came up most often, and which most often came before acting on an urge.
// Counts only: a trigger is never given a "risk", a weight or a label beyond how often it was
// there. The person's own triggers are counted by their own words (case-insensitive).
import type { PeriodRecords, Sentence } from './insights-input.ts';
import { TRIGGERS } from './triggers.ts';

export interface TriggerCount {
  /** A taxonomy code, or the person's own words when `own`. */
  code: string;
  own: boolean;
  /** Log entries naming it. */
  count: number;
  /** Of those, entries where the person acted on the urge. */
  beforeActing: number;
}

export interface TriggersInsight {
  /** Every trigger named in the period, most often first. */
  counts: TriggerCount[];
  /** Triggers named on entries where the person acted, most often first (count ≥ 1). */
  beforeActing: TriggerCount[];
  /** Log entries naming at least one trigger. */
  entriesWithTriggers: number;
  sentence: Sentence;
  actedSentence: Sentence;
}

const TAXONOMY_ORDER = new Map<string, number>(TRIGGERS.map((t, i) => [t.code, i]));

/** Most often first; ties in taxonomy order, then own triggers alphabetically (order-free). */
function compare(a: TriggerCount, b: TriggerCount, key: 'count' | 'beforeActing'): number {
  if (b[key] !== a[key]) return b[key] - a[key];
  if (a.own !== b.own) return a.own ? 1 : -1;
  if (!a.own) return (TAXONOMY_ORDER.get(a.code) ?? 0) - (TAXONOMY_ORDER.get(b.code) ?? 0);
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export function triggersInsight(records: PeriodRecords): TriggersInsight {
  // Taxonomy codes and own words are kept apart, so a code and the same text never merge.
  const taxonomy = new Map<string, TriggerCount>();
  const own = new Map<string, TriggerCount>();
  let entriesWithTriggers = 0;
  const named: TriggerCount[] = [];
  const count = (map: Map<string, TriggerCount>, code: string, isOwn: boolean) => {
    let c = map.get(code);
    if (!c) {
      c = { code, own: isOwn, count: 0, beforeActing: 0 };
      map.set(code, c);
    }
    // Each trigger counts once per entry, however often it is listed.
    if (!named.includes(c)) named.push(c);
  };
  for (const e of records.entries) {
    named.length = 0;
    for (const code of e.triggers) count(taxonomy, code, false);
    for (const words of e.ownTriggers) {
      const text = words.trim().toLowerCase();
      if (text !== '') count(own, text, true);
    }
    if (named.length > 0) entriesWithTriggers++;
    for (const c of named) {
      c.count++;
      if (e.acted) c.beforeActing++;
    }
  }
  const all = [...taxonomy.values(), ...own.values()];
  const byCount = [...all].sort((a, b) => compare(a, b, 'count'));
  const beforeActing = all
    .filter((c) => c.beforeActing > 0)
    .sort((a, b) => compare(a, b, 'beforeActing'));
  const top = byCount[0];
  const topActed = beforeActing[0];
  return {
    counts: byCount,
    beforeActing,
    entriesWithTriggers,
    sentence: top
      ? {
          key: top.own ? 'insights.triggers.sentence.own' : 'insights.triggers.sentence',
          params: { trigger: top.code, count: top.count, entries: entriesWithTriggers },
        }
      : { key: 'insights.triggers.sentence.none', params: {} },
    actedSentence: topActed
      ? {
          key: topActed.own
            ? 'insights.triggers.actedSentence.own'
            : 'insights.triggers.actedSentence',
          params: { trigger: topActed.code, count: topActed.beforeActing },
        }
      : { key: 'insights.triggers.actedSentence.none', params: {} },
  };
}
