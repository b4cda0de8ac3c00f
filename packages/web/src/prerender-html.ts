// Build-time helpers for the prerendered pages (build/prerender-plugin.ts): where each page goes,
// how its markup fills the built app shell, and a check that it carries no inline code. Pure, so
// it is tested in Node.

/** The file a prerendered path is written to: "/help/danger" → "help/danger/index.html". */
export function prerenderFileName(path: string): string {
  const segments = path.split('/').slice(1);
  if (segments.length === 0 || segments.some((s) => !/^[a-z0-9-]+$/.test(s))) {
    throw new Error(`prerender: "${path}" is not a plain lower-case path below /`);
  }
  return `${segments.join('/')}/index.html`;
}

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? [];
  if (matches.length !== 1) {
    throw new Error(`prerender: the app shell has ${matches.length} ${what}, expected exactly 1`);
  }
  return html.replace(pattern, () => replacement);
}

/**
 * The built app shell (dist/index.html: its stylesheet, its module script, its noscript note)
 * with the page's markup inside the empty <div id="app"> and the page's own <title>.
 */
export function fillShell(shell: string, page: { title: string; html: string }): string {
  const titled = replaceOnce(
    shell,
    /<title>[^<]*<\/title>/,
    `<title>${escapeHtml(page.title)}</title>`,
    '<title> elements',
  );
  return replaceOnce(
    titled,
    /<div id="app"><\/div>/,
    `<div id="app">${page.html}</div>`,
    'empty <div id="app"> elements',
  );
}

const tagPattern = /<([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const attributePattern = /([^\s"'=<>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * Everything in a page that the Content-Security-Policy (script-src 'self', style-src 'self',
 * no 'unsafe-inline') would block: inline scripts, <style> elements, style="" attributes and
 * on*="" handlers. The build fails on any of them, so a page never depends on them.
 */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const [, rawName = '', attributes = ''] of html.matchAll(tagPattern)) {
    const name = rawName.toLowerCase();
    const attrs = [...attributes.matchAll(attributePattern)].map((m) => (m[1] ?? '').toLowerCase());
    if (name === 'style') found.push('a <style> element');
    if (name === 'script' && !attrs.includes('src')) found.push('an inline <script>');
    for (const attr of attrs) {
      if (attr === 'style') found.push(`a style attribute on <${name}>`);
      else if (attr.startsWith('on')) found.push(`an ${attr} handler on <${name}>`);
    }
  }
  return found;
}

/** One prerendered page in one language. */
export interface LanguagePage {
  language: string;
  title: string;
  html: string;
}

/** The class of each language's copy of a prerendered page (styles/help.css shows one). */
export const FOR_LANGUAGE_CLASS = 'for-language';

// The attributes that hold an element's id or point at ids (space-separated lists for aria-*).
const idAttributes = /\s(id|for|aria-labelledby|aria-describedby|aria-controls|list)="([^"]*)"/g;

/**
 * The markup of a page in another language, with every id (and every reference to one: label
 * `for`, aria-labelledby/-describedby/-controls, `href="#..."`) suffixed with `--<language>`, so
 * that ids stay unique in a page that holds the same screen in several languages. The app puts
 * the plain ids back as it takes the page over (its render corrects every attribute).
 */
export function suffixIds(html: string, language: string): string {
  const suffix = `--${language}`;
  return html
    .replace(idAttributes, (_whole, name: string, value: string) => {
      const ids = value.split(/\s+/).filter((id) => id !== '');
      return ` ${name}="${ids.map((id) => `${id}${suffix}`).join(' ')}"`;
    })
    .replace(/\shref="#([^"]+)"/g, (_whole, id: string) => ` href="#${id}${suffix}"`);
}

/**
 * A page's markup in every language, for inside <div id="app">: each language's copy in a
 * wrapper (`display: contents`) that the stylesheet shows only when <html data-language> names
 * its language, set by the script in <head> before the first paint (country/early.ts). The
 * first page is the default language: it keeps its plain ids, and shows when nothing is named
 * (JavaScript off). The app later renders into the wrapper on screen, and removes the others.
 */
export function combineLanguages(pages: readonly LanguagePage[]): string {
  return pages
    .map(
      (page, index) =>
        `<div class="${FOR_LANGUAGE_CLASS}" data-language="${page.language}" lang="${page.language}">${
          index === 0 ? page.html : suffixIds(page.html, page.language)
        }</div>`,
    )
    .join('');
}
