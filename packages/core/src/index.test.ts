import { describe, expect, it } from 'vitest';
import * as core from './index.ts';

// This package compiles without Node's types (core is platform-free), so the test reaches for
// node:fs through a loosely typed dynamic import.
const fsModule = 'node:fs';
const { readFileSync } = (await import(/* @vite-ignore */ fsModule)) as {
  readFileSync(path: string, encoding: 'utf8'): string;
};
const here = decodeURIComponent((import.meta as unknown as { url: string }).url).replace(
  /^file:\/\//,
  '',
);
const dirname = (p: string) => p.slice(0, p.lastIndexOf('/'));
/** Join a relative specifier ("./x.ts", "../y.ts") onto a directory. */
function join(dir: string, spec: string): string {
  const parts = dir.split('/');
  for (const seg of spec.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/** Every file reachable from `entry` through relative imports, and every bare import it makes. */
function importGraph(entry: string): { files: string[]; bare: Set<string> } {
  const files: string[] = [];
  const bare = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (files.includes(file)) continue;
    files.push(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) todo.push(join(dirname(file), spec));
      else bare.add(spec);
    }
  }
  return { files, bare };
}

describe('@onward/core entry', () => {
  it('never pulls in zod (the web bundle imports this entry)', () => {
    const { files, bare } = importGraph(join(dirname(here), './index.ts'));
    expect(files.length).toBeGreaterThan(3);
    expect([...bare].filter((b) => b === 'zod' || b.startsWith('zod/'))).toEqual([]);
    expect(files.some((f) => f.includes('schemas'))).toBe(false);
  });

  it('exports the crisis helpers and Result', () => {
    expect(typeof core.telHref).toBe('function');
    expect(typeof core.smsHref).toBe('function');
    expect(typeof core.methodHref).toBe('function');
    expect(typeof core.displayNumber).toBe('function');
    expect(typeof core.guessCountry).toBe('function');
    expect(core.ok(1)).toEqual({ ok: true, value: 1 });
  });
});
