// Writes the prerendered help screens into the build: dist/help/index.html,
// dist/help/danger/index.html and dist/help/safe/index.html. Each is the built app shell
// (index.html, with its hashed stylesheet and module script) with that screen's markup already
// inside <div id="app">, so its text paints before any JavaScript runs; main.tsx then renders
// the app over it. See src/prerender.tsx for what the pages may and may not show.
//
// How: src/prerender.tsx is bundled for Node by a second, SSR build of Vite (everything bundled
// in, so it runs from a temporary folder), imported, and asked for each page. This runs in
// generateBundle, before the service worker plugin, so the pages are in the bundle when the
// worker's precache list and version are made. dist/index.html itself stays the empty shell:
// every other path falls back to it, and must not show one screen's text before its own.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGUAGES, type Language, listedCountries } from '@onward/content';
import preact from '@preact/preset-vite';
import { build, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import {
  combineLanguages,
  fillShell,
  inlineCode,
  type LanguagePage,
  prerenderFileName,
} from '../src/prerender-html.ts';

/**
 * Where the build lists the hashes of its inline scripts, for the server's CSP. The same name as
 * INLINE_SCRIPT_HASHES_FILE in packages/server/src/inline-scripts.ts (a test checks).
 */
export const INLINE_SCRIPT_HASHES_FILE = 'inline-script-hashes.json';

export interface PrerenderOptions {
  /** src/prerender.tsx, absolute. */
  entry: string;
  /** src/country/early.ts, absolute: the script that marks the person's country before paint. */
  countryScript: string;
}

/**
 * Builds src/country/early.ts as one small classic script (an IIFE: it must run before the first
 * paint, which a module script does not), with the listed country codes filled in.
 */
async function buildCountryScript(entry: string, root: string): Promise<string> {
  const output = await build({
    configFile: false,
    envDir: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    mode: 'production',
    define: { __ONWARD_COUNTRIES__: JSON.stringify(listedCountries) },
    build: {
      write: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      target: 'es2020',
      rolldownOptions: { input: entry, output: { format: 'iife' } },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((file) => file.type === 'chunk');
    if (chunk?.type === 'chunk') return chunk.code;
  }
  throw new Error('prerender: the country script did not build');
}

type PrerenderModule = typeof import('../src/prerender.tsx');

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Bundles the prerender entry for Node, rendering in `language`, into `outDir`; imports it. */
async function loadPrerender(
  entry: string,
  root: string,
  outDir: string,
  language: Language,
): Promise<PrerenderModule> {
  await build({
    configFile: false,
    envDir: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    mode: 'production',
    plugins: [preact()],
    // The language the app's i18n.ts picks in this build (it has no browser to ask).
    define: { __ONWARD_PRERENDER_LANGUAGE__: JSON.stringify(language) },
    // Bundle every dependency (preact, preact-render-to-string, our packages): one copy of
    // preact for the components and the renderer, and nothing to resolve from the temp folder.
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      minify: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      // The lazy screens stay separate chunks that are never imported, so their module-level
      // code (the vault's start-up among them) never runs at build time.
      rolldownOptions: { output: { format: 'es', entryFileNames: 'prerender.mjs' } },
    },
  });
  const module = (await import(
    pathToFileURL(join(outDir, 'prerender.mjs')).href
  )) as PrerenderModule;
  if (module.prerenderLanguage !== language) {
    throw new Error(`prerender: built for ${language}, renders in ${module.prerenderLanguage}`);
  }
  await module.preparePrerender();
  return module;
}

/**
 * The chunks of the given source modules and what they import statically, `depth` imports deep
 * (all the way by default), as URLs (the app's entry excluded: it is the page's own script).
 */
function chunkFiles(
  bundle: Rollup.OutputBundle,
  base: string,
  sources: readonly string[],
  depth = Number.POSITIVE_INFINITY,
) {
  const files: string[] = [];
  const visit = (name: string, level: number) => {
    const chunk = bundle[name];
    if (chunk?.type !== 'chunk' || chunk.isEntry || files.includes(name)) return;
    files.push(name);
    if (level < depth) for (const next of chunk.imports) visit(next, level + 1);
  };
  for (const source of sources) {
    const chunk = Object.values(bundle).find(
      (file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(source),
    );
    if (chunk?.type !== 'chunk') throw new Error(`prerender: no chunk for ${source}`);
    visit(chunk.fileName, 0);
  }
  return files.map((f) => `${base}${f}`);
}

/**
 * The app's chunk (src/boot.tsx) and what it imports. On the empty app shell they are
 * <link rel="modulepreload"> tags in index.html: the app is all there is, so it is fetched at
 * once. A prerendered help page names only the app's chunk and what it imports directly on its
 * country script (data-preload), with, per language, the shell's copy (data-preload-<language>:
 * boot.tsx awaits it). That script asks for them after the first paint, one per task
 * (src/country/early.ts); the browser fetches the rest as it reads those files. In the page they
 * would compete with the help text for a slow network; each ask from a script costs the page a
 * few milliseconds on a slow phone, and the entry asking for every chunk at once (as it did) was
 * one long task. The vault is not among them: the help screens start it only on a device that
 * holds one (helpVault, src/vault/index.ts).
 */
const APP_CHUNK = '/src/boot.tsx';
const shellCopy = (language: Language) => `/messages/${language}/shell.ts`;

export function prerenderPlugin(options: PrerenderOptions): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'onward:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      // After Vite has written the hashed asset names into index.html.
      order: 'post',
      async handler(_options, bundle) {
        const shellFile = bundle['index.html'];
        if (shellFile?.type !== 'asset' || typeof shellFile.source !== 'string') {
          this.error('prerender: index.html is not among the emitted files');
        }
        const shell = shellFile.source;
        const work = await mkdtemp(join(tmpdir(), 'onward-prerender-'));
        try {
          // Inline, not a file: a file was a render-blocking request of its own on a slow
          // phone's first visit. The CSP allows it by its hash alone (the server reads the hash
          // from INLINE_SCRIPT_HASHES_FILE; packages/server/src/inline-scripts.ts).
          const countryCode = (await buildCountryScript(options.countryScript, config.root)).trim();
          if (/<\/script|<!--/i.test(countryCode)) {
            this.error('prerender: the country script holds "</script" or "<!--"');
          }
          const countryHash = `sha256-${createHash('sha256').update(countryCode).digest('base64')}`;
          this.emitFile({
            type: 'asset',
            fileName: INLINE_SCRIPT_HASHES_FILE,
            source: `${JSON.stringify({ scriptSrc: [countryHash] })}\n`,
          });
          // One build of the prerender per language, the default (English) first: it is what
          // shows with JavaScript off.
          const builds: { language: Language; module: PrerenderModule }[] = [];
          for (const language of LANGUAGES) {
            const module = await loadPrerender(
              options.entry,
              config.root,
              join(work, language),
              language,
            );
            builds.push({ language, module });
          }
          // The app's entry is not in a help page's HTML: the country script adds it once the
          // page has painted (src/country/early.ts), so on a slow phone neither its download
          // nor its start competes with the help text. With JavaScript off nothing changes.
          const entryTag = shell.match(
            /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/,
          );
          const appScript = entryTag?.[1];
          if (!entryTag || !appScript) this.error('prerender: no module script in index.html');
          const helpShell = shell
            .replace(entryTag[0], '')
            .replace(/<link rel="modulepreload" crossorigin href="[^"]+">\s*/g, '');
          const preloads = chunkFiles(bundle, config.base, [APP_CHUNK], 1);
          const copyPreloads = LANGUAGES.map((language) => {
            const files = chunkFiles(bundle, config.base, [shellCopy(language)], 1);
            return ` data-preload-${language}="${files.join(' ')}"`;
          }).join('');
          for (const path of builds[0]?.module.PRERENDERED_PATHS ?? []) {
            const pages: LanguagePage[] = builds.map(({ language, module }) => ({
              language,
              ...module.prerender(path),
            }));
            const [first] = pages;
            if (!first) this.error('prerender: no language to render');
            // Last in <head>, after the stylesheet: it runs as soon as the stylesheet has
            // arrived, before the first paint (see src/country/early.ts). It carries each
            // language's title.
            const titles = pages
              .slice(1)
              .map((p) => ` data-title-${p.language}="${escapeAttribute(p.title)}"`)
              .join('');
            const countryTag =
              `<script data-app="${appScript}" data-preload="${preloads.join(' ')}"` +
              `${copyPreloads}${titles}>${countryCode}</script>`;
            const html = fillShell(helpShell, {
              title: first.title,
              html: combineLanguages(pages),
            }).replace('</head>', () => `${countryTag}\n</head>`);
            // The server's CSP has no 'unsafe-inline': a page that needed inline code would
            // break in the browser, so it breaks the build instead.
            // The one inline script is the country script, allowed by its hash.
            const blocked = inlineCode(html.replace(countryTag, ''));
            if (blocked.length > 0) {
              this.error(`prerender: ${path} has ${blocked.join(', ')}`);
            }
            this.emitFile({ type: 'asset', fileName: prerenderFileName(path), source: html });
          }
          const preloadTags = chunkFiles(bundle, config.base, [APP_CHUNK])
            .map((href) => `<link rel="modulepreload" crossorigin href="${href}">`)
            .join('\n');
          shellFile.source = shell.replace('</head>', () => `${preloadTags}\n</head>`);
        } finally {
          await rm(work, { recursive: true, force: true });
        }
      },
    },
  };
}
