// Everything insights, the report and the exports read, from the vault, through the journal's
// and toolkit's defensive readers, recomputed whenever one of those kinds of record changes.
import type { CheckIn, DiaryCard, ToolUse, UrgeEntry } from '@onward/core';
import type { WithId } from '@onward/core/insights';
import { useEffect, useState } from 'preact/hooks';
import { vault } from '../../vault/index.ts';
import { checkIns, diaryCards, urgeEntries } from '../journal/records.ts';
import '../tools/records.ts';

export interface AllRecords {
  entries: WithId<UrgeEntry>[];
  cards: DiaryCard[];
  checkIns: WithId<CheckIn>[];
  toolUses: WithId<ToolUse>[];
}

const isRating = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) >= 0);

function toolUses(): WithId<ToolUse>[] {
  return vault.list('tool-use').flatMap((r) => {
    const v = r.value as Partial<ToolUse> | undefined;
    if (
      typeof v?.tool !== 'string' ||
      typeof v.startedAt !== 'string' ||
      Number.isNaN(Date.parse(v.startedAt)) ||
      !isRating(v.urgeBefore) ||
      !isRating(v.urgeAfter)
    ) {
      return [];
    }
    return [{ id: r.id, value: v as ToolUse }];
  });
}

export function allRecords(): AllRecords {
  return {
    entries: urgeEntries(),
    cards: diaryCards(),
    checkIns: checkIns(),
    toolUses: toolUses(),
  };
}

const KINDS = new Set(['journal-urge', 'journal-diary', 'journal-check-in', 'tool-use']);

export function useAllRecords(): AllRecords {
  const [records, setRecords] = useState(allRecords);
  useEffect(() => {
    setRecords(allRecords());
    return vault.subscribe((kind) => {
      if (KINDS.has(kind)) setRecords(allRecords());
    });
  }, []);
  return records;
}

/** The device's UTC offset at an instant (its time zone, with DST as it was then). */
export const deviceOffsetAt = (ms: number): number => -new Date(ms).getTimezoneOffset() || 0;
