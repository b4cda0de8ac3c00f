// The safety plan and the hope box, end to end in Chromium at phone size (screenshots at desktop
// size too). A plan made through the guided steps survives a reload, in Stanley-Brown order; its
// step-4 people become tel: links on "Get help now"; editing keeps the earlier version viewable;
// the printed plan fits one page; the hope box keeps a photo across a reload and stores nothing
// of it (or of the plan) in plaintext. Every screen passes an axe scan, light and dark.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { en } from '@onward/content';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { HelpPage } from './pages/help-page.ts';
import { fill, type PlanInput, PlanPage } from './pages/plan-page.ts';
import { PrivacyPage } from './pages/privacy-page.ts';
import { screenshotDir, screenshotsWanted } from './screenshots.ts';
import { openApp, useBrowser } from './session.ts';
import { settle } from './settle.ts';
import { desktop, phone, type Size } from './viewports.ts';

const browser = useBrowser();

/** Text no real plan would contain, so finding it in storage means plaintext leaked. */
const MARKER = 'Zephyr-7c1e-marker';

const plan: PlanInput = {
  warningSigns: [`${MARKER} I stop replying to messages`, 'Thinking nothing will change'],
  coping: ['Walk round the block', 'Play my loudest playlist'],
  distractions: [
    { name: 'The library', phone: '' },
    { name: 'Priya', phone: '07700 900111' },
  ],
  people: [
    { name: 'Sam', phone: '07700 900123' },
    { name: 'Aunt Jo', phone: '+44 (0)7700 900456' },
  ],
  clinician: { name: 'Dr Ahmed', phone: '020 7946 0000' },
  line: 'Samaritans',
  urgent: { name: 'City Hospital A&E', address: 'Station Road', phone: '' },
  safeEnvironment: ['Ask my sister to look after some things for a while'],
  reasons: ['My dog, Biscuit', 'Seeing my brother graduate'],
  likelihood: 'Fairly likely if it is on my phone',
  obstacles: 'Feeling like a burden',
  copyKeptAt: 'In my bag and on the fridge',
};

/** A fuller plan, to prove the printed page still holds everything. */
const longPlan: PlanInput = {
  ...plan,
  warningSigns: [
    ...plan.warningSigns,
    'Not wanting to see anyone, even people I like',
    'Sleeping much more, or much less, than usual',
    'Feeling that I am a burden to the people around me',
  ],
  coping: [
    ...plan.coping,
    'Have a warm shower and change into clean clothes',
    'Breathe in for 4 and out for 6, ten times',
    'Write down what I am feeling without judging it',
  ],
  distractions: [...plan.distractions, { name: 'The café on Mill Lane', phone: '' }],
  people: [...plan.people, { name: 'Chris from work', phone: '07700 900789' }],
  safeEnvironment: [...plan.safeEnvironment, 'Spend the evening in the shared room, not alone'],
  reasons: [...plan.reasons, 'Finishing my course', 'The garden in spring'],
};

/** The plan's words in the order the overview must show them. */
const inOrder = [
  ...plan.warningSigns,
  ...plan.coping,
  'The library',
  'Priya',
  '07700\u00a0900111',
  'Sam',
  '07700\u00a0900123',
  'Aunt Jo',
  '+44\u00a07700\u00a0900456',
  'Dr Ahmed',
  '020\u00a07946\u00a00000',
  'Samaritans',
  '116\u00a0123',
  'City Hospital A&E',
  'Station Road',
  ...plan.safeEnvironment,
  ...plan.reasons,
  plan.likelihood,
  plan.obstacles,
  plan.copyKeptAt,
];

const sectionTitles = [
  fill(en['plan.stepHeading'], { n: 1, title: en['plan.warningSigns.title'] }),
  fill(en['plan.stepHeading'], { n: 2, title: en['plan.coping.title'] }),
  fill(en['plan.stepHeading'], { n: 3, title: en['plan.distractions.title'] }),
  fill(en['plan.stepHeading'], { n: 4, title: en['plan.people.title'] }),
  fill(en['plan.stepHeading'], { n: 5, title: en['plan.professionals.title'] }),
  fill(en['plan.stepHeading'], { n: 6, title: en['plan.safeEnvironment.title'] }),
  en['plan.reasons.title'],
  en['plan.using.title'],
];

