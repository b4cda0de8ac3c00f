// The encrypted vault, the app lock, backup and restore, quick exit and discreet mode, in real
// Chromium against the built app served by the real server (issue 3's "Done means").
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '@onward/content';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { browserCommand } from './browser.ts';
import {
  backupPath,
  type E2eRecord,
  kitPath,
  PrivacyPage,
  privacyPath,
} from './pages/privacy-page.ts';
import { ToolsPage } from './pages/tools-page.ts';
import { type AppSession, openApp, useBrowser } from './session.ts';
import { phone } from './viewports.ts';

const browser = useBrowser();

const records: E2eRecord[] = [
  { kind: 'e2e-note', id: 'first', value: { text: 'MARKER-lavender-otter-4471' } },
  { kind: 'e2e-note', id: 'second', value: { text: 'a second note', n: 2 } },
  { kind: 'e2e-other', id: 'x', value: ['one', 'two'] },
];
const MARKER = 'MARKER-lavender-otter-4471';

const byKey = (rs: E2eRecord[]) =>
  [...rs].sort((a, b) => `${a.kind}/${a.id}`.localeCompare(`${b.kind}/${b.id}`));

function expectQuiet(session: AppSession) {
  expect(session.log.cspViolations).toEqual([]);
  expect(session.log.pageErrors).toEqual([]);
}

/** Files under `dir` that contain `needle` as UTF-8/Latin-1 or as UTF-16LE bytes. */
async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const narrow = Buffer.from(needle, 'latin1');
  const wide = Buffer.from(needle, 'utf16le');
  const found: string[] = [];
  const walk = async (d: string) => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && (await stat(full)).size < 64 * 1024 * 1024) {
        const bytes = await readFile(full);
        if (bytes.includes(narrow) || bytes.includes(wide)) found.push(full);
      }
    }
  };
  await walk(dir);
  return found;
}

describe('the vault at rest', () => {
  it('keeps no plaintext in IndexedDB: not in what it stores, not in the files on disk', async () => {
    // A persistent profile, so IndexedDB is written to real files we can search byte by byte.
    const profile = await mkdtemp(join(tmpdir(), 'onward-vault-profile-'));
    onTestFinished(() => rm(profile, { recursive: true, force: true }));
    const command = await browserCommand();
    const context: BrowserContext = await chromium.launchPersistentContext(profile, {
      executablePath: command.executablePath,
      headless: true,
      args: ['--headless=new', ...command.args],
      baseURL: inject('baseURL'),
      ...phone.options,
    });
    const CONTROL = 'CONTROL-plain-heron-9902';
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const privacy = new PrivacyPage(page);
      await privacy.openPrivacy();
      await privacy.vaultCall('put', records);
      expect(byKey(await privacy.vaultCall<E2eRecord[]>('all'))).toEqual(byKey(records));
      // Positive control: a plaintext value in another database must be found by both searches,
      // or the searches prove nothing.
      await page.evaluate(async (control) => {
        const db = await new Promise<IDBDatabase>((resolve) => {
          const r = indexedDB.open('e2e-control', 1);
          r.onupgradeneeded = () => r.result.createObjectStore('s');
          r.onsuccess = () => resolve(r.result);
        });
        await new Promise<void>((resolve) => {
          const tx = db.transaction('s', 'readwrite');
          tx.objectStore('s').put({ text: control }, 'k');
          tx.oncomplete = () => resolve();
        });
        db.close();
      }, CONTROL);

      const raw = await privacy.rawIndexedDb();
      expect(raw).toContain(CONTROL);
      expect(raw).toContain('db:onward-vault');
      expect(raw).not.toContain(MARKER);
      expect(raw).not.toContain('e2e-note');
      expect(raw).not.toContain('second note');
    } finally {
      await context.close();
    }
    expect((await filesContaining(profile, CONTROL)).length).toBeGreaterThan(0);
    expect(await filesContaining(profile, MARKER)).toEqual([]);
    expect(await filesContaining(profile, 'a second note')).toEqual([]);
  });
});

