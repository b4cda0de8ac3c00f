// Build time only (Node): renders the help screens to HTML, so their text paints before any
// JavaScript has run; the app then takes the page over (main.tsx). build/prerender-plugin.ts
// bundles this file for Node, calls prerender() for each path and writes the pages into dist/.
// It renders the real App: the same components and the same copy as the browser.
//
// What a prerendered page may show. The file is the same for everyone, so it knows no person:
// - No country. It shows what the app shows when it knows no country: the emergency numbers
//   that work in most places (112, and 911 in North America), each said plainly where it works,
//   and the international directory; never one country's number, which could be wrong for the
//   person reading it. Leaving the country block out instead would leave someone whose
//   JavaScript is off, or slow to arrive, with no number to call on "Call for help now". The
//   app puts the person's chosen (or guessed) country in its place as it starts.
// - No records and no vault: the help screens' sections from the safety plan, the hope box and
//   the toolkit render as they do before the vault has opened (see vault/index.ts).
// - The usual look, not discreet mode. Each page is rendered once per language (the plugin
//   builds this file once per language) and holds them all: the script in <head> shows the
//   person's (country/early.ts), with English, the default, when JavaScript is off.
// Browser-only start-up code (the router's history listener, the country guess, the vault, the
// clinic profile refresh) is guarded by import.meta.env.SSR or `typeof window`, so it does not
// run here; the client build folds those guards away.
//
// The home screen is NOT prerendered, on purpose: in discreet mode its first words must not say
// what the app is for, and a prerendered home (served to everyone, before the setting can be
// read) would show them. "/" stays the empty app shell.
import { renderToString } from 'preact-render-to-string';
import { App, staticTitleFor } from './app.tsx';
import { copyReady, language, loadCopy } from './i18n.ts';
import { setPrerenderPath } from './router/router.tsx';
import { paths } from './router/routes.ts';

/** The paths written as static pages, each to `<path>/index.html`. */
export const PRERENDERED_PATHS: readonly string[] = [paths.help, paths.helpDanger, paths.helpSafe];

export interface PrerenderedPage {
  path: string;
  /** The document title before the app runs: the page's own, never the app's name. */
  title: string;
  /** The markup that goes inside <div id="app">. */
  html: string;
}

/** The language this build of the prerender renders in. */
export const prerenderLanguage = language;

/** Loads the copy the help screens need in this language (await it before prerender()). */
export async function preparePrerender(): Promise<void> {
  if (!copyReady(['shell'])) await loadCopy(['shell']);
}

export function prerender(path: string): PrerenderedPage {
  setPrerenderPath(path);
  return { path, title: staticTitleFor(path), html: renderToString(<App />) };
}
