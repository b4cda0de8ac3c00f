// The app itself: renders it into #app and registers the service worker. Loaded by main.tsx,
// right away on an empty page, after the first paint on a prerendered help screen.
import { render } from 'preact';
import { App } from './app.tsx';
import { keepOnlyCountry } from './country/for-country.tsx';
import { currentCountry } from './country/use-country.ts';
import { copyReady, language, loadCopy } from './i18n.ts';
import { languageRoot } from './language/for-language.ts';
import { registerServiceWorker } from './sw/register.ts';
import { mark } from './trace.ts';
import { yieldToPage } from './yield.ts';

mark('boot:start');
document.documentElement.lang = language;
document.documentElement.dataset.language = language;
// The shell's copy in the active language (a small chunk of its own) arrives before the first render.
if (!copyReady(['shell'])) await loadCopy(['shell']);
mark('boot:copy');
const root = document.getElementById('app');
// The help screens arrive prerendered (src/prerender.tsx): #app already holds their markup, as
// rendered for nobody in particular (every country's numbers, the person's shown by the
// stylesheet; no records). First the countries not shown go (keepOnlyCountry: they are
// display: none, so nothing on screen changes); then render() takes the page over in place:
// Preact reuses each existing element that fits, rereads its attributes from the page and
// corrects any that differ, and removes what the app does not render, all in this one task, so
// nothing flashes. Not hydrate(): hydration trusts the markup's attributes, so wherever the
// person's state differs from the prerender (their country above all) it could leave a stale
// attribute behind, such as the tel: link of a number that is not theirs.
//
// Each step is its own task (yieldToPage between them): on a slow phone one long task would
// hold up a tap on the page for its whole length, while the page already works on its own.
if (root) {
  // A prerendered page holds the screen in every language: the app renders into the person's
  // (the one on screen), and the others go (languageRoot, language/for-language.ts).
  const target = languageRoot(root, language);
  keepOnlyCountry(target, currentCountry());
  mark('boot:trimmed');
  await yieldToPage();
  render(<App />, target);
  mark('boot:rendered');
}
// Says the app has taken over (the end-to-end tests wait for it).
document.documentElement.dataset.app = 'ready';
await yieldToPage();
registerServiceWorker();
