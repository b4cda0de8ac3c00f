// Which country's help to show: the person's explicit choice (kept on this device), else a
// guess from the browser's languages, else "my country isn't listed". Pure, so it is tested
// without a browser; use-country.ts wires it to localStorage.
import { type CountryCode, fail, ok, type Result } from '@onward/core';

/** localStorage key for the explicit choice. Nothing else about the person is stored here. */
export const COUNTRY_STORAGE_KEY = 'onward.country';

/** The select's value, and the stored value, for "My country isn't listed". */
export const NOT_LISTED = 'other';

export type CountryChoice = CountryCode | typeof NOT_LISTED;

export interface ResolvedCountry {
  choice: CountryChoice;
  /** Where the choice came from: the person, the browser's languages, or nowhere. */
  source: 'explicit' | 'guess' | 'none';
}

/**
 * Reads a stored choice. localStorage is outside our control (older versions, extensions,
 * a person editing it), so anything that is not a country we list, or NOT_LISTED, is ignored.
 */
export function parseStoredChoice(
  raw: string | null | undefined,
  known: readonly CountryCode[],
): CountryChoice | undefined {
  if (typeof raw !== 'string') return undefined;
  if (raw === NOT_LISTED) return NOT_LISTED;
  return known.includes(raw) ? raw : undefined;
}

export function resolveCountry(
  explicit: CountryChoice | undefined,
  guess: CountryCode | null | undefined,
): ResolvedCountry {
  if (explicit !== undefined) return { choice: explicit, source: 'explicit' };
  if (guess) return { choice: guess, source: 'guess' };
  return { choice: NOT_LISTED, source: 'none' };
}

type ReadableStorage = Pick<Storage, 'getItem'>;
type WritableStorage = Pick<Storage, 'setItem'>;

export function readChoice(
  storage: ReadableStorage | undefined,
  known: readonly CountryCode[],
): CountryChoice | undefined {
  try {
    return parseStoredChoice(storage?.getItem(COUNTRY_STORAGE_KEY), known);
  } catch {
    // Storage can throw when blocked (some private modes, strict cookie settings).
    return undefined;
  }
}

export function writeChoice(
  storage: WritableStorage | undefined,
  choice: CountryChoice,
): Result<void, 'storage-unavailable'> {
  if (!storage) return fail('storage-unavailable');
  try {
    storage.setItem(COUNTRY_STORAGE_KEY, choice);
    return ok(undefined);
  } catch (error) {
    return fail('storage-unavailable', String(error));
  }
}
