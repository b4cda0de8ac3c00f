// One way to start the browser for the end-to-end tests and the benchmarks.
//
// We drive a real Chromium: either the one named by CHROME_PATH (e.g. Debian's /usr/bin/chromium)
// or the build shipped inside @sparticuz/chromium, so a fresh machine with only Node and npm can
// run the browser layer. @sparticuz/chromium's recommended flags are tuned for serverless
// sandboxes; we drop the ones that would weaken what we are testing: --disable-web-security and
// --allow-running-insecure-content (we need real same-origin and CSP behaviour), and
// --single-process / --no-zygote (service workers need their own process to be trustworthy).
// We add flags that stop the browser itself talking to Google, so the "no third-party requests"
// test only ever sees the app's own traffic.
import sparticuz from '@sparticuz/chromium';
import { type Browser, chromium } from 'playwright-core';

/** Flags that keep the browser from making background requests of its own. */
export const quietNetworkFlags = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Flags from @sparticuz/chromium that would make the tests lie about security or workers. */
const unwantedFlags = new Set([
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--no-zygote',
]);

export interface BrowserCommand {
  executablePath: string;
  /** Flags without any --headless switch (the caller adds the one its launcher wants). */
  args: string[];
  source: 'CHROME_PATH' | '@sparticuz/chromium';
}

const howToFix =
  'Set CHROME_PATH to a Chromium or Chrome executable (for example CHROME_PATH=/usr/bin/chromium ' +
  'after `apt-get install chromium`), or make sure @sparticuz/chromium is installed and /tmp is ' +
  'writable so it can unpack its browser.';

/** Which executable to run and with which flags; shared by the tests and bench/lighthouse.ts. */
export async function browserCommand(): Promise<BrowserCommand> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    return {
      executablePath: fromEnv,
      args: ['--no-sandbox', '--disable-gpu', ...quietNetworkFlags],
      source: 'CHROME_PATH',
    };
  }
  let executablePath: string;
  try {
    executablePath = await sparticuz.executablePath();
  } catch (error) {
    throw new Error(`Could not unpack @sparticuz/chromium (${String(error)}). ${howToFix}`);
  }
  const args = sparticuz.args.filter(
    (flag) => !unwantedFlags.has(flag) && !flag.startsWith('--headless'),
  );
  for (const flag of quietNetworkFlags) if (!args.includes(flag)) args.push(flag);
  return { executablePath, args, source: '@sparticuz/chromium' };
}

/**
 * Launches headless Chromium with playwright-core. Throws (so tests fail, never skip) with a
 * message saying what to set when no browser can be started.
 */
export async function launchBrowser(): Promise<Browser> {
  const command = await browserCommand();
  try {
    return await chromium.launch({
      executablePath: command.executablePath,
      headless: true,
      args: ['--headless=new', ...command.args],
    });
  } catch (error) {
    throw new Error(
      `Could not launch Chromium from ${command.source} (${command.executablePath}): ` +
        `${error instanceof Error ? error.message : String(error)}\n${howToFix}`,
    );
  }
}
