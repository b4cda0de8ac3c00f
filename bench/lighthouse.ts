// Lighthouse benchmark for the help screens: is "Get help now" as fast as a plain page?
//
//   npm run build && node bench/lighthouse.ts [--runs=5] [--dist=path/to/another/dist]
//     [--locale=es-MX] [--keep-storage]
//
// Serves a copy of packages/web/dist (or --dist) with the real server on loopback, adds
// static-help.html (a no-JS page holding the same text as the rendered help screens, styled by
// the app's own CSS), then runs Lighthouse (mobile preset: simulated slow 4G and a 4x slower CPU)
// against /help, /help/danger, /help/safe, home, a tool screen and the static page, in the same
// run, taking the median of the runs. Prints the scores, each help screen's LCP against the
// static page, the JavaScript each route loads (file by file, gzip), and the JavaScript the help
// screens need before they are usable, from the build's chunk graph (the figure the budget test
// in npm test enforces). The targets are printed beside the figures; they are not gates (timing
// on a shared machine is not a pass/fail test).
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildServer } from '@onward/server';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { describeChunks, HELP_JS_BUDGET, helpChunks } from '../packages/web/build/help-budget.ts';
import { browserCommand, launchBrowser } from '../packages/web/e2e/browser.ts';
import { phone } from '../packages/web/e2e/viewports.ts';

const root = join(import.meta.dirname, '..');
const distArg = process.argv.find((a) => a.startsWith('--dist='))?.slice('--dist='.length);
const dist = distArg ?? join(root, 'packages', 'web', 'dist');
const resultsDir = join(import.meta.dirname, 'results');
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = Math.max(1, Number(runsArg?.split('=')[1] ?? 5) || 5);
// The browser's language (--locale=es-MX: the help screens in Spanish, for Mexico), for the
// capture, the static page and Lighthouse alike; and the language whose first load is counted.
const locale =
  process.argv.find((a) => a.startsWith('--locale='))?.slice('--locale='.length) ?? 'en-US';
const language = locale.toLowerCase().startsWith('es') ? 'es' : 'en';
const helpRoutes = ['/help', '/help/danger', '/help/safe'];
/** Home, and a tool screen that opens without the vault (paced breathing). */
const otherRoutes = ['/', '/tools/breathing'];
const categories = ['performance', 'accessibility', 'best-practices'] as const;
const keepStorage = process.argv.includes('--keep-storage');
const FIRST_VISIT_CLEARS = [
  'file_systems',
  'shader_cache',
  'service_workers',
  'cache_storage',
  'indexeddb',
  'local_storage',
] as const;
const targets = { score: 100, lcpRatio: 1.2, helpJsGzipKb: 50 };

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built app at ${dist}/index.html: run npm run build first.`);
  process.exit(1);
}

/** One piece of text on a screen, in reading order. */
type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'link'; href: string; text: string }
  | { kind: 'text'; text: string };

interface ScreenCapture {
  title: string;
  lang: string;
  stylesheets: string[];
  blocks: Block[];
}

/**
 * Reads the rendered text of `selector` as blocks: each run of text is attributed to its
 * nearest heading, link or block-level ancestor, so the static copy reads in the same order.
 * Form controls' option lists (the country list) are left out: they are not read as text.
 */
function captureBlocks(selector: string): ScreenCapture {
  const scope = document.querySelector(selector);
  if (!scope) throw new Error(`Nothing matches ${selector}`);
  const blockTags = /^(H[1-6]|P|LI|A|BUTTON|LABEL|DT|DD|SUMMARY|TH|TD|FIGCAPTION|BLOCKQUOTE)$/;
  const blocks: Block[] = [];
  let current: { el: Element; block: Block } | undefined;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (!text || !parent) continue;
    if (parent.closest('script, style, template, select, [hidden], [aria-hidden="true"]')) continue;
    if (!parent.checkVisibility()) continue;
    let el: Element = parent;
    while (el !== scope && el.parentElement && !blockTags.test(el.tagName)) el = el.parentElement;
    if (current?.el === el) {
      current.block.text += ` ${text}`;
      continue;
    }
    const heading = /^H([1-6])$/.exec(el.tagName);
    const block: Block = heading
      ? { kind: 'heading', level: Number(heading[1]), text }
      : el.tagName === 'A'
        ? { kind: 'link', href: el.getAttribute('href') ?? '', text }
        : { kind: 'text', text };
    blocks.push(block);
    current = { el, block };
  }
  return {
    title: document.title,
    lang: document.documentElement.lang || 'en',
    stylesheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
      (l) => new URL(l.href).pathname,
    ),
    blocks,
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function staticPage(help: ScreenCapture, danger: ScreenCapture): string {
  const render = (blocks: Block[]) =>
    blocks
      .map((b) => {
        if (b.kind === 'heading') return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
        if (b.kind === 'link') {
          return `<p><a href="${escapeHtml(b.href)}">${escapeHtml(b.text)}</a></p>`;
        }
        return `<p>${escapeHtml(b.text)}</p>`;
      })
      .join('\n');
  // The danger screen's text follows under its own heading levels pushed down by one, so the
  // page keeps a single h1 (Lighthouse's accessibility audit checks heading order).
  const dangerBlocks = danger.blocks.map((b) =>
    b.kind === 'heading' ? { ...b, level: Math.min(6, b.level + 1) } : b,
  );
  return `<!doctype html>
