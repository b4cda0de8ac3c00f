// The country choice as app state: read once from localStorage, guessed from the browser's
// languages when there is no explicit choice, and written back whenever the person picks one
// (on /help or /settings). Nothing about it ever leaves the device.
import { guessCountry, type Result } from '@onward/core';
import { useEffect, useState } from 'preact/hooks';
import { knownCountries } from '../crisis/directory.ts';
import { localStore } from '../local-store.ts';
import {
  type CountryChoice,
  type ResolvedCountry,
  readChoice,
  resolveCountry,
  writeChoice,
} from './country-choice.ts';

// The build-time prerender (import.meta.env.SSR, in Node) knows nobody's country: no guess and
// no stored choice, so the help screens render the "no country known" state, which names only
// numbers that work without knowing the country (see prerender.tsx). The app replaces it on
// start. The client build folds the flag away.
const guess = import.meta.env.SSR
  ? null
  : guessCountry(navigator.languages ?? [navigator.language], knownCountries);

let explicit = import.meta.env.SSR ? undefined : readChoice(localStore(), knownCountries);
let lastSave: Result<void, 'storage-unavailable'> | undefined;
const listeners = new Set<() => void>();

export interface CountryState extends ResolvedCountry {
  /** The outcome of the last save in this session, if the person changed the country. */
  lastSave: Result<void, 'storage-unavailable'> | undefined;
}

function snapshot(): CountryState {
  return { ...resolveCountry(explicit, guess), lastSave };
}

/** The country the help screens show now. */
export function currentCountry(): CountryChoice {
  return snapshot().choice;
}

export function chooseCountry(choice: CountryChoice): void {
  explicit = choice;
  // Even when the browser will not keep it, the choice holds for this session.
  lastSave = writeChoice(localStore(), choice);
  // The stylesheet shows the country content that <html data-country> names (for-country.tsx).
  document.documentElement.dataset.country = currentCountry();
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
