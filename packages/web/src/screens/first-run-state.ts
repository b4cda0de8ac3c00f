// The first run's progress, kept in localStorage (outside the vault: it must be known before
// anything is unlocked, and it says nothing about the person's records). Pure, so it is tested
// without a browser; first-run.tsx wires it to the page.
//
// Stored values: 'done' (finished, or a returning person was recognised), 'skipped' (the person
// skipped it: never shown again) or the step to show next, '1' to '3'. Anything else (an older
// build, an extension, a person editing it) is read as "not started".

export const FIRST_RUN_STORAGE_KEY = 'onward.firstRun';

export const FIRST_RUN_STEPS = 3;

export type FirstRunStep = 1 | 2 | 3;

export type FirstRunState = { kind: 'new' } | { kind: 'at'; step: FirstRunStep } | { kind: 'over' };

export function parseFirstRun(raw: string | null | undefined): FirstRunState {
  if (raw === 'done' || raw === 'skipped') return { kind: 'over' };
  if (raw === '1' || raw === '2' || raw === '3')
    return { kind: 'at', step: Number(raw) as FirstRunStep };
  return { kind: 'new' };
}

/** What the app knows of this person on this device, before and after the vault opens. */
export interface Returning {
  /** The person chose a country themselves (on /help or in settings). */
  countryChosen: boolean;
  /** The vault's state: only an open vault says whether anything is stored. */
  vault: 'opening' | 'locked' | 'unlocked' | 'unavailable';
  hasPasscode: boolean;
  /** Anything of theirs is stored (journal, plan, tools, hope box). */
  hasRecords: boolean;
}

export type FirstRunDecision =
  /** Not known yet (the vault is still opening): show nothing, decide once it has opened. */
  | 'wait'
  /** Show this step. */
  | FirstRunStep
  /** Never show it; `remember` says to store 'done' so a returning person is never asked. */
  | { hide: true; remember: boolean };

/**
 * Whether to show the first run, and which step. A person who has started it sees the step they
 * reached. Someone who has not, but has used Onward on this device already (a country chosen, a
 * passcode, anything stored) is a returning person: never shown, and remembered as such.
 */
export function decideFirstRun(state: FirstRunState, who: Returning): FirstRunDecision {
  if (state.kind === 'over') return { hide: true, remember: false };
  if (state.kind === 'at') return state.step;
  if (who.countryChosen || who.hasPasscode || who.vault === 'locked') {
    return { hide: true, remember: true };
  }
  if (who.vault === 'opening') return 'wait';
  if (who.hasRecords) return { hide: true, remember: true };
  return 1;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function readFirstRun(storage: Store | undefined): FirstRunState {
  try {
    return parseFirstRun(storage?.getItem(FIRST_RUN_STORAGE_KEY));
  } catch {
    // Blocked storage throws on access: treat as not started (shown, and skippable).
    return { kind: 'new' };
  }
}

/** Keeps the first run's progress; false if the browser would not keep it (it still holds in this visit). */
export function writeFirstRun(
  storage: Store | undefined,
  value: 'done' | 'skipped' | FirstRunStep,
): boolean {
  try {
    if (!storage) return false;
    storage.setItem(FIRST_RUN_STORAGE_KEY, String(value));
    return true;
  } catch {
    return false;
  }
}
