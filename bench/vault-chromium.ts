// The vault in Chromium (not a test; prints numbers):
//   node bench/vault-chromium.ts [--records=50000] [--runs=5]
// Bundles bench/vault-chromium/page.ts (the real vault engine, @onward/crypto and hash-wasm) with
// Vite, serves it on loopback with the app's own security headers (so Argon2id runs under the
// real Content-Security-Policy), opens it in the e2e tests' Chromium and prints:
// - unlock time (the engine's unlock: IndexedDB reads + Argon2id + AES-KW unwrap) beside the bare
//   Argon2id key derivation, as a ratio (aim: within 1.1x);
// - opening a vault of 50,000 records (IndexedDB read, unwrap, decrypt, UTF-8 + JSON parse, the
//   in-memory index) beside raw AES-GCM decryption of the same records one call a record (as
//   stored format 1 kept them; aim: 1.5x) and one call a page (as they are stored now), also
//   without the IndexedDB read, which raw decryption does not pay;
// - the one-time migration of a stored-format-1 vault of the same size to pages.
// Figures vary with the machine and whatever else runs on it; nothing here fails on a number.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { securityHeaders } from '@onward/server';
import { build } from 'vite';
import { launchBrowser } from '../packages/web/e2e/browser.ts';

const arg = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const RECORDS = arg('records', 50_000);
const RUNS = arg('runs', 5);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;

const out = await mkdtemp(join(tmpdir(), 'onward-vault-bench-'));
try {
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      lib: {
        entry: join(import.meta.dirname, 'vault-chromium', 'page.ts'),
        formats: ['es'],
        fileName: () => 'page.js',
      },
    },
  });
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>loading</title>' +
    '<script type="module" src="/page.js"></script></head><body></body></html>';
  const types: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html' };
  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    if (path === '/') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(html);
      return;
    }
    try {
      const body = await readFile(join(out, path.replace(/^\/+/, '')));
      res.setHeader('content-type', types[extname(path)] ?? 'application/octet-stream');
      res.end(body);
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => document.title === 'ready');
    const version = await page.evaluate(() => navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0]);
    console.log(
      `${version ?? 'Chromium'}, ${await page.evaluate(() => navigator.hardwareConcurrency)} cores, ` +
        `load average ${loadavg()[0]?.toFixed(2)} (figures are noisy when other work shares the machine)`,
    );
    type Bench = {
      params: { m: number; t: number; p: number };
      unlock(runs: number): Promise<{ bare: number[]; engine: number[]; unwrap: number[] }>;
      seed(n: number): Promise<unknown>;
      load(runs: number): Promise<unknown>;
    };
    const call = <T>(f: string, ...args: unknown[]) =>
      page.evaluate(
        ([name, a]) =>
          // biome-ignore lint/suspicious/noExplicitAny: the page's own global.
          ((window as any).bench as Record<string, (...x: unknown[]) => Promise<unknown>>)[
            name as string
          ]?.(...(a as unknown[])),
        [f, args] as const,
      ) as Promise<T>;

    const params = await page.evaluate(
      // biome-ignore lint/suspicious/noExplicitAny: the page's own global.
      () => (window as any).bench.params as Bench['params'],
    );
    console.log(`\nUnlock, Argon2id m=${params.m / 1024} MiB t=${params.t} p=${params.p}`);
    const unlock = await call<{ bare: number[]; engine: number[]; unwrap: number[] }>(
      'unlock',
      RUNS,
    );
    const line = (label: string, xs: number[], base?: number[]) => {
      const ratio = base
        ? `  ratio ${(median(xs) / median(base)).toFixed(3)}x median, ${(Math.min(...xs) / Math.min(...base)).toFixed(3)}x min`
        : '';
      console.log(`  ${label} median ${ms(median(xs))}, min ${ms(Math.min(...xs))}${ratio}`);
    };
    line('bare Argon2id:                    ', unlock.bare);
    line('unwrap (Argon2id + AES-KW):       ', unlock.unwrap, unlock.bare);
    line('vault unlock (IndexedDB + unwrap):', unlock.engine, unlock.bare);
    console.log(`  (${RUNS} interleaved runs; aim: vault unlock ≤ 1.1x bare Argon2id)`);

    const seeded = await call<{
      jsonBytes: number;
      envelopeBytes: number;
      pages: number;
      pageBytes: number;
    }>('seed', RECORDS);
    console.log(
      `\nOpening a vault of ${RECORDS} records (${seeded.jsonBytes.toFixed(0)} bytes of padded JSON, ` +
        `${seeded.envelopeBytes.toFixed(0)}-byte envelopes one by one; stored as ${seeded.pages} ` +
        `pages of ${(seeded.pageBytes / 1024).toFixed(1)} KiB)`,
    );
    const load = await call<{ open: number[]; raw: number[]; rawPages: number[]; read: number[] }>(
      'load',
      RUNS,
    );
    const open = median(load.open);
    const raw = median(load.raw);
    const rawPages = median(load.rawPages);
    const read = median(load.read);
    console.log(`  raw AES-GCM decrypt, one call a record: median ${ms(raw)}`);
    console.log(`  raw AES-GCM decrypt, one call a page:   median ${ms(rawPages)}`);
    console.log(`  IndexedDB read of every page:           median ${ms(read)}`);
    console.log(
      `  vault open (read + decrypt + load):     median ${ms(open)}  ratio ${(open / raw).toFixed(2)}x a record  (aim ≤ 1.5x), ${(open / rawPages).toFixed(1)}x a page`,
    );
    console.log(
      `  vault open less the IndexedDB read:     ${ms(open - read)}  ratio ${((open - read) / raw).toFixed(2)}x a record`,
    );
    const migrated = await call<{ first: number; after: number }>('migrate', RECORDS);
    console.log(
      `  first open of a format-1 vault (migrates to pages, once): ${ms(migrated.first)}; ` +
        `the next open ${ms(migrated.after)}`,
    );
    if (process.argv.includes('--breakdown')) {
      const parts = await call<Record<string, number[]>>('breakdown', RUNS);
      console.log('\nWhere the time goes (envelopes already in memory):');
      for (const [name, times] of Object.entries(parts))
        console.log(`  ${name}: median ${ms(median(times))}`);
    }
    const rekey = await call<{ set: number; change: number; remove: number }>('rekey', RECORDS);
    console.log(
      `\nPasscode with ${RECORDS} records (fresh data key, every page re-encrypted in one ` +
        `transaction; Argon2id included): set ${ms(rekey.set)}, change ${ms(rekey.change)}, ` +
        `remove ${ms(rekey.remove)}`,
    );
    if (violations.length > 0)
      console.log(`\nConsole errors in the page:\n  ${violations.join('\n  ')}`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  await rm(out, { recursive: true, force: true });
}
