// Every message key a module can show is loaded by the time it renders. The first load carries
// only the shell part of the catalogue, and each feature's copy travels with its lazy screens
// (i18n.ts, features/feature.ts). So, read from the source:
// - code in the first load (main.tsx, boot.tsx and their static imports) may use shell keys only;
// - a route's lazy screen (with everything it imports that is not already in the first load)
//   may use shell keys and the parts its feature names in `copy`;
// - a module loaded some other way (import('./x.tsx') beside loadCopy([...]) in one file, as the
//   lock gate does) may use shell keys and the parts named in that file's loadCopy call.
// A key is any string literal that is a message key (so keys kept as data, such as a route
// title or a label map, count too), or a template literal prefix `tools.name.${...}` (every key
// with that prefix).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { en, type Part, parts, SHELL_PART } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { features } from './index.ts';

const src = join(import.meta.dirname, '..');
const partOf = new Map<string, Part>();
for (const [part, messages] of Object.entries(parts)) {
  for (const key of Object.keys(messages)) partOf.set(key, part as Part);
}
const allKeys = Object.keys(en);

const sources = new Map<string, string>();
const read = (file: string) => {
  let text = sources.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8');
    sources.set(file, text);
  }
  return text;
};

/** Static (non-type) relative imports and re-exports of a module, as absolute paths. */
function staticImports(file: string): string[] {
  const text = read(file);
  const found: string[] = [];
  const pattern =
    /^\s*(?:import|export)\s+(?!type\s)(?:[\s\S]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const m of text.matchAll(pattern)) {
    const target = resolve(dirname(file), m[1] ?? '');
    if (/\.(tsx?|js)$/.test(target) && existsSync(target)) found.push(target);
  }
  return found;
}

function closure(entry: string, exclude: ReadonlySet<string> = new Set()): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file) || exclude.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) walk(next);
  };
  walk(entry);
  return seen;
}

/**
 * The message keys a module mentions, each with the part it lives in: every key-like literal, or
 * (`calls`) only those translated where they stand, t('key') and t(`prefix.${...}`).
 */
function keysIn(file: string, calls = false): { key: string; part: Part }[] {
  const text = read(file);
  const out: { key: string; part: Part }[] = [];
  const lead = calls ? String.raw`\bt\(\s*` : '';
  for (const m of text.matchAll(
    new RegExp(`${lead}['"\`]([A-Za-z][\\w-]*(?:\\.[\\w-]+)+)['"\`]`, 'g'),
  )) {
    const part = partOf.get(m[1] ?? '');
    if (part) out.push({ key: m[1] ?? '', part });
  }
  for (const m of text.matchAll(
    new RegExp(`${lead}\`([A-Za-z][\\w-]*(?:\\.[\\w-]+)*\\.)\\$\\{`, 'g'),
  )) {
    const prefix = m[1] ?? '';
    for (const key of allKeys) {
      if (key.startsWith(prefix)) out.push({ key, part: partOf.get(key) as Part });
    }
  }
  return out;
}

function misplaced(files: Iterable<string>, allowed: readonly Part[], calls = false): string[] {
  const ok = new Set<Part>([SHELL_PART, ...allowed]);
  const problems: string[] = [];
  for (const file of files) {
    for (const { key, part } of keysIn(file, calls)) {
      if (!ok.has(part)) problems.push(`${relative(src, file)}: "${key}" is in ${part}`);
    }
  }
  return [...new Set(problems)];
}

// The entry and the app's chunk, which main.tsx imports at once (or right after the first paint).
const firstLoad = new Set([...closure(join(src, 'main.tsx')), ...closure(join(src, 'boot.tsx'))]);

/**
 * First-load files whose t() calls run only once a route's copy is in: route title functions
 * (app.tsx's documentTitle waits for the route's copy) and helpers only lazy screens call.
 */
const afterRouteCopy = new Set(
  [
    'features/clinic/feature.ts', // the care-team title
    'features/plan/feature.ts', // the plan-edit title
    'features/learn/guide-titles.ts', // a guide's title
    'features/plan/sections.ts', // sectionHeading(): the plan's screens and the plan-edit title
  ].map((f) => join(src, f)),
);

/** The module a route's `load` imports, read from the function's source. */
function loadTarget(featureFile: string, load: () => unknown): string {
  // As written, or as Vitest rewrites it: __vite_ssr_dynamic_import__("/packages/web/src/...").
  const m = /import(?:__)?\(\s*['"]([^'"]+)['"]\s*\)/.exec(load.toString());
  if (!m) throw new Error(`cannot read the import in ${load.toString()}`);
  const target = m[1] ?? '';
  return target.startsWith('/')
    ? join(src, '..', '..', '..', target)
    : resolve(dirname(featureFile), target);
}

/** Which file declares each feature, by the routes it lists. */
function featureFile(routeId: string): string {
  const folder = join(src, 'features');
  const candidates = [join(folder, 'shell.ts')];
  for (const name of readFileSync(join(folder, 'index.ts'), 'utf8').matchAll(
    /from '\.\/([\w-]+)\/feature\.ts'/g,
  )) {
    candidates.push(join(folder, name[1] ?? '', 'feature.ts'));
  }
  const file = candidates.find((f) => read(f).includes(`'${routeId}'`));
  if (!file) throw new Error(`no feature file declares route ${routeId}`);
  return file;
}

describe('copy travels with the code that shows it', () => {
  // In the first load, keys kept as data are fine when they are only shown once their part is
  // in: a lazy route's title (app.tsx waits for the route's copy), nav labels (typed ShellKey).
  // What is translated where it stands renders at once, so it must be shell copy.
  it('the first load (main.tsx, boot.tsx, their static imports) translates shell copy only', () => {
    expect(firstLoad.size).toBeGreaterThan(10);
    const rendered = [...firstLoad].filter((f) => !afterRouteCopy.has(f));
    expect(misplaced(rendered, [], true)).toEqual([]);
  });

  it("each route's lazy screen uses shell copy and its feature's parts only", () => {
    const problems: string[] = [];
    let screens = 0;
    for (const feature of features) {
      for (const route of feature.routes) {
        if (!route.load) continue;
        screens++;
        const file = featureFile(route.id);
        const lazy = closure(loadTarget(file, route.load), firstLoad);
        const allowed = [...(feature.copy ?? []), ...(route.copy ?? [])];
        for (const p of misplaced(lazy, allowed)) problems.push(`route ${route.id}: ${p}`);
      }
    }
    expect(screens).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });

  it('other lazy modules load the parts they use beside their import', () => {
    const problems: string[] = [];
    for (const file of firstLoad) {
      const text = read(file);
      const named = [...text.matchAll(/loadCopy\(\[([^\]]*)\]\)/g)].flatMap((m) =>
        [...(m[1] ?? '').matchAll(/'(\w+)'/g)].map((q) => q[1] as Part),
      );
      for (const m of text.matchAll(/(?<!load: \(\) => )import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)) {
        const target = resolve(dirname(file), m[1] ?? '');
        if (firstLoad.has(target)) continue;
        for (const p of misplaced(closure(target, firstLoad), named)) {
          problems.push(`${relative(src, target)} (loaded by ${relative(src, file)}): ${p}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('finds a feature key used in the first load (the check can fail)', () => {
    const file = join(src, 'features', 'tools', 'tools-screen.tsx');
    expect(misplaced([file], []).length).toBeGreaterThan(0);
    expect(misplaced([file], [], true).length).toBeGreaterThan(0);
    expect(misplaced([file], ['tools'])).toEqual([]);
  });
});