describe('the app lock', () => {
  it('never stands between "Get help now" and a coping tool', async () => {
    const session = await openApp(await browser(), phone);
    const privacy = new PrivacyPage(session.page);
    await privacy.openPrivacy();
    await privacy.setPasscode('calm harbour 7');
    await session.page.goto('/help/safe');
    // Locked after the new visit, yet the suggested tool starts and runs in the same tap.
    const start = privacy.main.getByRole('link', { name: /^Start / }).first();
    await start.click();
    await session.page.waitForURL('**/tools/**');
    await new ToolsPage(session.page).countdown.waitFor();
    expect(await privacy.lockHeading.count()).toBe(0);
    // The toolkit index opens (its private parts stay hidden); the library, which reads the
    // person's records, stays behind the lock.
    await session.page.goto('/tools');
    await privacy.main.getByText(en['tools.lockedNote']).waitFor();
    expect(await privacy.lockHeading.count()).toBe(0);
    await session.page.goto('/tools/alternatives');
    await privacy.lockHeading.waitFor();
  });

  it('locks after a reload, keeps help open, slows wrong passcodes, and opens with the right one', async () => {
    const session = await openApp(await browser(), phone);
    const privacy = new PrivacyPage(session.page);
    await privacy.openPrivacy();
    await privacy.vaultCall('put', records);
    const code = await privacy.setPasscode('quiet river 42');
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){13}$/);

    // A new visit (a reload of the app): locked.
    await session.page.goto(privacyPath);
    await privacy.lockHeading.waitFor();
    expect(await privacy.vaultCall<E2eRecord[]>('all')).toEqual([]);

    // "Get help now" works while locked.
    await privacy.helpLink.click();
    await session.page.waitForURL('**/help');
    await privacy.main.getByRole('heading', { level: 1, name: en['help.title'] }).waitFor();
    await session.page.goBack();
    await privacy.lockHeading.waitFor();

    // A wrong passcode: refused, then a wait that grows with each wrong one (1 s, then 2 s). The
    // wait is read where it is kept, bounded by the page's clock before the press and after the
    // answer (the attempt is recorded before Argon2id and its wait pushed on once the answer is
    // known); the screen shows it while it lasts. The page stays live during Argon2id (it runs
    // in a worker), so on a busy machine a short wait may already be over when "wrong" shows.
    const wrongOnce = async (passcode: string, failures: number) => {
      const before = await session.page.evaluate(() => Date.now());
      await privacy.submitPasscode(passcode);
      const status = () => privacy.vaultCall<{ failures: number; retryAt: number }>('status');
      await expect.poll(async () => (await status()).failures).toBe(failures);
      await privacy.main.getByText(en['privacy.lock.wrong']).waitFor();
      const after = await session.page.evaluate(() => Date.now());
      const { retryAt } = await status();
      const wait = 1000 * 2 ** (failures - 1);
      expect(retryAt - wait).toBeGreaterThanOrEqual(before);
      expect(retryAt - wait).toBeLessThanOrEqual(after);
      const shown = await privacy.waitText();
      const left = retryAt - (await session.page.evaluate(() => Date.now()));
      if (left > 1100) expect(shown).not.toBe('');
      await expect.poll(() => privacy.waitText(), { timeout: 5_000 }).toBe('');
    };
    await wrongOnce('not it', 1);
    await wrongOnce('still not it', 2);

    // The counter is kept in storage: a reload does not clear it.
    await session.page.reload();
    await privacy.lockHeading.waitFor();
    expect(await privacy.vaultCall<{ failures: number }>('status')).toMatchObject({
      failures: 2,
    });
    await expect.poll(() => privacy.waitText(), { timeout: 5_000 }).toBe('');
    await privacy.submitPasscode('quiet river 42');
    await privacy.privacyHeading.waitFor();
    expect(byKey(await privacy.vaultCall<E2eRecord[]>('all'))).toEqual(byKey(records));
    expect(await privacy.vaultCall<{ failures: number }>('status')).toMatchObject({
      state: 'unlocked',
      failures: 0,
    });
    expectQuiet(session);
  });
});

