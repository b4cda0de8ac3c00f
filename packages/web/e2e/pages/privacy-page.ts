// Page model for privacy and security: the settings page, the lock screen, the recovery kit,
// backup and restore, quick exit and discreet mode. Labels come from the English catalogue.
//
// `vaultCall` drives the vault itself, as a feature does: it imports the page's own vault chunk
// (same origin, same module instance as the app's) and calls the engine. No test hook is built
// into the app for this.
import { en } from '@onward/content';
import { emptyPlan, type SafetyPlan } from '@onward/core';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell.ts';

export const privacyPath = '/settings/privacy';
export const backupPath = '/settings/privacy/backup';
export const kitPath = '/settings/privacy/recovery-kit';

export interface E2eRecord {
  kind: string;
  id: string;
  value: unknown;
}

/** The current safety plan as the vault keeps it: `plan`'s sections over an empty plan. */
export function planRecord(plan: Partial<SafetyPlan>): E2eRecord {
  return {
    kind: 'safety-plan',
    id: 'current',
    value: { id: 'v1', savedAt: new Date().toISOString(), plan: { ...emptyPlan(), ...plan } },
  };
}

/**
 * A person who has used the app before, on every page the context opens: a country chosen
 * (`country`) and the first-run steps done, as the app keeps them in localStorage.
 */
export async function asReturningPerson(context: BrowserContext, country = 'GB'): Promise<void> {
  await context.addInitScript((code) => {
    if (location.protocol === 'about:') return;
    localStorage.setItem('onward.country', code);
    localStorage.setItem('onward.firstRun', 'done');
  }, country);
}

const VAULT_CALL = `async ({ call, records }) => {
  const chunk = () =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .find((name) => /\\/assets\\/start-[\\w-]+\\.js$/.test(name));
  const deadline = Date.now() + 10000;
  while (!chunk() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const url = chunk();
  if (!url) throw new Error('the vault chunk (assets/start-*.js) never loaded');
  const { engine } = await import(url);
  await engine.ready();
  if (call === 'put') {
    for (const r of records) await engine.put(r.kind, r.id, r.value);
    return undefined;
  }
  if (call === 'all') return engine.all().map((r) => ({ kind: r.kind, id: r.id, value: r.value }));
  return engine.status();
}`;

export class PrivacyPage extends AppShell {
  constructor(page: Page) {
    super(page);
  }

  async openPrivacy(): Promise<void> {
    await this.open(privacyPath);
  }

  get lockHeading(): Locator {
    return this.main.getByRole('heading', { level: 1, name: en['privacy.lock.title'] });
  }

  get privacyHeading(): Locator {
    return this.main.getByRole('heading', { level: 1, name: en['privacy.title'] });
  }

  get quickExit(): Locator {
    return this.page.getByRole('button', { name: en['privacy.exit.button'], exact: true });
  }

  passwordField(label: keyof typeof en): Locator {
    return this.main.getByLabel(en[label], { exact: true });
  }

  button(label: keyof typeof en): Locator {
    return this.main.getByRole('button', { name: en[label], exact: true });
  }

  /** Sets a first passcode from the privacy page; returns the recovery code the kit shows. */
  async setPasscode(passcode: string): Promise<string> {
    await this.button('privacy.passcode.set').click();
    await this.passwordField('privacy.passcode.newLabel').fill(passcode);
    await this.passwordField('privacy.passcode.confirmLabel').fill(passcode);
    await this.button('privacy.passcode.saveSet').click();
    await this.main.getByRole('heading', { level: 1, name: en['privacy.kit.title'] }).waitFor();
    const shown = (await this.main.getByTestId('recovery-code').textContent()) ?? '';
    return shown.replace(/\s+/g, '');
  }

  /**
   * Changes the passcode from the privacy page; returns the NEW recovery code the kit then shows
   * (a change makes a fresh key, so a new kit). Comes back to the privacy page in the app.
   */
  async changePasscode(current: string, next: string): Promise<string> {
    await this.button('privacy.passcode.change').click();
    await this.passwordField('privacy.passcode.currentLabel').fill(current);
    await this.passwordField('privacy.passcode.newLabel').fill(next);
    await this.passwordField('privacy.passcode.confirmLabel').fill(next);
    await this.button('privacy.passcode.saveChange').click();
    await this.main.getByRole('heading', { level: 1, name: en['privacy.kit.title'] }).waitFor();
    const shown = (await this.main.getByTestId('recovery-code').textContent()) ?? '';
    return shown.replace(/\s+/g, '');
  }

  /** From the recovery kit back to the privacy page, inside the app (it stays unlocked). */
  async backFromKit(): Promise<void> {
    await this.main.getByRole('link', { name: en['privacy.backLink'], exact: true }).click();
    await this.privacyHeading.waitFor();
  }

  /** Types a passcode on the lock screen and submits it. */
  async submitPasscode(passcode: string): Promise<void> {
    await this.passwordField('privacy.lock.passcodeLabel').fill(passcode);
    await this.button('privacy.lock.submit').click();
  }

  /** The wait message under the lock form ("" when there is none). */
  async waitText(): Promise<string> {
    return ((await this.main.locator('#lock-wait').textContent()) ?? '').trim();
  }

  /** Runs `call` against the page's vault engine, loading the vault chunk if needed. */
  async vaultCall<T>(call: 'put' | 'all' | 'status', records: E2eRecord[] = []): Promise<T> {
    // Passed as source text: the test runner rewrites import() in test code, and this import()
    // must run in the page. DevTools-protocol evaluation is not subject to the page's CSP.
    return this.page.evaluate(
      `(${VAULT_CALL})(${JSON.stringify({ call, records })})`,
    ) as Promise<T>;
  }

  /**
   * Everything every IndexedDB database of this origin holds, keys and values, as one string:
   * bytes as Latin-1 (so ASCII plaintext would appear as itself), other values as JSON.
   */
  async rawIndexedDb(): Promise<string> {
    return this.page.evaluate(async () => {
      const parts: string[] = [];
      const latin1 = (b: Uint8Array) => {
        let s = '';
        for (const x of b) s += String.fromCharCode(x);
        return s;
      };
      const show = (v: unknown): string => {
        if (v instanceof Uint8Array) return latin1(v);
        if (v instanceof ArrayBuffer) return latin1(new Uint8Array(v));
        if (typeof v === 'string') return v;
        try {
          return JSON.stringify(v) ?? String(v);
        } catch {
          return String(v);
        }
      };
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open(info.name as string);
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        parts.push(`db:${db.name}`);
        for (const store of db.objectStoreNames) {
          const tx = db.transaction(store, 'readonly');
          const os = tx.objectStore(store);
          const [keys, values] = await Promise.all([
            new Promise<IDBValidKey[]>((resolve) => {
              const r = os.getAllKeys();
              r.onsuccess = () => resolve(r.result);
            }),
            new Promise<unknown[]>((resolve) => {
              const r = os.getAll();
              r.onsuccess = () => resolve(r.result);
            }),
          ]);
          parts.push(`store:${store}`);
          for (const [i, k] of keys.entries()) parts.push(`${show(k)}=${show(values[i])}`);
        }
        db.close();
      }
      return parts.join('\n');
    });
  }
}
