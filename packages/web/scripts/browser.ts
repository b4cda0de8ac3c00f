// Starts headless Chromium for the icon and screenshot scripts: CHROME_PATH when set, else the
// build inside @sparticuz/chromium, minus the flags that weaken security or break workers, plus
// flags that stop the browser making background requests of its own.
import sparticuz from '@sparticuz/chromium';
import { type Browser, chromium } from 'playwright-core';

const unwanted = new Set(['--single-process', '--disable-web-security', '--no-zygote']);
const quiet = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export async function launch(): Promise<Browser> {
  const fromEnv = process.env.CHROME_PATH;
  const executablePath = fromEnv || (await sparticuz.executablePath());
  const base = fromEnv
    ? ['--no-sandbox', '--disable-gpu']
    : sparticuz.args.filter((flag) => !unwanted.has(flag) && !flag.startsWith('--headless'));
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--headless=new', ...base, ...quiet],
  });
}
