// Screenshots of every route, phone and desktop, light and dark, for looking at the app with
// your own eyes (`npm run screenshots -w @onward/web`, after `npm run build`). Serves the built
// app with the real server (packages/server) unless BASE_URL points at a running one. Prints any
// console error or CSP violation it sees. Writes PNGs to SHOTS_DIR (default /tmp/onward-shots)
// and, with README_SHOT=path, the phone /help shot there.
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './browser.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const outDir = process.env.SHOTS_DIR ?? '/tmp/onward-shots';
mkdirSync(outDir, { recursive: true });

async function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(root, 'packages/server/src/main.ts')], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      ONWARD_WEB_ROOT: join(root, 'packages/web/dist'),
      ONWARD_DATA_DIR: mkdtempSync(join(tmpdir(), 'onward-shots-')),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /https?:\/\/[^\s]+:\d+/.exec(seen);
      if (match) resolve(match[0].replace('localhost', '127.0.0.1'));
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${seen}`)));
  });
  return { url, child };
}

const routes = [
  ['home', '/'],
  ['help', '/help'],
  ['help-danger', '/help/danger'],
  ['help-safe', '/help/safe'],
  ['settings', '/settings'],
  ['not-found', '/no-such-page'],
] as const;

const viewports = [
  { name: 'phone', width: 390, height: 844, fontSize: 16 },
  { name: 'desktop', width: 1280, height: 800, fontSize: 16 },
  // The narrowest phone we support, with text at 200%.
  { name: 'narrow-text200', width: 320, height: 640, fontSize: 32 },
] as const;

const server = process.env.BASE_URL ? undefined : await startServer();
const base = process.env.BASE_URL ?? server?.url ?? '';
const browser = await launch();
const problems: string[] = [];
try {
  for (const viewport of viewports) {
    for (const scheme of ['light', 'dark'] as const) {
      if (viewport.name === 'narrow-text200' && scheme === 'dark') continue;
      for (const country of ['GB', 'other', undefined]) {
        if (viewport.name === 'narrow-text200' && country !== 'GB') continue;
        const context = await browser.newContext({
          viewport: { width: viewport.width, height: viewport.height },
          deviceScaleFactor: viewport.name === 'phone' ? 2 : 1,
          colorScheme: scheme,
          locale: 'en-GB',
          // Only to inject the larger root font size below (the app itself never needs this).
          bypassCSP: viewport.fontSize !== 16,
        });
        if (country) {
          await context.addInitScript(
            `localStorage.setItem('onward.country', ${JSON.stringify(country)})`,
          );
        }
        const page = await context.newPage();
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning')
            problems.push(`${m.type()}: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
        const list = country === 'GB' ? routes : routes.filter(([name]) => name !== 'not-found');
        for (const [name, path] of list) {
          if (country !== 'GB' && !['home', 'help', 'help-danger', 'help-safe'].includes(name)) {
            continue;
          }
          await page.goto(base + path, { waitUntil: 'networkidle' });
          await page.locator('h1').waitFor();
          if (viewport.fontSize !== 16) {
            // Same effect as the person's default font size setting: every size is in rem.
            await page.addStyleTag({ content: `html { font-size: ${viewport.fontSize}px; }` });
          }
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          if (overflow > 0) problems.push(`${path} at ${viewport.name}: ${overflow}px too wide`);
          const suffix = country === 'GB' ? '' : country === 'other' ? '-unlisted' : '-unset';
          const file = join(outDir, `${name}${suffix}-${viewport.name}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          if (name === 'help' && suffix === '' && viewport.name === 'phone' && scheme === 'light') {
            await page.screenshot({ path: join(outDir, 'readme-help.png') });
            if (process.env.README_SHOT)
              copyFileSync(join(outDir, 'readme-help.png'), process.env.README_SHOT);
          }
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server?.child.kill('SIGTERM');
}
console.log(`screenshots in ${outDir}`);
if (problems.length) console.log(`console problems:\n${[...new Set(problems)].join('\n')}`);