<html lang="${escapeHtml(help.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(help.title)}</title>
<meta name="description" content="A static copy of the help screen, for benchmarking.">
${help.stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
</head>
<body>
<main id="main">
${render(help.blocks)}
<section>
${render(dangerBlocks)}
</section>
</main>
</body>
</html>
`;
}

interface Measured {
  url: string;
  /** The text (or tag) of the element Lighthouse took as the largest contentful paint. */
  lcpElement: string;
  scores: Record<(typeof categories)[number], number>;
  lcpMs: number;
  lcpRuns: number[];
  /** Performance score and Total Blocking Time (ms) of every run, in run order. */
  perfRuns: number[];
  tbtRuns: number[];
  shortfalls: string[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const work = await mkdtemp(join(tmpdir(), 'onward-bench-'));
const webRoot = join(work, 'dist');
await cp(dist, webRoot, { recursive: true });
const app = await buildServer({ webRoot, databaseUrl: `sqlite:${join(work, 'bench.sqlite')}` });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
let chrome: chromeLauncher.LaunchedChrome | undefined;

try {
  // 1. Load each route as a phone would, in a fresh context (no cache, no service worker): note
  //    every JS file it loads, and the help screens' text.
  const browser = await launchBrowser();
  const scriptsByRoute = new Map<string, Map<string, { raw: number; gzip: number }>>();
  const captures = new Map<string, ScreenCapture>();
  for (const path of [...helpRoutes, ...otherRoutes]) {
    const context = await browser.newContext({
      ...phone.options,
      locale,
      extraHTTPHeaders: { 'Accept-Language': locale },
    });
    const page = await context.newPage();
    const scripts = new Map<string, { raw: number; gzip: number }>();
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      // Scripts the page itself loads (entry, imports, module preloads, the app's lazy chunks);
      // the service worker's own downloads happen in the worker and are not counted.
      const type = response.headers()['content-type'] ?? '';
      const isScript = response.request().resourceType() === 'script' || /javascript/.test(type);
      if (!isScript || new URL(response.url()).pathname === '/sw.js') return;
      pending.push(
        response
          .body()
          .then((body) => {
            scripts.set(new URL(response.url()).pathname, {
              raw: body.length,
              gzip: gzipSync(body, { level: 9 }).length,
            });
          })
          // A response still arriving as the context closes (a late lazy chunk): not counted.
          .catch(() => undefined),
      );
    });
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    await page.locator('main#main h1').waitFor();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    scriptsByRoute.set(path, scripts);
    if (path === '/help') captures.set(path, await page.evaluate(captureBlocks, 'body'));
    if (path === '/help/danger')
      captures.set(path, await page.evaluate(captureBlocks, 'main#main'));
    await context.close();
  }
  await browser.close();
  const helpCapture = captures.get('/help');
  const dangerCapture = captures.get('/help/danger');
  if (!helpCapture || !dangerCapture) throw new Error('no capture of the help screens');
  const staticHtml = staticPage(helpCapture, dangerCapture);
  await writeFile(join(webRoot, 'static-help.html'), staticHtml);
  await mkdir(resultsDir, { recursive: true });
  await writeFile(join(resultsDir, 'static-help.html'), staticHtml);

  // 2. Lighthouse, mobile preset (its default config), against the three pages.
  const command = await browserCommand();
  chrome = await chromeLauncher.launch({
    chromePath: command.executablePath,
    // Same language as the capture above, so /help guesses the same country (United States)
    // and shows the same text as the static page.
    chromeFlags: ['--headless=new', `--lang=${locale}`, `--accept-lang=${locale}`, ...command.args],
    logLevel: 'error',
  });
  const urls = [...helpRoutes, ...otherRoutes, '/static-help.html'];
  // Round robin (each run visits every URL once), so a busy moment on a shared machine touches
  // every URL alike rather than all the runs of one.
  const resultsByUrl = new Map<
    string,
    NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][]
  >();
  for (let i = 0; i < runs; i++) {
    for (const path of urls) {
      const result = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        // Every run a first visit: Lighthouse's own reset keeps IndexedDB and localStorage, so
        // once home had created the vault, the help screens after it would load it too
        // (--keep-storage: measure that, a returning visitor's load, instead).
        ...(keepStorage ? {} : { clearStorageTypes: [...FIRST_VISIT_CLEARS] }),
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      resultsByUrl.set(path, [...(resultsByUrl.get(path) ?? []), result.lhr]);
    }
  }
  const measured: Measured[] = [];
  for (const path of urls) {
    const results = resultsByUrl.get(path) ?? [];
    const lcpRuns = results.map((r) => r.audits['largest-contentful-paint']?.numericValue ?? NaN);
    const lcpMs = median(lcpRuns);
    // Scores from the run whose LCP is the median, so the row describes one real run.
    const typical = results[lcpRuns.indexOf(lcpRuns.find((v) => v === lcpMs) ?? lcpRuns[0] ?? 0)];
    const lhr = typical ?? results[0];
    if (!lhr) throw new Error('no Lighthouse result');
    const scores = Object.fromEntries(
      categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    ) as Measured['scores'];
    const shortfalls: string[] = [];
    for (const c of categories) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          shortfalls.push(`${c}: ${audit.id} (${Math.round(audit.score * 100)}) ${audit.title}`);
        }
      }
    }
    const lcpNode = (
      lhr.audits['lcp-breakdown-insight']?.details as
        | { items?: { type: string; nodeLabel?: string; selector?: string }[] }
        | undefined
    )?.items?.find((item) => item.type === 'node');
    const lcpElement = `${lcpNode?.selector ?? '?'}: ${lcpNode?.nodeLabel ?? ''}`;
    const perfRuns = results.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
    const tbtRuns = results.map((r) =>
      Math.round(r.audits['total-blocking-time']?.numericValue ?? NaN),
    );
    measured.push({ url: path, lcpElement, scores, lcpMs, lcpRuns, perfRuns, tbtRuns, shortfalls });
    await mkdir(resultsDir, { recursive: true });
    const file = path === '/' ? 'home' : path.replace(/\W+/g, '-').replace(/^-|-$/g, '');
    await writeFile(join(resultsDir, `lighthouse-${file}.json`), JSON.stringify(lhr));
  }

  // 3. Print.
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const rpad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(
    `\nLighthouse (mobile preset, ${runs} run(s) per URL, browser language ${locale}, ` +
      `median LCP) on ${command.source} ${command.executablePath}`,
  );
  console.log(
    `${pad('URL', 20)}${rpad('perf', 6)}${rpad('a11y', 6)}${rpad('best', 6)}${rpad('LCP ms', 9)}` +
      '   target',
  );
  for (const m of measured) {
    console.log(
      `${pad(m.url, 20)}${rpad(m.scores.performance, 6)}${rpad(m.scores.accessibility, 6)}` +
        `${rpad(m.scores['best-practices'], 6)}${rpad(Math.round(m.lcpMs), 9)}` +
        `   ${targets.score}/${targets.score}/${targets.score}` +
        `   (LCP runs: ${m.lcpRuns.map((v) => Math.round(v)).join(', ')}; performance runs: ` +
        `${m.perfRuns.join(', ')}; TBT runs: ${m.tbtRuns.join(', ')} ms)`,
    );
  }
  console.log('\nLargest contentful paint element:');
  for (const m of measured) console.log(`  ${pad(m.url, 20)}${m.lcpElement}`);
  const plain = measured.find((m) => m.url === '/static-help.html');
  const ratios: Record<string, number> = {};
  console.log('');
  for (const path of helpRoutes) {
    const help = measured.find((m) => m.url === path);
    const ratio = help && plain ? help.lcpMs / plain.lcpMs : NaN;
    ratios[path] = ratio;
    console.log(
      `LCP ${pad(path, 14)} ÷ static page: ${ratio.toFixed(2)}   target ≤ ${targets.lcpRatio}` +
        `   ${ratio <= targets.lcpRatio ? 'met' : 'NOT met'}`,
    );
  }
  const kb = (n: number) => (n / 1024).toFixed(1);
  const perRoute: Record<string, { gzipTotal: number; rawTotal: number; files: unknown[] }> = {};
  for (const [path, scripts] of scriptsByRoute) {
    const files = [...scripts.entries()].sort((a, b) => b[1].gzip - a[1].gzip);
    const gzipTotal = files.reduce((sum, [, s]) => sum + s.gzip, 0);
    const rawTotal = files.reduce((sum, [, s]) => sum + s.raw, 0);
    perRoute[path] = { gzipTotal, rawTotal, files };
    console.log(
      `\nJS loaded by ${path} (until the network is idle, app and vault included): ` +
        `${kb(gzipTotal)} kB gzip (${kb(rawTotal)} kB raw, ${files.length} file(s))`,
    );
    for (const [name, s] of files) console.log(`  ${pad(name, 50)}${rpad(kb(s.gzip), 7)} kB gzip`);
  }
  let budget: { gzip: number; raw: number } | undefined;
  try {
    const needed = helpChunks(dist, language);
    budget = { gzip: needed.gzip, raw: needed.raw };
    console.log(`\n${describeChunks(needed.chunks, needed.gzip, HELP_JS_BUDGET, language)}`);
    console.log(
      `  target ≤ ${targets.helpJsGzipKb} kB: ${needed.gzip / 1024 <= targets.helpJsGzipKb ? 'met' : 'NOT met'}` +
        ` (budget enforced by npm test: ${kb(HELP_JS_BUDGET)} kB)`,
    );
  } catch (error) {
    console.log(`\nNo chunk graph for the help screens' budget: ${(error as Error).message}`);
  }
  for (const m of measured) {
    if (m.shortfalls.length) {
      console.log(`\nWhere ${m.url} lost points:`);
      for (const s of m.shortfalls) console.log(`  ${s}`);
    }
  }
  await writeFile(
    join(resultsDir, 'lighthouse-summary.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        runs,
        measured,
        ratios,
        jsByRoute: perRoute,
        helpBudget: budget,
      },
      null,
      2,
    ),
  );
  console.log(`\nFull reports: ${resultsDir}/lighthouse-*.json`);
} finally {
  chrome?.kill();
  await app.close();
  await rm(work, { recursive: true, force: true });
}
