// The country choice as app state: read once from localStorage, guessed from the browser's
// languages when there is no explicit choice, and written back whenever the person picks one
// (on /help or /settings). Nothing about it ever leaves the device.
import { guessCountry, type Result } from '@onward/core';
import { useEffect, useState } from 'preact/hooks';
import { knownCountries } from '../crisis/directory.ts';
import {
  type CountryChoice,
  type ResolvedCountry,
  readChoice,
  resolveCountry,
  writeChoice,
} from './country-choice.ts';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Accessing localStorage itself throws when storage is blocked.
    return undefined;
  }
}

const guess = guessCountry(navigator.languages ?? [navigator.language], knownCountries);

let explicit = readChoice(storage(), knownCountries);
let lastSave: Result<void, 'storage-unavailable'> | undefined;
const listeners = new Set<() => void>();

export interface CountryState extends ResolvedCountry {
  /** The outcome of the last save in this session, if the person changed the country. */
  lastSave: Result<void, 'storage-unavailable'> | undefined;
}

function snapshot(): CountryState {
  return { ...resolveCountry(explicit, guess), lastSave };
}

export function chooseCountry(choice: CountryChoice): void {
  explicit = choice;
  // Even when the browser will not keep it, the choice holds for this session.
  lastSave = writeChoice(storage(), choice);
  for (const listener of listeners) listener();
}

export function useCountry(): CountryState {
  const [state, setState] = useState(snapshot);
  useEffect(() => {
    const update = () => setState(snapshot());
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, []);
  return state;
}
