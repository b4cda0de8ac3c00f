// The budget that fails the build: the JavaScript needed before "Get help now" is usable must
// stay within HELP_JS_BUDGET (gzip), so a change that drags a feature's code or copy, or the
// vault, into the help screens' first load fails `npm test` on the day it is made. Reads the
// built app (npm test builds it first; alone: npm run build, then this file).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en, LANGUAGES } from '@onward/content';
import { es } from '@onward/content/messages/es';
import { describe, expect, it } from 'vitest';
import {
  copyChunkKey,
  copyChunkKeys,
  describeChunks,
  HELP_JS_BUDGET,
  helpChunks,
  readManifest,
  staticClosure,
} from '../build/help-budget.ts';
import { features } from './features/index.ts';
import { paths } from './router/routes.ts';

const dist = join(import.meta.dirname, '..', 'dist');
const helpPaths: readonly string[] = [paths.help, paths.helpDanger, paths.helpSafe];

describe('the help screens\u2019 JavaScript budget (built app)', () => {
  it('has a built app to measure', () => {
    expect(
      existsSync(join(dist, '.vite', 'manifest.json')),
      'no dist/.vite/manifest.json: run npm run build first',
    ).toBe(true);
  });

  for (const language of LANGUAGES) {
    it(`needs at most ${HELP_JS_BUDGET / 1024} kB gzip before the help screens are usable, in ${language}`, () => {
      const helpRoutes = features
        .flatMap((f) => f.routes)
        .filter((r) => helpPaths.includes(r.path));
      expect(helpRoutes).toHaveLength(3);
      // A lazy help route would count its own chunk; today they are all in the app's chunk.
      const lazy = helpRoutes.filter((r) => r.load !== undefined);
      expect(lazy.map((r) => r.id)).toEqual([]);
      const { chunks, gzip } = helpChunks(dist, language);
      const table = describeChunks(chunks, gzip, HELP_JS_BUDGET, language);
      console.log(table);
      expect(gzip, table).toBeLessThanOrEqual(HELP_JS_BUDGET);
    });

    it(`loads only ${language} copy, and only the shell's, before the help screens are usable in ${language}`, () => {
      const manifest = readManifest(dist);
      const own = copyChunkKey(manifest, language, 'shell');
      const needed = new Set(helpChunks(dist, language).chunks.map((c) => c.key));
      const copy = copyChunkKeys(manifest);
      // Every part in every language is a chunk of its own (12 parts, 2 languages today).
      expect(copy.length).toBeGreaterThanOrEqual(24);
      expect(copy.filter((key) => needed.has(key))).toEqual([own]);
      // And no words bundled anywhere else in it: no sentence of any catalogue, in any language,
      // in the first load's code outside that shell chunk (and what it imports) (a static import of a catalogue
      // would put its words in a shared chunk, not in a copy chunk).
      const sentences = [...Object.values(en), ...Object.values(es)].filter(
        (m) => m.length >= 30 && !/[{'"\\`]/.test(m),
      );
      expect(sentences.length).toBeGreaterThan(500);
      const ownChunks = new Set(staticClosure(manifest, [own]));
      const found: string[] = [];
      for (const chunk of helpChunks(dist, language).chunks) {
        if (ownChunks.has(chunk.key)) continue;
        const code = readFileSync(join(dist, chunk.file), 'utf8');
        const hits = sentences.filter((m) => code.includes(m));
        if (hits.length > 0) found.push(`${chunk.file}: ${hits.length}, e.g. "${hits[0]}"`);
      }
      expect(found).toEqual([]);
    });
  }

  it('keeps the vault and every feature screen and copy part out of that first load', () => {
    const manifest = readManifest(dist);
    const needed = new Set(staticClosure(manifest, ['index.html', 'src/boot.tsx']));
    const lazy = Object.entries(manifest)
      .filter(([, c]) => c.isDynamicEntry)
      .map(([key]) => key)
      .filter((key) => key !== 'src/boot.tsx');
    expect(lazy).toContain('src/vault/start.ts');
    expect(lazy.some((key) => key.startsWith('src/features/'))).toBe(true);
    for (const key of lazy) expect(needed.has(key), key).toBe(false);
    // Every copy part, the shell's too, in every language, is a lazy chunk: the app's first
    // chunks hold no words (boot.tsx loads the shell's in the person's language).
    const copyChunks = copyChunkKeys(manifest);
    expect(copyChunks.length).toBeGreaterThanOrEqual(24);
    for (const key of copyChunks) expect(needed.has(key), key).toBe(false);
  });

  it('brings no stylesheet the page does not already have (nothing on screen moves)', () => {
    const { chunks } = helpChunks(dist, 'en');
    const pageCss = new Set(chunks.find((c) => c.key === 'index.html')?.css ?? []);
    expect(pageCss.size).toBeGreaterThan(0);
    const late = chunks.flatMap((c) =>
      c.css.filter((css) => !pageCss.has(css)).map((css) => `${c.key}: ${css}`),
    );
    expect(late).toEqual([]);
  });

  it('a help page asks for the app after it paints: its chunks are named on the country script', () => {
    const manifest = readManifest(dist);
    const html = readFileSync(join(dist, 'help', 'danger', 'index.html'), 'utf8');
    // Nothing in the page itself competes with the help text for the network.
    expect(html).not.toMatch(/<link rel="modulepreload"/);
    expect(html).not.toMatch(/<script type="module"/);
    const attribute = (name: string) =>
      (html.match(new RegExp(`<script data-app="[^"]+"[^>]*\\s${name}="([^"]*)"`))?.[1] ?? '')
        .split(' ')
        .filter(Boolean);
    // A chunk and what it imports directly: the browser fetches the rest as it reads them.
    const files = (key: string) =>
      [key, ...(manifest[key]?.imports ?? [])]
        .map((k) => manifest[k])
        .filter((chunk) => chunk !== undefined && !chunk.isEntry)
        .map((chunk) => `/${chunk?.file}`);
    // The app's chunk and what it imports (one file of the app's own code: build/app-chunk.ts).
    const expected = files('src/boot.tsx');
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(attribute('data-preload')).toEqual(expected);
    // Per language, the shell's copy, which the app awaits before it renders.
    for (const language of LANGUAGES) {
      expect(attribute(`data-preload-${language}`)).toEqual(
        files(copyChunkKey(manifest, language, 'shell')),
      );
    }
    for (const href of attribute('data-preload')) {
      expect(existsSync(join(dist, href)), href).toBe(true);
    }
  });
});
