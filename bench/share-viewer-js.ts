// The JavaScript the share viewer (/s/<id>#<key>, packages/web/share.html) makes a recipient
// download, from the build: the entry script and every module it imports statically, gzipped at
// level 9. The passphrase path's extra (the Argon2id worker and hash-wasm, fetched only when a
// link has a passphrase) is printed apart. A figure, not a gate.
//
//   npm run build && node bench/share-viewer-js.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'packages', 'web', 'dist');
const page = join(dist, 'share.html');
if (!existsSync(page)) {
  console.error(`No built viewer at ${page}: run npm run build first.`);
  process.exit(1);
}
const html = readFileSync(page, 'utf8');
const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
if (!entry) throw new Error('share.html has no module script');

const kb = (n: number) => (n / 1024).toFixed(1);
const sizes = new Map<string, { raw: number; gzip: number }>();
const walk = (url: string) => {
  if (sizes.has(url)) return;
  const body = readFileSync(join(dist, url));
  sizes.set(url, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  for (const match of body.toString('utf8').matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) {
    walk(`/assets/${(match[1] as string).slice(2)}`);
  }
};
walk(entry);
const total = [...sizes.values()].reduce((s, x) => s + x.gzip, 0);
const raw = [...sizes.values()].reduce((s, x) => s + x.raw, 0);
console.log(
  `share viewer JS: ${kb(total)} kB gzip (${kb(raw)} kB raw, ${sizes.size} files loaded at start)`,
);
for (const [name, s] of [...sizes].sort((a, b) => b[1].gzip - a[1].gzip)) {
  console.log(`  ${name.padEnd(44)}${kb(s.gzip).padStart(7)} kB gzip`);
}
// With a passphrase: the worker script (found in worker-derive's chunk) and what it imports on
// first use (hash-wasm's Argon2id, as a dynamic import).
const extraSizes = new Map<string, number>();
const follow = (url: string) => {
  if (extraSizes.has(url) || sizes.has(url)) return;
  const body = readFileSync(join(dist, url));
  extraSizes.set(url, gzipSync(body, { level: 9 }).length);
  for (const m of body
    .toString('utf8')
    .matchAll(/(?:from|import)\s*\(?\s*["`](\.\/[^"`]+\.js)["`]/g)) {
    follow(`/assets/${(m[1] as string).slice(2)}`);
  }
};
for (const url of sizes.keys()) {
  const text = readFileSync(join(dist, url), 'utf8');
  for (const m of text.matchAll(/(kdf-worker-[\w-]+\.js)/g)) follow(`/assets/${m[1]}`);
}
const extra = [...extraSizes.values()].reduce((s, x) => s + x, 0);
console.log(`  only with a passphrase (Argon2id worker + hash-wasm): +${kb(extra)} kB gzip`);
