// Insights (not a test; prints numbers):
//   node bench/insights.ts [--runs=15] [--no-size]
// 1. Time to compute every insight (computeInsights) over ten years of synthetic records
//    (3,650 diary cards, 20,000 urge log entries, 10,000 tool uses, 520 check-ins), for each
//    period, in Node and in the e2e tests' Chromium (the same bundle-free code path the screen
//    uses). Median of --runs after two warm-up runs. Aim: under 50 ms in Chromium.
// 2. The gzipped bytes the insights feature adds to what the app loads first: the app is built
//    twice with Vite, once as it is and once with the insights feature (and its copy) left out,
//    and the files index.html loads or preloads are gzipped (level 9) and summed. Aim: zero.
// Figures vary with the machine and whatever else runs on it; nothing here fails on a number.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { computeInsights, PERIODS } from '@onward/core/insights';
import { build, type Plugin } from 'vite';
import { launchBrowser } from '../packages/web/e2e/browser.ts';
import { syntheticInput } from './insights/synthetic.ts';

const arg = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const RUNS = arg('runs', 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (x: number) => `${x.toFixed(1)} ms`;

// ---- 1a. Node ------------------------------------------------------------------------------
const input = syntheticInput();
console.log(
  `Ten years of records: ${input.cards.length} diary cards, ${input.entries.length} log entries, ` +
    `${input.toolUses.length} tool uses, ${input.checkIns.length} check-ins.`,
);
const node: Record<string, number> = {};
for (const period of PERIODS) {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const start = performance.now();
    computeInsights({ ...input, period });
    if (i >= 2) times.push(performance.now() - start);
  }
  node[period] = median(times);
}

// ---- 1b. Chromium --------------------------------------------------------------------------
const out = await mkdtemp(join(tmpdir(), 'onward-insights-bench-'));
const chromium: Record<string, number> = {};
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
        entry: join(import.meta.dirname, 'insights', 'page.ts'),
        formats: ['es'],
        fileName: () => 'page.js',
      },
    },
  });
  const script = await readFile(join(out, 'page.js'), 'utf8');
  const browser = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.setContent('<!doctype html><title>insights bench</title>');
    await page.addScriptTag({ content: script, type: 'module' });
    await page.waitForFunction(() => 'runBench' in window);
    const results = (await page.evaluate(
      (runs) =>
        (window as unknown as { runBench: (n: number) => Record<string, number[]> }).runBench(runs),
      RUNS + 2,
    )) as Record<string, number[]>;
    for (const [period, times] of Object.entries(results))
      chromium[period] = median(times.slice(2));
  } finally {
    await browser.close();
  }
} finally {
  await rm(out, { recursive: true, force: true });
}

console.log('\ncomputeInsights over ten years, median of', RUNS, 'runs (aim: < 50 ms in Chromium)');
console.log('period   Node       Chromium');
for (const period of PERIODS) {
  console.log(
    `${period.padEnd(8)} ${ms(node[period] ?? 0).padEnd(10)} ${ms(chromium[period] ?? 0)}`,
  );
}

// ---- 2. First-load size --------------------------------------------------------------------
if (!process.argv.includes('--no-size')) {
  const web = join(import.meta.dirname, '..', 'packages', 'web');
  /** Leaves the insights feature (and, with `copy`, its copy) out of the app. */
  const without = (copy: boolean): Plugin => ({
    name: 'bench-without-insights',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (path.endsWith('/features/index.ts')) {
        return code
          .replace(/^import \{ insightsFeature \}.*$/m, '')
          .replace(/^\s*insightsFeature,$/m, '');
      }
      if (copy && path.endsWith('/messages/en.ts')) {
        return code.replace(/^\s*\.\.\.(insights|report),$/gm, '');
      }
      return undefined;
    },
  });
  const firstLoad = async (plugins: Plugin[]): Promise<{ bytes: number; files: number }> => {
    const dir = await mkdtemp(join(tmpdir(), 'onward-insights-size-'));
    try {
      await build({
        configFile: join(web, 'vite.config.ts'),
        root: web,
        logLevel: 'warn',
        plugins,
        build: { outDir: dir, emptyOutDir: true },
      });
      const html = await readFile(join(dir, 'index.html'), 'utf8');
      const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
        (m) => m[1] as string,
      );
      let bytes = 0;
      for (const f of new Set(files)) {
        bytes += gzipSync(await readFile(join(dir, f)), { level: 9 }).length;
      }
      return { bytes, files: new Set(files).size };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  const withInsights = await firstLoad([]);
  const noFeature = await firstLoad([without(false)]);
  const noFeatureNoCopy = await firstLoad([without(true)]);
  console.log('\nFirst load (index.html and the files it loads or preloads), gzip -9 (aim: +0)');
  console.log(
    `as built:                           ${withInsights.bytes} B in ${withInsights.files} files`,
  );
  console.log(
    `without the insights feature:       ${noFeature.bytes} B  -> the feature's code adds ${withInsights.bytes - noFeature.bytes} B`,
  );
  console.log(
    `without the feature or its copy:    ${noFeatureNoCopy.bytes} B  -> code and copy add ${withInsights.bytes - noFeatureNoCopy.bytes} B`,
  );
}
