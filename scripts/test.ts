// The whole test suite: typecheck, lint, build the app, then every test layer (unit,
// integration, browser end-to-end) in one Vitest run. Ends with a plain
// "N passed, N failed" line that CI reads. Under CI=true a skipped test is a failure:
// a missing browser or database must never pass silently.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const ci = process.env.CI === 'true' || process.env.CI === '1';
const extra = process.argv.slice(2);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

function step(title: string, cmd: string, args: string[]): number {
  console.log(`\n== ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  return r.status ?? 1;
}

const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const tsconfigs = [
  'packages/core',
  'packages/content',
  'packages/crypto',
  'packages/server',
  'packages/web',
  'tsconfig.tools.json',
];
let prefailed = 0;
if (extra.length === 0) {
  for (const p of tsconfigs) if (step(`typecheck ${p}`, bin('tsc'), ['-p', p]) !== 0) prefailed++;
  if (step('lint', bin('biome'), ['check', '.']) !== 0) prefailed++;
  if (step('build the app', 'npm', ['run', 'build']) !== 0) {
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync(join(root, '.test-results'), { recursive: true });
const out = join(root, '.test-results', 'vitest.json');
const status = step('tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}`,
  ...extra,
]);

type Assertion = { status: string };
type FileResult = { name: string; assertionResults: Assertion[] };
let report: { testResults: FileResult[] } = { testResults: [] };
try {
  report = JSON.parse(readFileSync(out, 'utf8'));
} catch {
  console.log('\nThe test runner wrote no report.');
}

const layers: Record<string, { passed: number; failed: number; skipped: number }> = {};
let passed = 0;
let failed = prefailed;
let skipped = 0;
for (const file of report.testResults) {
  const rel = file.name.slice(root.length + 1);
  const layer = rel.includes('/e2e/')
    ? 'e2e (Chromium)'
    : rel.startsWith('packages/server/')
      ? 'integration (server)'
      : 'unit';
  layers[layer] ??= { passed: 0, failed: 0, skipped: 0 };
  const l = layers[layer];
  for (const a of file.assertionResults) {
    if (a.status === 'passed') {
      l.passed++;
      passed++;
    } else if (a.status === 'failed') {
      l.failed++;
      failed++;
    } else {
      l.skipped++;
      skipped++;
    }
  }
}
console.log('\nTests per layer:');
for (const [name, l] of Object.entries(layers)) {
  console.log(`  ${name}: ${l.passed} passed, ${l.failed} failed, ${l.skipped} skipped`);
}
if (prefailed) console.log(`  typecheck/lint: ${prefailed} step(s) failed`);
if (ci && skipped > 0) {
  console.log(`Under CI nothing may be skipped, and ${skipped} test(s) were.`);
  failed += skipped;
  skipped = 0;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