/** Opens the app at `size` with the country set to the United Kingdom. */
async function start(size: Size) {
  const session = await openApp(await browser(), size);
  await session.context.addInitScript(() => {
    try {
      if (!localStorage.getItem('onward.country')) localStorage.setItem('onward.country', 'GB');
    } catch {
      // about:blank has no storage; the app's own pages do.
    }
  });
  return { ...session, plan: new PlanPage(session.page) };
}

/** axe in light and in dark, leaving the page in light. */
async function scan(page: Page, where: string): Promise<void> {
  await settle(page);
  await expectNoAxeViolations(page, `${where} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  // Buttons fade their colours: let that finish before measuring contrast.
  await settle(page);
  await expectNoAxeViolations(page, `${where} (dark)`);
  await page.emulateMedia({ colorScheme: 'light' });
  await settle(page);
}

/**
 * Screenshots for people to look at, in .test-results/screenshots/<feature>/: the whole page in
 * parts of at most 1100 CSS px, so each part is readable when opened.
 */
async function saveScreenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<void> {
  if (!screenshotsWanted) return;
  const base = join(screenshotDir, name);
  await mkdir(dirname(base), { recursive: true });
  // From the top, so the sticky bar sits where it would on arrival.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  const height = fullPage
    ? await page.evaluate(() => document.documentElement.scrollHeight)
    : viewport.height;
  const part = 1100;
  for (let y = 0, i = 1; y < height; y += part, i++) {
    await page.screenshot({
      path: `${base}-${i}.png`,
      fullPage,
      scale: 'css',
      animations: 'disabled',
      clip: { x: 0, y, width: viewport.width, height: Math.min(part, height - y) },
    });
  }
}

/** Does any stored value contain these bytes? */
function storedContains(values: Buffer[], needle: Buffer): boolean {
  return values.some((v) => v.includes(needle));
}

/** How many pages a PDF made by Chromium has (each page object is "/Type /Page"). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('the safety plan at phone size', () => {
  it('is made step by step, kept across a reload in order, and shown on Get help now', async () => {
    const { page, plan: p, log } = await start(phone);
    await p.open('/plan');
    await p.expectHeading(en['plan.title']);
    await scan(page, '/plan with no plan');
    await p.link(en['plan.empty.start']).click();
    await p.expectHeading(en['plan.guide.title']);
    await scan(page, '/plan/guide');

    await p.makePlan(plan, async (n) => {
      await scan(page, `/plan/guide/${n}`);
      if (n === 1) await saveScreenshot(page, 'safety-plan/guide-step-1-phone');
      if (n === 4) await saveScreenshot(page, 'safety-plan/guide-step-4-phone');
      if (n === 5) await saveScreenshot(page, 'safety-plan/guide-step-5-phone');
    });
    await scan(page, '/plan/guide/done');

    // Reload: everything is there, in Stanley-Brown order.
    await p.open('/plan');
    await page.reload();
    await p.expectHeading(en['plan.title']);
    await p.main.locator('.plan-section').first().waitFor();
    expect(await p.sectionHeadings()).toEqual(sectionTitles);
    expect(await p.planTexts()).toEqual(inOrder);
    // "+44 (0)7700…" was tidied so the call button dials the right number.
    expect(await p.telHrefs()).toEqual([
      'tel:07700900111',
      'tel:07700900123',
      'tel:+447700900456',
      'tel:02079460000',
      'tel:116123',
    ]);
    await scan(page, '/plan');
    await saveScreenshot(page, 'safety-plan/overview-phone');

    // Get help now → danger: the step-4 people as tel: links, after the emergency number.
    const help = new HelpPage(page);
    await help.open('/help/danger');
    await help.telLink('07700900123').first().waitFor();
    const hrefs = await help.contactHrefs();
    expect(hrefs[0]).toBe('tel:999');
    expect(hrefs).toContain('tel:07700900123');
    expect(hrefs).toContain('sms:07700900123');
    expect(hrefs).toContain('tel:+447700900456');
    expect(hrefs).toContain('tel:02079460000');
    expect(hrefs.indexOf('tel:07700900123')).toBeGreaterThan(hrefs.indexOf('tel:116123'));
    await expect
      .poll(() =>
        help.main.getByRole('link', { name: fill(en['plan.call'], { name: 'Sam' }) }).count(),
      )
      .toBe(1);
    await scan(page, '/help/danger with a plan');
    await saveScreenshot(page, 'safety-plan/help-danger-phone');

    // … and the safe path: what helps, the people, the reasons for living.
    await help.open('/help/safe');
    await help.main
      .getByRole('heading', { name: en['plan.help.copingHeading'], exact: true })
      .waitFor();
    for (const text of [...plan.coping, ...plan.reasons]) {
      expect(await help.main.getByText(text, { exact: true }).count(), text).toBe(1);
    }
    expect(await help.contactHrefs()).toContain('tel:07700900123');
    await scan(page, '/help/safe with a plan');
    await saveScreenshot(page, 'safety-plan/help-safe-phone');

    // The plan is encrypted at rest: the marker is nowhere in IndexedDB.
    const stored = await p.rawStoredValues();
    expect(stored.length).toBeGreaterThan(0);
    expect(storedContains(stored, Buffer.from(MARKER, 'utf8'))).toBe(false);
    expect(storedContains(stored, Buffer.from(MARKER, 'utf16le'))).toBe(false);

    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  }, 300_000); // six steps with axe at each: minutes on a busy 2-core machine

  it('keeps the earlier version when a step is edited, with what changed', async () => {
    const { page, context, plan: p } = await start(phone);
    await p.makePlan(plan);

    // Sharing as text: where there is no share sheet, the plan is copied to the clipboard.
    await context.addInitScript(() => {
      const copied: string[] = [];
      (window as unknown as { __copied: string[] }).__copied = copied;
      Object.defineProperty(navigator, 'share', { value: undefined });
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void copied.push(text) },
      });
    });
    await p.open('/plan');
    await p.button(en['plan.copyText']).click();
    await p.main.getByText(en['plan.copied'], { exact: true }).waitFor();
    const [copied] = await page.evaluate(
      () => (window as unknown as { __copied: string[] }).__copied,
    );
    expect(copied).toContain(
      `${sectionTitles[3]}\n- Sam, 07700 900123\n- Aunt Jo, +44 7700 900456`,
    );
    expect(copied).toContain(`${en['plan.reasons.title']}\n- My dog, Biscuit`);
    expect(copied).toContain('Samaritans: Call 116 123');

    const editWarningSigns = p.main.getByRole('link', {
      name: `${en['plan.edit']} ${en['plan.warningSigns.title']}`,
      exact: true,
    });
    await editWarningSigns.click();
    await p.expectHeading(fill(en['plan.edit.title'], { section: en['plan.warningSigns.title'] }));
    await scan(page, '/plan/edit/warning-signs');
    // Reorder, change and add: all in one saved version.
    await p.main
      .getByRole('button', {
        name: fill(en['plan.item.moveUpLabel'], {
          item: fill(en['plan.warningSigns.item'], { n: 2 }),
        }),
      })
      .click();
    await p.button(en['plan.item.add']).click();
    await p.field(fill(en['plan.warningSigns.item'], { n: 3 })).fill('Not sleeping');
    await p.button(en['plan.edit.save']).click();
    await p.expectHeading(en['plan.title']);
    await p.main.getByText(en['plan.saved'], { exact: true }).waitFor();
    const items = await p.main.locator('.plan-section').first().locator('li').allTextContents();
    expect(items).toEqual([plan.warningSigns[1], plan.warningSigns[0], 'Not sleeping']);

    // A phone number that would not dial is explained next to the field, and nothing is saved.
    await p.open('/plan/edit/people');
    const person2 = fill(en['plan.people.item'], { n: 2 });
    await p.field(en['plan.people.phone'], person2).fill('12');
    await p.button(en['plan.edit.save']).click();
    await p.main.getByText(en['plan.phone.tooShort'], { exact: true }).waitFor();
    expect(await p.field(en['plan.people.phone'], person2).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await scan(page, '/plan/edit/people with a number to check');
    await p.link(en['plan.edit.cancel']).click();
    await p.expectHeading(en['plan.title']);

    await p.open('/plan/versions');
    await p.expectHeading(en['plan.versions.title']);
    const versions = p.main.locator('.plan-versions > li > a');
    expect(await versions.count()).toBe(2);
    await scan(page, '/plan/versions');
    await versions.nth(1).click();
    await p.main.getByRole('heading', { name: en['plan.version.changedHeading'] }).waitFor();
    await p.main
      .getByText(fill(en['plan.diff.added'], { item: 'Not sleeping' }), { exact: true })
      .waitFor();
    await p.main.getByText(en['plan.diff.reordered'], { exact: true }).waitFor();
    // The old version as it was: two warning signs, in their first order.
    const old = await p.main.locator('.plan-section').first().locator('li').allTextContents();
    expect(old).toEqual(plan.warningSigns);
    await scan(page, '/plan/versions/:id');
    await saveScreenshot(page, 'safety-plan/version-phone');
  });

  it('prints all six steps and the reasons for living on one page', async () => {
    const { page, plan: p } = await start(phone);
    await p.makePlan(longPlan);
    await p.open('/plan/print');
    await p.expectHeading(en['plan.print.title']);
    await scan(page, '/plan/print');
    await p.open('/plan/card');
    await p.expectHeading(en['plan.card.title']);
    await scan(page, '/plan/card');

    await p.open('/plan/print');
    await page.emulateMedia({ media: 'print' });
    await settle(page);
    const sheet = p.main.locator('.print-sheet');
    for (const title of sectionTitles) {
      await expect.poll(() => sheet.getByRole('heading', { name: title }).isVisible()).toBe(true);
    }
    for (const text of [...longPlan.reasons, ...longPlan.warningSigns, ...longPlan.coping]) {
      expect(await sheet.getByText(text).isVisible(), text).toBe(true);
    }
    expect(await page.locator('.top-bar').isVisible()).toBe(false);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdfPageCount(pdf), `pages on ${format}`).toBe(1);
    }
    // The same check by measurement: the sheet's height in print fits an A4 page's content box
    // (297 mm less 2 × 10 mm margins), at 96 px per inch.
    const height = await sheet.evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(((297 - 20) / 25.4) * 96);
    await saveScreenshot(page, 'safety-plan/print-phone');
    await page.emulateMedia({ media: 'screen' });
  });

  it('can be paused and carried on later, skipping a step', async () => {
    const { page, plan: p } = await start(phone);
    await p.open('/plan/guide/1');
    await p.fillEntries(en['plan.warningSigns.item'], ['Staying in my room']);
    await p.next();
    await p.button(en['plan.guide.skip']).click();
    await p.expectHeading(en['plan.distractions.title']);
    await p.button(en['plan.guide.pause']).click();
    await p.expectHeading(en['plan.title']);
    await p.main.getByText(en['plan.guide.paused'], { exact: true }).waitFor();
    await page.reload();
    await p.expectHeading(en['plan.title']);
    const resume = p.link(en['plan.resume.link']);
    await resume.waitFor();
    await scan(page, '/plan while paused');
    await resume.click();
    await p.expectHeading(en['plan.distractions.title']);
    expect(await p.main.locator('.plan-progress').textContent()).toBe(
      fill(en['plan.guide.progress'], { n: 3, total: 8 }),
    );
    // What was written before the pause is saved.
    await p.open('/plan');
    await p.main.getByText('Staying in my room', { exact: true }).waitFor();

    // Nothing needs sideways scrolling on the narrowest phones.
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/plan', '/plan/guide/3', '/plan/guide/5', '/plan/edit/people']) {
      await p.open(path);
      expect(await p.scrollsSideways(), path).toBe(false);
    }
  });

  it('adds a person from the device contacts where the Contact Picker exists', async () => {
    const { page, context, plan: p } = await start(phone);
    // Chromium on a desktop has no contact picker; stand in for the phone's, as Android would.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'ContactsManager', { value: class {} });
      Object.defineProperty(navigator, 'contacts', {
        value: { select: async () => [{ name: ['Robin'], tel: ['', '+1 (555) 010-0199'] }] },
      });
    });
    await p.open('/plan/guide/4');
    await p.button(en['plan.pick']).click();
    const person2 = fill(en['plan.people.item'], { n: 2 });
    await expect.poll(() => p.field(en['plan.people.name'], person2).inputValue()).toBe('Robin');
    expect(await p.field(en['plan.people.phone'], person2).inputValue()).toBe('+1 (555) 010-0199');
    await scan(page, '/plan/guide/4 with a picked contact');
  });
});

describe('while Onward is locked', () => {
  it('shows the plan on Get help now only if the person chose that, kept in step with edits', async () => {
    const { page, plan: p } = await start(phone);
    await p.makePlan(plan);
    await p.open('/plan');
    const optIn = p.main.getByRole('checkbox', { name: en['plan.crisisCopy.toggle'] });
    await optIn.check();
    await p.main.getByText(en['plan.crisisCopy.on'], { exact: true }).waitFor();

    const privacy = new PrivacyPage(page);
    await privacy.openPrivacy();
    const passcode = 'a calm blue lake 42';
    await privacy.setPasscode(passcode);

    // An edit while unlocked updates what the help screen shows while locked.
    await p.open('/plan/edit/people');
    await privacy.lockHeading.waitFor();
    await privacy.submitPasscode(passcode);
    await p.expectHeading(fill(en['plan.edit.title'], { section: en['plan.people.title'] }));
    await p.button(en['plan.item.add']).click();
    const person3 = fill(en['plan.people.item'], { n: 3 });
    await p.field(en['plan.people.name'], person3).fill('Robin');
    await p.field(en['plan.people.phone'], person3).fill('07700 900999');
    await p.button(en['plan.edit.save']).click();
    await p.expectHeading(en['plan.title']);

    await page.reload();
    await privacy.lockHeading.waitFor();
    const help = new HelpPage(page);
    await help.open('/help/danger');
    await help.telLink('07700900999').first().waitFor();
    expect(await help.contactHrefs()).toContain('tel:07700900123');
    await help.open('/help/safe');
    await help.main.getByText(plan.coping[0] as string, { exact: true }).waitFor();
    await scan(page, '/help/safe while locked, with the crisis copy');

    // Opting out removes it: locked, the help screen shows only the directory.
    await p.open('/plan');
    await privacy.submitPasscode(passcode);
    await p.expectHeading(en['plan.title']);
    await optIn.uncheck();
    await p.main.getByText(en['plan.crisisCopy.off'], { exact: true }).waitFor();
    await page.reload();
    await help.open('/help/danger');
    await help.telLink('116123').first().waitFor();
    expect(await help.contactHrefs()).not.toContain('tel:07700900123');
  });
});

describe('screenshots at desktop size', () => {
  it('overview, guided step and printed page', async () => {
    const { page, plan: p } = await start(desktop);
    await p.makePlan(plan, async (n) => {
      if (n === 2) await saveScreenshot(page, 'safety-plan/guide-step-2-desktop');
      if (n === 5) await saveScreenshot(page, 'safety-plan/guide-step-5-desktop');
    });
    await p.open('/plan');
    await p.main.locator('.plan-section').first().waitFor();
    await scan(page, '/plan at desktop size');
    await saveScreenshot(page, 'safety-plan/overview-desktop');
    await p.open('/plan/card');
    await p.expectHeading(en['plan.card.title']);
    await saveScreenshot(page, 'safety-plan/card-desktop');
    await page.emulateMedia({ media: 'print' });
    await saveScreenshot(page, 'safety-plan/card-print-desktop');
    await page.emulateMedia({ media: 'screen' });
    await p.open('/plan/print');
    await p.expectHeading(en['plan.print.title']);
    await saveScreenshot(page, 'safety-plan/print-preview-desktop');
    await page.emulateMedia({ media: 'print' });
    await settle(page);
    await saveScreenshot(page, 'safety-plan/print-desktop');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPageCount(pdf)).toBe(1);
  });
});

/** A PNG made in the page: a soft gradient with a block, larger than the app keeps. */
async function makePng(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      const gradient = ctx.createLinearGradient(0, 0, w, h);
      gradient.addColorStop(0, '#f6c992');
      gradient.addColorStop(1, '#5a8fa8');
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, w, h);
      ctx.fillStyle = '#2f5d3a';
      ctx.fillRect(w / 4, h / 4, w / 2, h / 2);
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(s);
    },
    [width, height] as const,
  );
  return Buffer.from(base64, 'base64');
}

describe('the hope box at phone size', () => {
  it('keeps a photo, a message and a link across a reload, encrypted, and shows them calmly', async () => {
    const { page, context, plan: p, log } = await start(phone);
    // Keep each blob the app shows, so the test can read the decrypted photo's bytes (the app's
    // CSP rightly forbids fetching blob: URLs).
    await context.addInitScript(() => {
      const made: Blob[] = [];
      (window as unknown as { __blobs: Blob[] }).__blobs = made;
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (object: Blob | MediaSource) => {
        if (object instanceof Blob) made.push(object);
        return create(object);
      };
    });
    await p.open('/hope-box');
    await p.expectHeading(en['hope.title']);
    await scan(page, '/hope-box (empty)');

    // A message from someone who cares.
    await p.chooseHopeKind(en['hope.kind.message']);
    await p.field(en['hope.field.message']).fill('You are worth the effort. Always.');
    await p.field(en['hope.field.from']).fill('Gran');
    await p.button(en['hope.add.save']).click();
    await p.main.getByText(en['hope.add.added'], { exact: true }).waitFor();

    // A song link: stored as typed, never fetched.
    await p.chooseHopeKind(en['hope.kind.link']);
    await p.field(en['hope.field.link']).fill('example.org/our-song');
    await p.field(en['hope.field.linkTitle']).fill('Our road trip song');
    await p.button(en['hope.add.save']).click();
    await p.main
      .getByRole('link', { name: fill(en['hope.link.open'], { title: 'Our road trip song' }) })
      .waitFor();

    // A photo: the gentle note comes first; the photo is made smaller on the device.
    await p.chooseHopeKind(en['hope.kind.photo']);
    await p.main.getByText(en['hope.photo.note'], { exact: true }).waitFor();
    await scan(page, '/hope-box adding a photo');
    const png = await makePng(page, 1600, 1000);
    await p.field(en['hope.field.photo']).setInputFiles({
      name: 'beach.png',
      mimeType: 'image/png',
      buffer: png,
    });
    await p.field(en['hope.field.caption']).fill('The beach last summer');
    await p.button(en['hope.add.save']).click();
    const alt = fill(en['hope.photo.altWith'], { caption: 'The beach last summer' });
    await p.main.getByRole('img', { name: alt }).waitFor();

    await page.reload();
    await p.expectHeading(en['hope.title']);
    const img = p.main.getByRole('img', { name: alt });
    await img.waitFor();
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
      .toBe(1280);
    expect(await img.getAttribute('src')).toMatch(/^blob:/);
    expect(await p.main.getByText('You are worth the effort. Always.').count()).toBe(1);
    await scan(page, '/hope-box with items');
    await saveScreenshot(page, 'hope-box/list-phone');

    // The stored bytes are encrypted: neither the JPEG nor its base64 text is in IndexedDB.
    const jpeg = Buffer.from(
      await page.evaluate(async () => {
        const blobs = (window as unknown as { __blobs: Blob[] }).__blobs;
        const photo = blobs.find((b) => b.type === 'image/jpeg');
        if (!photo) throw new Error('no photo blob was shown');
        const bytes = new Uint8Array(await photo.arrayBuffer());
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000) {
          s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        }
        return btoa(s);
      }),
      'base64',
    );
    expect(jpeg.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const stored = await p.rawStoredValues();
    const total = stored.reduce((n, v) => n + v.length, 0);
    expect(total, 'the photo is stored somewhere').toBeGreaterThan(jpeg.length);
    const middle = jpeg.subarray(jpeg.length / 2, jpeg.length / 2 + 48);
    expect(storedContains(stored, middle)).toBe(false);
    expect(storedContains(stored, jpeg.subarray(0, 16))).toBe(false);
    const base64 = jpeg.toString('base64');
    const text = base64.slice(base64.length / 2, base64.length / 2 + 64);
    expect(storedContains(stored, Buffer.from(text, 'utf8'))).toBe(false);
    expect(storedContains(stored, Buffer.from('You are worth the effort', 'utf8'))).toBe(false);

    // The slideshow: keyboard, pause, Escape back to the box.
    await p.link(en['hope.show']).click();
    await p.slideshow.waitFor();
    await scan(page, '/hope-box/show');
    await saveScreenshot(page, 'hope-box/slideshow-phone', { fullPage: false });
    const position = p.slideshow.locator('.hope-show-position');
    expect(await position.textContent()).toBe(fill(en['hope.show.position'], { n: 1, total: 3 }));
    await page.keyboard.press('ArrowRight');
    expect(await position.textContent()).toBe(fill(en['hope.show.position'], { n: 2, total: 3 }));
    // Moving by hand pauses the slideshow, so it does not move on underneath the person.
    await p.slideshow.getByRole('button', { name: en['hope.show.play'], exact: true }).waitFor();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await position.textContent()).toBe(fill(en['hope.show.position'], { n: 3, total: 3 }));
    await p.slideshow.getByRole('img', { name: alt }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL('**/hope-box');
    await p.expectHeading(en['hope.title']);

    // On "I'm struggling but safe", the hope box is one tap away.
    const help = new HelpPage(page);
    await help.open('/help/safe');
    await help.main.getByRole('link', { name: en['hope.helpLink'], exact: true }).waitFor();

    // Removing asks first, then the item is gone.
    await p.open('/hope-box');
    await p.main
      .getByRole('button', {
        name: fill(en['hope.removeLabel'], { item: 'Our road trip song' }),
      })
      .click();
    await p.button(en['hope.removeYes']).click();
    await p.main.getByText(en['hope.removed'], { exact: true }).waitFor();
    expect(await p.main.getByText('Our road trip song').count()).toBe(0);

    // Nothing was fetched from the link, and nothing left this origin.
    const origin = new URL(page.url()).origin;
    expect(
      log.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:')),
    ).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });

  it('shows the slideshow without movement under reduced motion', async () => {
    const { page, plan: p } = await start(phone);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await p.open('/hope-box');
    await p.chooseHopeKind(en['hope.kind.reason']);
    await p.field(en['hope.field.text']).fill('My sister');
    await p.button(en['hope.add.save']).click();
    await p.chooseHopeKind(en['hope.kind.future']);
    await p.field(en['hope.field.text']).fill('The concert in June');
    await p.button(en['hope.add.save']).click();
    await p.link(en['hope.show']).click();
    await p.slideshow.waitFor();
    // Starts paused, and nothing animates.
    await p.slideshow.getByRole('button', { name: en['hope.show.play'], exact: true }).waitFor();
    const animations = await page.evaluate(() => document.getAnimations().length);
    expect(animations).toBe(0);
    await p.slideshow.getByRole('button', { name: en['hope.show.close'], exact: true }).click();
    await page.waitForURL('**/hope-box');
  });
});
