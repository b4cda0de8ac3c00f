import { describe, expect, it } from 'vitest';
import {
  combineLanguages,
  fillShell,
  inlineCode,
  prerenderFileName,
  suffixIds,
} from './prerender-html.ts';

const shell =
  '<!doctype html><html lang="en"><head><title>Onward</title>' +
  '<script type="module" crossorigin src="/assets/main-abc.js"></script>' +
  '<link rel="stylesheet" href="/assets/main-def.css"></head>' +
  '<body><noscript><p>Needs JavaScript.</p></noscript><div id="app"></div></body></html>';

describe('prerenderFileName', () => {
  it('puts each path in a folder of its own, as index.html', () => {
    expect(prerenderFileName('/help')).toBe('help/index.html');
    expect(prerenderFileName('/help/danger')).toBe('help/danger/index.html');
  });

  it('refuses the root (the app shell) and anything but plain lower-case segments', () => {
    for (const path of ['/', '', '/help/', '/Help', '/../x', '/help//safe', '/a.html', 'help']) {
      expect(() => prerenderFileName(path), path).toThrow();
    }
  });
});

describe('fillShell', () => {
  it('puts the markup in #app and the title in <title>, keeping the rest of the shell', () => {
    const page = fillShell(shell, { title: 'Get help now · Onward', html: '<h1>Help</h1>' });
    expect(page).toContain('<title>Get help now · Onward</title>');
    expect(page).toContain('<div id="app"><h1>Help</h1></div>');
    expect(page).toContain('<script type="module" crossorigin src="/assets/main-abc.js">');
    expect(page).toContain('<link rel="stylesheet" href="/assets/main-def.css">');
    expect(page).toContain('<noscript><p>Needs JavaScript.</p></noscript>');
  });

  it('escapes the title and takes the markup literally (no $& replacement patterns)', () => {
    const page = fillShell(shell, { title: 'A <b> & "c"', html: '<p>$& $1 $$</p>' });
    expect(page).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(page).toContain('<div id="app"><p>$& $1 $$</p></div>');
  });

  it('fails loudly when the shell is not the one it expects', () => {
    const page = { title: 't', html: '<p>x</p>' };
    expect(() => fillShell(shell.replace('<div id="app"></div>', ''), page)).toThrow(/#?app/);
    expect(() =>
      fillShell(shell.replace('<div id="app"></div>', '<div id="app">x</div>'), page),
    ).toThrow();
    expect(() => fillShell(`${shell}<div id="app"></div>`, page)).toThrow(/2/);
    expect(() => fillShell(shell.replace(/<title>.*<\/title>/, ''), page)).toThrow(/title/);
  });
});

describe('inlineCode', () => {
  it('accepts external scripts, stylesheets and ordinary attributes', () => {
    expect(inlineCode(shell)).toEqual([]);
    expect(
      inlineCode('<a href="tel:112" class="button" aria-describedby="x">Call 112</a>'),
    ).toEqual([]);
    // Text that merely looks like code is not code.
    expect(inlineCode('<p>style="color:red" onclick=x &lt;script&gt;</p>')).toEqual([]);
    expect(inlineCode('<a title="say style=&quot;x&quot; onload=y" href="/">x</a>')).toEqual([]);
  });

  it('finds inline scripts, style elements, style attributes and event handlers', () => {
    expect(inlineCode('<script>alert(1)</script>')).toEqual(['an inline <script>']);
    expect(inlineCode('<style>p{}</style>')).toEqual(['a <style> element']);
    expect(inlineCode('<p style="color:red">x</p>')).toEqual(['a style attribute on <p>']);
    expect(inlineCode("<DIV STYLE='x'>y</DIV>")).toEqual(['a style attribute on <div>']);
    expect(inlineCode('<img src="/a.png" onerror="x()">')).toEqual(['an onerror handler on <img>']);
    expect(inlineCode('<button onclick=go>x</button>')).toEqual(['an onclick handler on <button>']);
  });
});

describe('combineLanguages', () => {
  const en =
    '<a href="#main">Skip</a><main id="main"><label for="c">Country</label><select id="c" aria-describedby="h1 h2"></select></main>';
  const es =
    '<a href="#main">Saltar</a><main id="main"><label for="c">País</label><select id="c" aria-describedby="h1 h2"></select></main>';

  it('wraps each language, the default first with its ids as they are', () => {
    const html = combineLanguages([
      { language: 'en', title: 'Help', html: en },
      { language: 'es', title: 'Ayuda', html: es },
    ]);
    expect(
      html.startsWith(`<div class="for-language" data-language="en" lang="en">${en}</div>`),
    ).toBe(true);
    expect(html).toContain(
      '<div class="for-language" data-language="es" lang="es"><a href="#main--es">',
    );
  });

  it('keeps ids unique: every id and every reference to one in another language is suffixed', () => {
    const html = combineLanguages([
      { language: 'en', title: 'Help', html: en },
      { language: 'es', title: 'Ayuda', html: es },
    ]);
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['main', 'c', 'main--es', 'c--es']);
    expect(suffixIds(es, 'es')).toBe(
      '<a href="#main--es">Saltar</a><main id="main--es"><label for="c--es">País</label><select id="c--es" aria-describedby="h1--es h2--es"></select></main>',
    );
  });

  it('leaves links to other pages and phone links alone', () => {
    const links =
      '<a href="/help">Help</a><a href="tel:911">911</a><a href="https://x.org/#a">x</a>';
    expect(suffixIds(links, 'es')).toBe(links);
  });
});
