// Runs before the first paint of a prerendered help page: a tiny classic script in the page's
// <head> (built by build/prerender-plugin.ts, render-blocking like the stylesheet, fetched in
// parallel with it). It marks <html> with the person's language and country, worked out exactly
// as the app does (i18n.ts, use-country.ts): the choices kept on this device, else guesses from
// the browser's languages, else English and "not listed". The page holds the screen in every
// language and, in each, every country's numbers and lines (prerender-html.ts combineLanguages,
// country/for-country.tsx); the stylesheet shows only the marked language's and country's. So a
// Spanish speaker's first paint is already in Spanish with their own emergency number and lines,
// and the app later takes over without changing what is on screen. It reads two stored choices
// and the browser's languages and writes a few attributes and the title; nothing leaves the
// device. With JavaScript off no mark is made: English, and the no-country numbers.
import { guessCountry } from '@onward/core';
import { readLanguage, resolveLanguage } from '../language/language-choice.ts';
import { readChoice, resolveCountry } from './country-choice.ts';
import { markPickers } from './pickers.ts';

// The listed country codes, filled in at build time (a copy of the directory would be too big
// for a script that the first paint waits for).
declare const __ONWARD_COUNTRIES__: readonly string[];

// The app itself (main.tsx), once this page has painted: the page is readable and every call
// and text link works before any of it arrives, so on a slow phone the app's download and start
// never hold up the help text. The build names the entry on this script's tag (data-app) and
// leaves it out of the page. Apart from the marking below, so a failure there cannot keep the
// app away.
try {
  const tag = document.currentScript;
  const app = tag?.getAttribute('data-app');
  // The app's other chunks (the build lists them on data-preload): asked for one per task once
  // the entry is on its way. Each ask costs the page a few milliseconds on a slow phone (more
  // with developer tools watching the network); all at once, as the entry otherwise asks for
  // them, they made one long task that held up any tap. The fetches still run side by side,
  // and the entry skips any chunk already asked for.
  const preloads = (tag?.getAttribute('data-preload') ?? '').split(' ').filter(Boolean);
  if (app) {
    let started = false;
    const preloadNext = () => {
      const href = preloads.shift();
      if (href === undefined) return;
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
      setTimeout(preloadNext, 0);
    };
    const start = () => {
      if (started) return;
      started = true;
      const script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = '';
      script.src = app;
      document.head.append(script);
      // And the shell's copy in the language the page is shown in (marked below, before paint).
      const language = document.documentElement.dataset.language;
      const copy = language ? tag?.getAttribute(`data-preload-${language}`) : undefined;
      preloads.push(...(copy ?? '').split(' ').filter(Boolean));
      preloadNext();
    };
    const paintTiming =
      typeof PerformanceObserver !== 'undefined' &&
      PerformanceObserver.supportedEntryTypes?.includes('paint');
    if (paintTiming && document.visibilityState === 'visible') {
      // The browser's own first-contentful-paint entry, not a timer: timers can be held (a
      // backgrounded tab, a test's fake clock), and then the app would never start.
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        start();
      }).observe({ type: 'paint', buffered: true });
      // A page hidden before it paints never paints: start then.
      document.addEventListener('visibilitychange', start, { once: true });
    } else {
      document.addEventListener('DOMContentLoaded', start, { once: true });
    }
  }
} catch {
  // Nothing to do: the page stays as it is, every link on it working.
}

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
  const language = resolveLanguage(readLanguage(storage), languages);
  const html = document.documentElement;
  html.dataset.country = choice;
  html.dataset.language = language;
  html.lang = language;
  // The page's title in that language (the prerender writes each on this script's tag).
  const title = document.currentScript?.getAttribute(`data-title-${language}`);
  if (title) document.title = title;
  // The country pickers say the same country as soon as they are parsed, before the app arrives
  // ("interactive" comes before the deferred module scripts run).
  document.addEventListener('readystatechange', () => markPickers(document, choice), {
    once: true,
  });
} catch {
  // Leave the page as it is: the no-country numbers stay on screen.
}
