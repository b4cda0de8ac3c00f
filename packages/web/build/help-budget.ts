// The JavaScript a person needs before "Get help now" is usable, in one language, read from the
// built app's chunk graph (dist/.vite/manifest.json): the entry (index.html's module script) and
// its static imports, the app's chunk (src/boot.tsx: the shell and the help screens) and its
// static imports, the shell's copy in that language (a chunk of its own per language, which
// boot.tsx awaits before the first render) and, should a help route ever become lazy, that
// route's chunk with its static imports. Other dynamic imports (feature screens, their copy,
// the vault, the other languages' copy) are not in it: they load on demand.
// Used by the budget test (src/help-budget.test.ts) and bench/lighthouse.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The budget, in gzip bytes (level 9), for each language: reached 39.0 kB in English and 39.3 kB
 * in Spanish (issue 16, with issues 11 and 12 on main), then 40.9 / 41.2 kB once home moved onto
 * the design system's Button and Card and the share link joined the navigation (session 3), then
 * 34.5 / 34.8 kB once the app became one chunk (build/app-chunk.ts: one file compresses better
 * than ~40 small ones, and each file's module wrapping is gone). Set at the figure reached; the
 * issue allows at most 50 kB. Raise it only with a reason written here.
 */
export const HELP_JS_BUDGET = 36 * 1024;

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export interface SizedChunk {
  /** The manifest key: a source path, or _name.js for a shared chunk. */
  key: string;
  file: string;
  raw: number;
  gzip: number;
  css: string[];
}

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** A chunk and everything it imports statically (depth first, each once). */
export function staticClosure(manifest: Manifest, keys: readonly string[]): string[] {
  const seen: string[] = [];
  const visit = (key: string) => {
    if (seen.includes(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`help budget: ${key} is not in the manifest`);
    seen.push(key);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const key of keys) visit(key);
  return seen;
}

/** The manifest key of a copy part's chunk in one language (messages/<language>/<part>.ts). */
export function copyChunkKey(manifest: Manifest, language: string, part: string): string {
  const suffix = `/messages/${language}/${part}.ts`;
  const key = Object.keys(manifest).find((k) => k.endsWith(suffix));
  if (!key) throw new Error(`help budget: no chunk for ${suffix} in the manifest`);
  return key;
}

/** Every copy chunk in the manifest (messages/<language>/<part>.ts), by key. */
export function copyChunkKeys(manifest: Manifest): string[] {
  return Object.keys(manifest).filter((k) => /\/messages\/[a-z]{2}\/[\w-]+\.ts$/.test(k));
}

/**
 * The chunks needed before the help screens are usable, in `language`. `lazyHelpModules` are
 * the source paths of any help route's lazy screen (none today: they are in the app's chunk).
 */
export function helpChunks(
  dist: string,
  language: string,
  lazyHelpModules: readonly string[] = [],
): { chunks: SizedChunk[]; gzip: number; raw: number } {
  const manifest = readManifest(dist);
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry && k === 'index.html');
  if (!entry) throw new Error('help budget: no index.html entry in the manifest');
  const keys = staticClosure(manifest, [
    entry,
    'src/boot.tsx',
    copyChunkKey(manifest, language, 'shell'),
    ...lazyHelpModules,
  ]);
  const chunks = keys.map((key) => {
    const chunk = manifest[key] as ManifestChunk;
    const bytes = readFileSync(join(dist, chunk.file));
    return {
      key,
      file: chunk.file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      css: chunk.css ?? [],
    };
  });
  return {
    chunks,
    gzip: chunks.reduce((n, c) => n + c.gzip, 0),
    raw: chunks.reduce((n, c) => n + c.raw, 0),
  };
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** A printable table: each chunk with its gzip size, then the total against the budget. */
export function describeChunks(
  chunks: readonly SizedChunk[],
  total: number,
  budget = HELP_JS_BUDGET,
  language = 'en',
): string {
  const rows = [...chunks]
    .sort((a, b) => b.gzip - a.gzip)
    .map((c) => `  ${c.file.padEnd(48)}${kB(c.gzip).padStart(10)} gzip   (${c.key})`);
  const verdict = total <= budget ? 'within budget' : 'OVER BUDGET';
  return [
    `JavaScript before the help screens are usable, in ${language}:`,
    ...rows,
    `  total ${kB(total)} gzip, budget ${kB(budget)}: ${verdict}`,
  ].join('\n');
}
