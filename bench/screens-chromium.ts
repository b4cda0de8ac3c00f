// Screens beside the help screens, timed in Chromium (not a test; prints numbers): did making
// "Get help now" faster make anything else slower? Compares two builds in the same run:
//
//   npm run build && node bench/screens-chromium.ts --base=path/to/other/dist [--runs=7]
//
// Serves each build with the real server on loopback and opens it in the e2e tests' Chromium at
// phone size with the CPU slowed 4x (as Lighthouse's mobile preset does), fresh contexts, the
// builds taking turns run by run. For each it prints the median of:
// - tool: a tool screen opened directly (/tools/breathing), from navigation to its heading
//   (a first visit: fresh context, nothing cached);
// - lock: a private screen (/plan) with a passcode set, from navigation to the lock screen's
//   heading (the same profile each run, in a new tab: a returning person, cache warm);
// - unlock: from pressing Unlock (the right passcode) to the plan's heading (Argon2id included).
// Times are read in the page (performance.now() at the first frame showing each heading).
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '@onward/content';
import { buildServer } from '@onward/server';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../packages/web/e2e/browser.ts';
import { PrivacyPage } from '../packages/web/e2e/pages/privacy-page.ts';
import { phone } from '../packages/web/e2e/viewports.ts';

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const runs = Number(arg('runs') ?? 7) || 7;
const builds: Record<string, string> = {
  this: arg('dist') ?? join(import.meta.dirname, '..', 'packages', 'web', 'dist'),
};
const base = arg('base');
if (base) builds.base = base;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

/** Records, in the page, when each h1 text first appears (checked every frame). */
const watchHeadings = () => {
  const seen: Record<string, number> = {};
  (window as unknown as { __h1: typeof seen }).__h1 = seen;
  const tick = () => {
    const text = document.querySelector('main#main h1')?.textContent?.trim();
    if (text && !(text in seen)) seen[text] = performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

async function headingAt(page: Page, text: string): Promise<number> {
  await page.waitForFunction(
    (t) => (window as unknown as { __h1?: Record<string, number> }).__h1?.[t] !== undefined,
    text,
    { timeout: 60_000 },
  );
  return page.evaluate(
    (t) => (window as unknown as { __h1: Record<string, number> }).__h1[t] as number,
    text,
  );
}

async function slowContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ ...phone.options, locale: 'en-US', baseURL });
  await context.addInitScript(watchHeadings);
  return context;
}

async function slowPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

const work = await mkdtemp(join(tmpdir(), 'onward-screens-'));
const servers: { name: string; url: string; close: () => Promise<void> }[] = [];
const browser = await launchBrowser();
try {
  for (const [name, dist] of Object.entries(builds)) {
    const webRoot = join(work, name);
    await cp(dist, webRoot, { recursive: true });
    const app = await buildServer({
      webRoot,
      databaseUrl: `sqlite:${join(work, `${name}.sqlite`)}`,
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    servers.push({ name, url, close: () => app.close() });
  }
  const times: Record<string, { tool: number[]; lock: number[]; unlock: number[] }> = {};
  const passcode = 'a long enough passcode 42';
  // A profile with a passcode set, per build, kept open: the lock screen is timed as a person
  // who comes back sees it (service worker and cache warm), each run in a new tab.
  const profiles: Record<string, BrowserContext> = {};
  for (const server of servers) {
    const context = await slowContext(browser, server.url);
    const page = await slowPage(context);
    const privacy = new PrivacyPage(page);
    // Not privacy.openPrivacy(): it waits for the app's "ready" mark, which a build from
    // before issue 12 (the usual --base) does not set.
    await page.goto('/settings/privacy');
    await privacy.privacyHeading.waitFor({ timeout: 120_000 });
    await privacy.setPasscode(passcode);
    await page.close();
    profiles[server.name] = context;
  }
  for (let i = 0; i < runs; i++) {
    for (const server of servers) {
      const t = times[server.name] ?? { tool: [], lock: [], unlock: [] };
      times[server.name] = t;
      {
        // A first visit: fresh context, nothing cached.
        const context = await slowContext(browser, server.url);
        const page = await slowPage(context);
        await page.goto('/tools/breathing');
        t.tool.push(await headingAt(page, en['tools.breathe.title']));
        await context.close();
      }
      {
        const profile = profiles[server.name];
        if (!profile) throw new Error('no profile');
        const page = await slowPage(profile);
        await page.goto('/plan');
        t.lock.push(await headingAt(page, en['privacy.lock.title']));
        const privacy = new PrivacyPage(page);
        await privacy.passwordField('privacy.lock.passcodeLabel').fill(passcode);
        const pressed = await page.evaluate(() => performance.now());
        await privacy.button('privacy.lock.submit').click();
        t.unlock.push((await headingAt(page, en['plan.title'])) - pressed);
        await page.close();
      }
    }
  }
  console.log(`\nScreens in Chromium (phone, CPU 4x slower), median of ${runs} run(s), ms`);
  console.log(
    `${'build'.padEnd(8)}${'tool'.padStart(8)}${'lock'.padStart(8)}${'unlock'.padStart(8)}`,
  );
  for (const [name, t] of Object.entries(times)) {
    console.log(
      `${name.padEnd(8)}${String(Math.round(median(t.tool))).padStart(8)}` +
        `${String(Math.round(median(t.lock))).padStart(8)}` +
        `${String(Math.round(median(t.unlock))).padStart(8)}` +
        `   (tool ${t.tool.map(Math.round).join(', ')}; lock ${t.lock.map(Math.round).join(', ')};` +
        ` unlock ${t.unlock.map(Math.round).join(', ')})`,
    );
  }
  for (const server of servers) console.log(`  ${server.name}: ${builds[server.name]}`);
  for (const context of Object.values(profiles)) await context.close();
} finally {
  await browser.close();
  for (const server of servers) await server.close();
  await rm(work, { recursive: true, force: true });
}
