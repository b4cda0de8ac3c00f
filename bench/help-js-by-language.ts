// The JavaScript the help screen needs, in each language Onward ships, against the 50 kB
// gzipped budget (bench/README.md). Loads /help as a phone would with the browser set to each
// language, records every script the page itself loads (not the service worker's own
// downloads), and prints raw and gzipped sizes. A figure, not a gate.
//
//   npm run build && node bench/help-js-by-language.ts
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildServer } from '@onward/server';
import { launchBrowser } from '../packages/web/e2e/browser.ts';
import { phone } from '../packages/web/e2e/viewports.ts';

const dist = join(import.meta.dirname, '..', 'packages', 'web', 'dist');
const BUDGET_KB = 50;
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built app at ${dist}/index.html: run npm run build first.`);
  process.exit(1);
}

const work = await mkdtemp(join(tmpdir(), 'onward-bench-lang-'));
const app = await buildServer({ webRoot: dist, databaseUrl: `sqlite:${join(work, 'b.sqlite')}` });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await launchBrowser();
const kb = (n: number) => (n / 1024).toFixed(1);
try {
  for (const locale of ['en-US', 'es-MX', 'es-ES']) {
    const context = await browser.newContext({ ...phone.options, locale });
    const page = await context.newPage();
    const scripts = new Map<string, { raw: number; gzip: number }>();
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      const isScript = response.request().resourceType() === 'script' || /javascript/.test(type);
      if (!isScript || new URL(response.url()).pathname === '/sw.js') return;
      pending.push(
        response.body().then((body) => {
          scripts.set(new URL(response.url()).pathname, {
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
          });
        }),
      );
    });
    await page.goto(`${base}/help`, { waitUntil: 'networkidle' });
    await page.locator('main#main h1').waitFor();
    await Promise.all(pending);
    const lang = await page.evaluate(() => document.documentElement.lang);
    const gzip = [...scripts.values()].reduce((s, x) => s + x.gzip, 0);
    const raw = [...scripts.values()].reduce((s, x) => s + x.raw, 0);
    console.log(
      `${locale} (lang=${lang}): JS for /help ${kb(gzip)} kB gzip (${kb(raw)} kB raw, ${scripts.size} file(s))   budget ≤ ${BUDGET_KB} kB   ${gzip / 1024 <= BUDGET_KB ? 'met' : 'NOT met'}`,
    );
    for (const [name, s] of [...scripts].sort((a, b) => b[1].gzip - a[1].gzip)) {
      console.log(`  ${name.padEnd(48)}${kb(s.gzip).padStart(7)} kB gzip`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
}
