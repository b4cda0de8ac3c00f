import { describe, expect, it } from 'vitest';
import {
  draftFromEntry,
  emptyUrgeDraft,
  entryFromDraft,
  groupByDay,
  readUrgeEntry,
  type UrgeDraft,
  urgeDraftProblems,
} from './urge-log.ts';

const NOW = Date.parse('2026-03-10T20:00:00Z');
const stamp = { at: '2026-03-10T19:55:00.000Z', day: '2026-03-10', offsetMinutes: 0 };

const draft = (over: Partial<UrgeDraft> = {}): UrgeDraft => ({
  ...emptyUrgeDraft(),
  stamp,
  urge: 6,
  acted: false,
  ...over,
});

describe('urge log drafts', () => {
  it('needs when, an urge from 0 to 10, and yes or no', () => {
    expect(urgeDraftProblems(emptyUrgeDraft(), NOW)).toEqual({
      when: 'missing',
      urge: 'missing',
      acted: 'missing',
    });
    expect(urgeDraftProblems(draft({ urge: 11 }), NOW)).toEqual({ urge: 'out-of-range' });
    expect(urgeDraftProblems(draft({ urge: 2.5 }), NOW)).toEqual({ urge: 'out-of-range' });
    expect(urgeDraftProblems(draft(), NOW)).toEqual({});
  });

  it('refuses a time in the future, allowing a minute for clocks', () => {
    const later = { ...stamp, at: '2026-03-10T20:05:00.000Z' };
    expect(urgeDraftProblems(draft({ stamp: later }), NOW)).toEqual({ when: 'in-future' });
    const justNow = { ...stamp, at: '2026-03-10T20:00:30.000Z' };
    expect(urgeDraftProblems(draft({ stamp: justNow }), NOW)).toEqual({});
  });

  it('builds an entry with known codes only, own words trimmed and de-duplicated', () => {
    const result = entryFromDraft(
      draft({
        emotions: ['sad', 'sad', 'not-an-emotion'],
        triggers: ['boredom', 'made-up'],
        ownTriggers: ['  late night scrolling ', 'Late night scrolling', ''],
        helped: ['breathing', 'breathing'],
        helpedOther: '  a walk ',
        note: ' ok ',
        acted: true,
      }),
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        v: 1,
        ...stamp,
        urge: 6,
        emotions: ['sad'],
        triggers: ['boredom'],
        ownTriggers: ['late night scrolling'],
        acted: true,
        helped: ['breathing'],
        helpedOther: 'a walk',
        note: 'ok',
      },
    });
  });

  it('says which fields need attention instead of saving', () => {
    expect(entryFromDraft(draft({ acted: null }), NOW)).toEqual({
      ok: false,
      reason: 'incomplete',
      detail: 'acted',
    });
  });

  it('round-trips an entry through a draft for editing', () => {
    const entry = entryFromDraft(draft({ emotions: ['numb'] }), NOW);
    if (!entry.ok) throw new Error('expected an entry');
    expect(entryFromDraft(draftFromEntry(entry.value), NOW)).toEqual(entry);
  });

  it('has no field for what, how or how much: acted is yes or no only', () => {
    const entry = entryFromDraft(draft(), NOW);
    if (!entry.ok) throw new Error('expected an entry');
    expect(Object.keys(entry.value).sort()).toEqual(
      [
        'v',
        'at',
        'day',
        'offsetMinutes',
        'urge',
        'emotions',
        'triggers',
        'ownTriggers',
        'acted',
        'helped',
        'helpedOther',
        'note',
      ].sort(),
    );
    expect(typeof entry.value.acted).toBe('boolean');
  });
});

describe('reading stored entries', () => {
  it('drops malformed records and unknown codes', () => {
    const entry = entryFromDraft(draft({ triggers: ['boredom'] }), NOW);
    if (!entry.ok) throw new Error('expected an entry');
    expect(readUrgeEntry(entry.value)).toEqual(entry.value);
    expect(readUrgeEntry({ ...entry.value, urge: 12 })).toBeUndefined();
    expect(readUrgeEntry({ ...entry.value, day: '2026-02-30' })).toBeUndefined();
    expect(readUrgeEntry({ ...entry.value, acted: 'yes' })).toBeUndefined();
    expect(readUrgeEntry({ ...entry.value, triggers: ['boredom', 7, 'x'] })?.triggers).toEqual([
      'boredom',
    ]);
    expect(readUrgeEntry('nope')).toBeUndefined();
  });
});

describe('groupByDay', () => {
  it('puts the newest day first and the newest entry first within a day', () => {
    const e = (day: string, at: string) => ({ day, at });
    const groups = groupByDay([
      e('2026-03-01', '2026-03-01T08:00:00Z'),
      e('2026-03-02', '2026-03-02T09:00:00Z'),
      e('2026-03-01', '2026-03-01T22:00:00Z'),
    ]);
    expect(groups.map((g) => [g.day, g.entries.map((x) => x.at)])).toEqual([
      ['2026-03-02', ['2026-03-02T09:00:00Z']],
      ['2026-03-01', ['2026-03-01T22:00:00Z', '2026-03-01T08:00:00Z']],
    ]);
  });
});
