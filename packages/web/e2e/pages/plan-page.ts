// Page model for the safety plan (/plan, the guided steps, editing, versions, print, wallet
// card) and the hope box (/hope-box and its slideshow). Labels come from the English catalogue,
// so a wording change in @onward/content does not break these tests, but a missing or renamed
// control does.
import { en } from '@onward/content';
import type { Locator, Page } from 'playwright-core';
import { AppShell } from './app-shell.ts';

/** en['plan.warningSigns.item'] with {n} filled: "Warning sign 2". */
export const fill = (message: string, values: Record<string, string | number>): string =>
  message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));

export interface Person {
  name: string;
  phone: string;
}

/** Everything a full plan holds, as the person would type it. */
export interface PlanInput {
  warningSigns: string[];
  coping: string[];
  distractions: Person[];
  people: Person[];
  clinician: Person;
  /** A crisis line's name, as listed for the chosen country. */
  line: string;
  urgent: { name: string; address: string; phone: string };
  safeEnvironment: string[];
  reasons: string[];
  likelihood: string;
  obstacles: string;
  copyKeptAt: string;
}

export class PlanPage extends AppShell {
  /** A button by its exact accessible name, inside main. */
  button(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  link(name: string): Locator {
    return this.main.getByRole('link', { name, exact: true });
  }

  /** A field by its exact label, optionally inside a fieldset (group) with this legend. */
  field(label: string, group?: string): Locator {
    const scope = group ? this.main.getByRole('group', { name: group, exact: true }) : this.main;
    return scope.getByLabel(label, { exact: true });
  }

  /** Waits for the screen with this h1. */
  async expectHeading(text: string): Promise<void> {
    await this.main.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
  }

  /** Fills rows of a list section, adding rows as needed (the first row is already there). */
  async fillEntries(itemMessage: string, texts: string[]): Promise<void> {
    for (const [i, text] of texts.entries()) {
      const label = fill(itemMessage, { n: i + 1 });
      if (i > 0) await this.button(en['plan.item.add']).click();
      await this.field(label).fill(text);
    }
  }

  /** Fills person rows: each row is a fieldset named by `itemMessage` ("Person {n}"). */
  async fillPeople(
    itemMessage: string,
    people: Person[],
    labels: { name: string; phone: string },
    addButton: Locator = this.button(en['plan.item.add']),
  ): Promise<void> {
    for (const [i, person] of people.entries()) {
      const group = fill(itemMessage, { n: i + 1 });
      if (i > 0) await addButton.click();
      await this.field(labels.name, group).fill(person.name);
      await this.field(labels.phone, group).fill(person.phone);
    }
  }

  async next(): Promise<void> {
    const before = this.page.url();
    await this.button(en['plan.guide.next']).click();
    await this.page.waitForURL((url) => url.href !== before);
    await this.heading.waitFor();
  }

  /** Goes through the guided steps from step 1, filling every one, and finishes. */
  async makePlan(plan: PlanInput, onStep?: (n: number) => Promise<void>): Promise<void> {
    await this.open('/plan/guide/1');
    await this.expectHeading(en['plan.warningSigns.title']);
    await this.fillEntries(en['plan.warningSigns.item'], plan.warningSigns);
    await onStep?.(1);
    await this.next();

    await this.expectHeading(en['plan.coping.title']);
    await this.fillEntries(en['plan.coping.item'], plan.coping);
    await onStep?.(2);
    await this.next();

    await this.expectHeading(en['plan.distractions.title']);
    await this.fillPeople(en['plan.distractions.item'], plan.distractions, {
      name: en['plan.distractions.name'],
      phone: en['plan.distractions.phone'],
    });
    await onStep?.(3);
    await this.next();

    await this.expectHeading(en['plan.people.title']);
    await this.fillPeople(en['plan.people.item'], plan.people, {
      name: en['plan.people.name'],
      phone: en['plan.people.phone'],
    });
    await onStep?.(4);
    await this.next();

    await this.expectHeading(en['plan.professionals.title']);
    const clinician = fill(en['plan.clinicians.item'], { n: 1 });
    await this.field(en['plan.clinicians.name'], clinician).fill(plan.clinician.name);
    await this.field(en['plan.clinicians.phone'], clinician).fill(plan.clinician.phone);
    await this.lineChoice(plan.line).click();
    const urgent = fill(en['plan.urgent.item'], { n: 1 });
    await this.field(en['plan.urgent.name'], urgent).fill(plan.urgent.name);
    await this.field(en['plan.urgent.address'], urgent).fill(plan.urgent.address);
    await this.field(en['plan.urgent.phone'], urgent).fill(plan.urgent.phone);
    await onStep?.(5);
    await this.next();

    await this.expectHeading(en['plan.safeEnvironment.title']);
    await this.fillEntries(en['plan.safeEnvironment.item'], plan.safeEnvironment);
    await onStep?.(6);
    await this.next();

    await this.expectHeading(en['plan.reasons.title']);
    await this.fillEntries(en['plan.reasons.item'], plan.reasons);
    await onStep?.(7);
    await this.next();

    await this.expectHeading(en['plan.using.title']);
    await this.field(en['plan.likelihood.label']).fill(plan.likelihood);
    await this.field(en['plan.obstacles.label']).fill(plan.obstacles);
    await this.field(en['plan.copyKeptAt.label']).fill(plan.copyKeptAt);
    await onStep?.(8);
    await this.button(en['plan.guide.finish']).click();
    await this.expectHeading(en['plan.guide.doneHeading']);
  }

  /** The toggle button for a crisis line on step 5 (aria-pressed says whether it is on). */
  lineChoice(name: string): Locator {
    return this.main.getByRole('button', { name, exact: true });
  }

  /** The plan's section headings on the overview, in order. */
  async sectionHeadings(): Promise<string[]> {
    return this.main.locator('.plan-section > h2').allTextContents();
  }

  /** Every text of the plan view in document order (items, names, numbers, notes). */
  async planTexts(): Promise<string[]> {
    return this.main
      .locator('.plan-items li, .plan-person-name, .plan-person-phone, .plan-notes dd')
      .allTextContents();
  }

  /** tel: links inside main, as hrefs. */
  async telHrefs(): Promise<string[]> {
    return this.main
      .locator('a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  }

  // ---- hope box ---------------------------------------------------------------------------

  async chooseHopeKind(label: string): Promise<void> {
    await this.main.getByRole('radio', { name: label, exact: true }).check();
  }

  get slideshow(): Locator {
    return this.page.locator('dialog.hope-show');
  }

  // ---- storage ----------------------------------------------------------------------------

  /**
   * Every value stored in IndexedDB by this origin, as raw bytes (base64): ArrayBuffers and
   * typed arrays as they are, strings as UTF-8, anything else as its JSON. A test searches these
   * for plaintext that must never be there.
   */
  async rawStoredValues(): Promise<Buffer[]> {
    const values = await this.page.evaluate(async () => {
      const toBase64 = (bytes: Uint8Array) => {
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000) {
          s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        }
        return btoa(s);
      };
      const encode = (value: unknown): Uint8Array => {
        if (value instanceof ArrayBuffer) return new Uint8Array(value);
        if (ArrayBuffer.isView(value)) {
          return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        }
        if (typeof value === 'string') return new TextEncoder().encode(value);
        return new TextEncoder().encode(JSON.stringify(value) ?? '');
      };
      const out: string[] = [];
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(info.name as string);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        for (const storeName of Array.from(db.objectStoreNames)) {
          const all = await new Promise<unknown[]>((resolve, reject) => {
            const request = db.transaction(storeName).objectStore(storeName).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          for (const value of all) {
            // Records may be stored as objects holding bytes: walk one level in.
            if (value && typeof value === 'object' && !ArrayBuffer.isView(value)) {
              for (const inner of Object.values(value as Record<string, unknown>)) {
                out.push(toBase64(encode(inner)));
              }
            }
            out.push(toBase64(encode(value)));
          }
        }
        db.close();
      }
      return out;
    });
    return values.map((v) => Buffer.from(v, 'base64'));
  }
}

/** The page as a PlanPage, for tests that need both shells. */
export const planPage = (page: Page): PlanPage => new PlanPage(page);
