// Runs before the first paint of a prerendered help page: a tiny classic script in the page's
// <head> (built by build/prerender-plugin.ts, render-blocking like the stylesheet, fetched in
// parallel with it). It marks <html data-country> with the person's country, worked out exactly
// as the app does (use-country.ts): the choice kept on this device, else a guess from the
// browser's languages, else "not listed". The page holds every country's numbers and lines
// (country/for-country.tsx) and the stylesheet shows only the marked country's, so the person's
// own emergency number and lines paint first, and the app later takes over without changing
// what is on screen. It reads two things and writes one attribute; nothing leaves the device.
// With JavaScript off the mark is never made and the page shows the no-country numbers.
import { guessCountry } from '@onward/core';
import { readChoice, resolveCountry } from './country-choice.ts';

// The listed country codes, filled in at build time (a copy of the directory would be too big
// for a script that the first paint waits for).
declare const __ONWARD_COUNTRIES__: readonly string[];

try {
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined;
  }
  const languages = navigator.languages?.length ? navigator.languages : [navigator.language];
  const { choice } = resolveCountry(
    readChoice(storage, __ONWARD_COUNTRIES__),
    guessCountry(languages, __ONWARD_COUNTRIES__),
  );
  document.documentElement.dataset.country = choice;
  // The picker on /help says the same country as soon as it is parsed, before the app arrives
  // ("interactive" comes before the deferred module scripts run).
  document.addEventListener(
    'readystatechange',
    () => {
      const picker = document.getElementById('help-country');
      if (picker instanceof HTMLSelectElement) picker.value = choice;
    },
    { once: true },
  );
} catch {
  // Leave the page as it is: the no-country numbers stay on screen.
}
