// A prerendered help page holds the screen in every language (build/prerender-plugin.ts,
// prerender-html.ts combineLanguages), each copy in a `.for-language` wrapper; the stylesheet
// shows the one <html data-language> names, set before the first paint by country/early.ts.
import { FOR_LANGUAGE_CLASS } from '../prerender-html.ts';

/**
 * Where the app renders on a prerendered page: the wrapper of `language` (display: contents, so
 * rendering into it moves nothing), after removing the other languages' copies (display: none,
 * so nothing on screen changes). The app's render then takes the copy over in place, putting
 * back the plain ids (another language's copy has them suffixed). `root` itself when the page
 * has no such wrappers (the empty app shell).
 */
export function languageRoot(root: HTMLElement, language: string): HTMLElement {
  const wrappers = [...root.children].filter(
    (el): el is HTMLElement =>
      el instanceof HTMLElement && el.classList.contains(FOR_LANGUAGE_CLASS),
  );
  if (wrappers.length === 0) return root;
  const keep = wrappers.find((el) => el.dataset.language === language) ?? wrappers[0];
  for (const el of wrappers) if (el !== keep) el.remove();
  return keep ?? root;
}
