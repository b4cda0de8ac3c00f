import { describe, expect, it } from 'vitest';
import { diaryWeek, emptyDiaryCard, isBlankCard, readDiaryCard } from './diary-card.ts';

describe('diary card', () => {
  it('starts blank: nothing is a zero until the person says so', () => {
    const card = emptyDiaryCard('2026-03-02');
    expect(isBlankCard(card)).toBe(true);
    expect(card.targets.selfHarm).toEqual({ urge: null, acted: null });
    expect(card.skills).toBeNull();
    card.emotions.joy = 0;
    expect(isBlankCard(card)).toBe(false);
  });

  it('reads stored cards, turning out-of-range values into blanks', () => {
    const card = emptyDiaryCard('2026-03-02');
    card.targets.selfHarm = { urge: 3, acted: false };
    card.skills = 5;
    card.customTargets.t1 = { urge: 2, acted: true };
    expect(readDiaryCard(card)).toEqual(card);
    const odd = {
      ...card,
      skills: 9,
      distress: -1,
      medication: 'maybe',
      emotions: { ...card.emotions, anger: 6 },
      targets: { ...card.targets, substances: { urge: 'x', acted: 1 } },
    };
    const read = readDiaryCard(odd);
    expect(read?.skills).toBeNull();
    expect(read?.distress).toBeNull();
    expect(read?.medication).toBeNull();
    expect(read?.emotions.anger).toBeNull();
    expect(read?.targets.substances).toEqual({ urge: null, acted: null });
    expect(readDiaryCard({ v: 2, day: '2026-03-02' })).toBeUndefined();
  });
});

describe('weekly grid', () => {
  it('has the days as columns, Monday first, and keeps missing days blank', () => {
    const tue = emptyDiaryCard('2026-03-03');
    tue.targets.selfHarm = { urge: 4, acted: false };
    tue.emotions.sadness = 3;
    tue.skills = 6;
    tue.distress = 7;
    tue.medication = 'yes';
    tue.note = ' talked to Sam ';
    const thu = emptyDiaryCard('2026-03-05');
    thu.targets.selfHarm = { urge: 2, acted: true };
    thu.customTargets.t1 = { urge: 1, acted: false };
    thu.customEmotions.e1 = 4;

    const week = diaryWeek([thu, tue], '2026-03-02', {
      targets: [{ id: 't1', label: 'Skipping meals' }],
      emotions: [{ id: 'e1', label: 'Worry' }],
    });
    expect(week.days[0]).toBe('2026-03-02');
    expect(week.days[6]).toBe('2026-03-08');
    expect(week.filled).toEqual([false, true, false, true, false, false, false]);

    const row = (kind: string, key?: string) =>
      week.rows.find(
        (r) =>
          r.kind === kind &&
          (key === undefined ||
            ('target' in r && r.target === key) ||
            ('emotion' in r && r.emotion === key) ||
            ('item' in r && r.item.id === key)),
      )?.cells;
    expect(row('target-urge', 'selfHarm')).toEqual([null, 4, null, 2, null, null, null]);
    expect(row('target-acted', 'selfHarm')).toEqual([null, false, null, true, null, null, null]);
    expect(row('emotion', 'sadness')).toEqual([null, 3, null, null, null, null, null]);
    expect(row('custom-urge', 't1')).toEqual([null, null, null, 1, null, null, null]);
    expect(row('custom-acted', 't1')).toEqual([null, null, null, false, null, null, null]);
    expect(row('custom-emotion', 'e1')).toEqual([null, null, null, 4, null, null, null]);
    expect(row('medication')).toEqual([null, 'yes', null, null, null, null, null]);
    expect(row('skills')).toEqual([null, 6, null, null, null, null, null]);
    expect(row('distress')).toEqual([null, 7, null, null, null, null, null]);
    expect(row('note')).toEqual([null, 'talked to Sam', null, null, null, null, null]);
  });

  it('lists the rows in paper-card order', () => {
    const kinds = diaryWeek([], '2026-03-02').rows.map((r) =>
      'target' in r ? `${r.kind}:${r.target}` : 'emotion' in r ? `${r.kind}:${r.emotion}` : r.kind,
    );
    expect(kinds).toEqual([
      'target-urge:selfHarm',
      'target-acted:selfHarm',
      'target-urge:suicidalThoughts',
      'target-acted:suicidalThoughts',
      'target-urge:substances',
      'target-acted:substances',
      'emotion:anger',
      'emotion:fear',
      'emotion:joy',
      'emotion:sadness',
      'emotion:shame',
      'medication',
      'skills',
      'distress',
      'note',
    ]);
  });
});
