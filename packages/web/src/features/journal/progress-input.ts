// The person's figures, from their records: the urge log, the diary cards and (when the toolkit
// has stored any) tool uses. Shared by the progress screen and the after-relapse message, so
// both always show the same numbers.
import { computeProgress, type Progress, type ProgressToolUse, stampAt } from '@onward/core';
import { useEffect, useState } from 'preact/hooks';
import { vault } from '../../vault/index.ts';
import { today } from './dates.ts';
import { diaryCards, urgeEntries } from './records.ts';

/**
 * Toolkit uses carry the instant they started but not the local day, so the day is taken from
 * the instant in the device's current time zone. (If the toolkit stores the local day one day,
 * use it here instead: it would not move when the person travels.)
 */
function toolUses(): ProgressToolUse[] {
  return vault.list('tool-use').flatMap((r) => {
    const v = r.value as { tool?: unknown; startedAt?: unknown } | undefined;
    if (typeof v?.tool !== 'string' || typeof v.startedAt !== 'string') return [];
    const started = new Date(v.startedAt);
    if (Number.isNaN(started.getTime())) return [];
    return [{ day: stampAt(started).day, toolId: v.tool }];
  });
}

export function currentProgress(weeks = 8): Progress {
  return computeProgress({
    today: today(),
    entries: urgeEntries().map((e) => e.value),
    cards: diaryCards(),
    toolUses: toolUses(),
    weeks,
  });
}

const KINDS = new Set(['journal-urge', 'journal-diary', 'tool-use']);

/** The figures, recomputed whenever the records they come from change. */
export function useProgress(weeks = 8): Progress {
  const [progress, setProgress] = useState(() => currentProgress(weeks));
  useEffect(() => {
    setProgress(currentProgress(weeks));
    return vault.subscribe((kind) => {
      if (KINDS.has(kind)) setProgress(currentProgress(weeks));
    });
  }, [weeks]);
  return progress;
}