describe('backup and restore', () => {
  async function exportBackup(passphrase: string): Promise<Buffer> {
    const session = await openApp(await browser(), phone);
    const privacy = new PrivacyPage(session.page);
    await privacy.open(backupPath);
    await privacy.vaultCall('put', records);
    await privacy.passwordField('privacy.backup.passphraseLabel').fill(passphrase);
    await privacy.passwordField('privacy.backup.confirmLabel').fill(passphrase);
    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      privacy.button('privacy.backup.export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^onward-backup-\d{4}-\d{2}-\d{2}\.onward$/);
    const path = await download.path();
    expectQuiet(session);
    return readFile(path);
  }

  async function openBackupFile(privacy: PrivacyPage, bytes: Buffer, passphrase: string) {
    await privacy.main.getByLabel(en['privacy.backup.fileLabel'], { exact: true }).setInputFiles({
      name: 'backup.onward',
      mimeType: 'application/octet-stream',
      buffer: bytes,
    });
    await privacy.passwordField('privacy.backup.importPassphraseLabel').fill(passphrase);
    await privacy.button('privacy.backup.check').click();
  }

  it('exports a backup and imports it into a fresh browser profile, every record back', async () => {
    const file = await exportBackup('long backup phrase');
    // A fresh context: its own, empty storage, like another device.
    const session = await openApp(await browser(), phone);
    const privacy = new PrivacyPage(session.page);
    await privacy.open(backupPath);
    expect(await privacy.vaultCall<E2eRecord[]>('all')).toEqual([]);
    await openBackupFile(privacy, file, 'long backup phrase');
    await privacy.main
      .getByText(en['privacy.backup.previewEmpty'].replace('{incoming}', '3'))
      .waitFor();
    await privacy.button('privacy.backup.apply').click();
    await privacy.main.getByText(en['privacy.backup.done'].replace('{count}', '3')).waitFor();
    await session.page.reload();
    await privacy.main.getByRole('heading', { level: 1 }).waitFor();
    expect(byKey(await privacy.vaultCall<E2eRecord[]>('all'))).toEqual(byKey(records));
    expectQuiet(session);
  });

  it('refuses a wrong passphrase, a tampered and a cut-off file, changing nothing', async () => {
    const file = await exportBackup('long backup phrase');
    const session = await openApp(await browser(), phone);
    const privacy = new PrivacyPage(session.page);
    await privacy.open(backupPath);
    const mine: E2eRecord[] = [{ kind: 'e2e-note', id: 'mine', value: { text: 'only here' } }];
    await privacy.vaultCall('put', mine);

    const tampered = Buffer.from(file);
    tampered[tampered.length - 20] = (tampered[tampered.length - 20] as number) ^ 0x01;
    const cases: Array<[Buffer, string, keyof typeof en]> = [
      [file, 'not the phrase', 'privacy.backup.wrongPassphrase'],
      [tampered, 'long backup phrase', 'privacy.backup.wrongPassphrase'],
      [file.subarray(0, file.length - 40), 'long backup phrase', 'privacy.backup.truncated'],
      [
        Buffer.from('just some notes, not a backup'),
        'long backup phrase',
        'privacy.backup.notBackup',
      ],
    ];
    for (const [bytes, passphrase, message] of cases) {
      await openBackupFile(privacy, bytes, passphrase);
      await privacy.main.getByText(en[message]).waitFor();
      expect(await privacy.vaultCall<E2eRecord[]>('all')).toEqual(mine);
    }

    // With data on the device, the person chooses merge or replace, seeing the counts first.
    await openBackupFile(privacy, file, 'long backup phrase');
    await privacy.main
      .getByText(
        en['privacy.backup.preview']
          .replace('{incoming}', '3')
          .replace('{existing}', '1')
          .replace('{inBoth}', '0'),
      )
      .waitFor();
    await privacy.main
      .getByRole('radio', { name: en['privacy.backup.replace'].replace('{incoming}', '3') })
      .check();
    await privacy.button('privacy.backup.apply').click();
    await privacy.main.getByText(en['privacy.backup.done'].replace('{count}', '3')).waitFor();
    expect(byKey(await privacy.vaultCall<E2eRecord[]>('all'))).toEqual(byKey(records));
    expectQuiet(session);
  });
});

describe('quick exit', () => {
  async function walkIn(page: Page, privacy: PrivacyPage) {
    await privacy.open('/');
    await privacy.helpLink.click();
    await page.waitForURL('**/help');
    await privacy.page.getByRole('link', { name: en['shell.homeLink'] }).first().click();
    await page.waitForURL((url) => url.pathname === '/');
  }

  async function expectGone(page: Page) {
    await page.waitForURL('**/weather.html');
    await page.getByRole('heading', { level: 1, name: en['privacy.exitPage.heading'] }).waitFor();
    expect(await page.title()).toBe(en['privacy.exitPage.title']);
  }

  async function backDoesNotReturn(page: Page) {
    // Back lands on an earlier entry of the app in this tab, which bounces straight out again.
    await page.goBack({ waitUntil: 'commit' }).catch(() => null);
    await expectGone(page);
    await page.goBack({ waitUntil: 'commit' }).catch(() => null);
    await expectGone(page);
  }

  it('leaves from the top-bar control, and Back does not return', async () => {
    const session = await openApp(await browser(), phone);
    const privacy = new PrivacyPage(session.page);
    await walkIn(session.page, privacy);
    await privacy.quickExit.click();
    await expectGone(session.page);
    await backDoesNotReturn(session.page);
  });

  it('leaves when Escape is pressed three times', async () => {
    const session = await openApp(await browser(), phone);
    const privacy = new PrivacyPage(session.page);
    await walkIn(session.page, privacy);
    for (let i = 0; i < 3; i++) await session.page.keyboard.press('Escape');
    await expectGone(session.page);
    await backDoesNotReturn(session.page);
  });
});

describe('discreet mode', () => {
  it('changes the title, the manifest name and the icon, also before anything is unlocked', async () => {
    const session = await openApp(await browser(), phone);
    const privacy = new PrivacyPage(session.page);
    await privacy.openPrivacy();
    await privacy.main.getByLabel(en['privacy.discreet.toggle'], { exact: true }).check();
    const name = en['privacy.discreet.name'];
    await expect.poll(() => session.page.title()).toBe(name);
    const manifest = async () => {
      const href = await session.page.locator('link[rel="manifest"]').getAttribute('href');
      return session.page.evaluate(async (url) => (await fetch(url ?? '')).json(), href);
    };
    expect(await manifest()).toMatchObject({ name, short_name: name });

    // With a passcode set and the app reloaded on the help screen, it is still discreet.
    await privacy.setPasscode('quiet river 42');
    await privacy.open('/help');
    expect(await session.page.title()).toBe(name);
    expect(await manifest()).toMatchObject({ name });
    await expect
      .poll(async () => (await session.page.locator('.app-name').textContent())?.trim())
      .toBe(name);

    // And off again.
    await session.page.goto(privacyPath);
    await privacy.lockHeading.waitFor();
    await privacy.submitPasscode('quiet river 42');
    await privacy.privacyHeading.waitFor();
    await privacy.main.getByLabel(en['privacy.discreet.toggle'], { exact: true }).uncheck();
    await expect.poll(() => session.page.title()).not.toBe(name);
    expect(await manifest()).toMatchObject({ name: en['app.name'] });
    expectQuiet(session);
  });
});

describe.each(['light', 'dark'] as const)('accessibility, %s theme, phone', (scheme) => {
  it('the new-passcode form (rules, and its kind in words) has no axe violations', async () => {
    const session = await openApp(await browser(), phone, { colorScheme: scheme });
    const privacy = new PrivacyPage(session.page);
    await privacy.openPrivacy();
    // Setting a passcode: the rules, what it protects against, and its kind in words.
    await privacy.button('privacy.passcode.set').click();
    await privacy.passwordField('privacy.passcode.newLabel').fill('123456');
    await privacy.passwordField('privacy.passcode.confirmLabel').fill('123456');
    await privacy.button('privacy.passcode.saveSet').click();
    await privacy.main.getByText(en['privacy.passcode.common']).waitFor();
    await privacy.passwordField('privacy.passcode.newLabel').fill('quiet river 42');
    await privacy.main.getByText(en['privacy.strength.password']).waitFor();
    await expectNoAxeViolations(session.page, `${privacyPath}, new passcode (${scheme})`);
    await privacy.button('privacy.passcode.cancel').click();
    expectQuiet(session);
  });

  it('every privacy screen has no axe violations', async () => {
    const session = await openApp(await browser(), phone, { colorScheme: scheme });
    const privacy = new PrivacyPage(session.page);
    await privacy.openPrivacy();
    await expectNoAxeViolations(session.page, `${privacyPath} (${scheme})`);
    await privacy.open(backupPath);
    await expectNoAxeViolations(session.page, `${backupPath} (${scheme})`);
    await privacy.openPrivacy();
    await privacy.setPasscode('quiet river 42');
    await expectNoAxeViolations(session.page, `${kitPath} (${scheme})`);
    await session.page.reload();
    await privacy.lockHeading.waitFor();
    await expectNoAxeViolations(session.page, `lock screen (${scheme})`);
    await privacy.button('privacy.lock.forgot').click();
    await privacy.main
      .getByRole('heading', { level: 2, name: en['privacy.recover.heading'] })
      .waitFor();
    await expectNoAxeViolations(session.page, `lock screen, recovery (${scheme})`);
    // The lock screen's own errors are in text next to the field.
    await privacy.submitPasscode('nope');
    await privacy.main.getByText(en['privacy.lock.wrong']).waitFor();
    await expectNoAxeViolations(session.page, `lock screen, wrong passcode (${scheme})`);
    expectQuiet(session);
  });
});
