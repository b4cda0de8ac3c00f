// The clinic profile, end to end. The global setup's server runs WITHOUT a profile; this file
// starts a second server WITH the example profile (examples/clinic-profile.example.json), so
// both cases are tested against the same built app:
// - with a profile, "Your care team" shows the clinic, its phone as a tel: link, and works
//   offline from the copy kept on the device;
// - without one, nothing clinic-specific appears anywhere, and a copy kept from an earlier
//   answer is forgotten.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { en } from '@onward/content';
import { buildServer } from '@onward/server';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './axe.ts';
import { waitForServiceWorkerControl } from './offline.ts';
import { CareTeamPage, clinicStorageKey } from './pages/care-team-page.ts';
import { featureScreenshot, mainOverflow } from './pages/learn-page.ts';
import { openApp, useBrowser } from './session.ts';
import { settle } from './settle.ts';
import { desktop, phone, sizes } from './viewports.ts';

const browser = useBrowser();

const examplePath = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'examples',
  'clinic-profile.example.json',
);

interface ExampleProfile {
  name: string;
  phone: string;
  admissionsLine: string;
  website: string;
  email: string;
  hours: string;
  treatments: { name: string; description: string }[];
  supportGroups: { name: string; when: string; join: string }[];
}

let example: ExampleProfile;
let clinicServer: FastifyInstance;
let clinicBase: string;
let dataDir: string;

beforeAll(async () => {
  example = JSON.parse(await readFile(examplePath, 'utf8')) as ExampleProfile;
  const webRoot = process.env.ONWARD_E2E_WEB_ROOT ?? join(import.meta.dirname, '..', 'dist');
  dataDir = await mkdtemp(join(tmpdir(), 'onward-e2e-clinic-'));
  clinicServer = await buildServer({
    webRoot,
    databaseUrl: `sqlite:${join(dataDir, 'onward.sqlite')}`,
    clinicProfilePath: examplePath,
  });
  clinicBase = await clinicServer.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await clinicServer?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** "+1 555 010 0100" → "tel:+15550100100", written out so the test does not reuse app code. */
const tel = (number: string) => `tel:${number.replace(/ /g, '')}`;

/** Resolves with the status of the app's next request for the clinic profile. */
function clinicAnswer(page: Page): Promise<number> {
  return page
    .waitForResponse((r) => new URL(r.url()).pathname === '/api/clinic')
    .then((r) => r.status());
}

describe.each(sizes)('with the example clinic profile, at $name size', (size) => {
  it('"Your care team" shows the clinic, with its phone as a tel: link', async () => {
    const { page, log } = await openApp(await browser(), size);
    const care = new CareTeamPage(page);
    // A first visit straight to the page: it waits for the server's answer.
    await care.openCareTeam(clinicBase);
    await expect.poll(() => care.heading.textContent()).toBe(en['clinic.title']);
    expect(await page.title()).toBe(`${en['clinic.title']} · ${en['app.name']}`);
    expect(await care.main.textContent()).toContain(example.name);

    const call = care.telLink(tel(example.phone));
    await expect.poll(() => call.isVisible()).toBe(true);
    expect(await call.textContent()).toBe(`Call ${example.phone}`);
    expect(await care.telLink(tel(example.admissionsLine)).isVisible()).toBe(true);
    const box = await call.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);

    // The website opens only when the person chooses, in a new tab, telling it nothing.
    expect(await care.websiteLink.getAttribute('href')).toBe(example.website);
    expect(await care.websiteLink.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await care.main.locator(`a[href="mailto:${example.email}"]`).count()).toBe(1);

    const text = (await care.main.textContent()) ?? '';
    expect(text).toContain(example.hours);
    expect(text).toContain('12 Harbour Street');
    for (const treatment of example.treatments) {
      expect(text).toContain(treatment.name);
      expect(text).toContain(treatment.description);
    }
    for (const group of example.supportGroups) {
      expect(text).toContain(group.name);
      expect(text).toContain(group.when);
      expect(text).toContain(group.join);
    }
    await featureScreenshot(page, 'clinic', `care-team-${size.name}`);

    // The app only ever talked to its own server.
    const origin = new URL(clinicBase).origin;
    expect(log.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  it('appears in the navigation, and links to and from the treatments guide', async () => {
    const { page } = await openApp(await browser(), size);
    const care = new CareTeamPage(page);
    const answered = clinicAnswer(page);
    await care.open(`${clinicBase}/`);
    expect(await answered).toBe(200);
    await expect.poll(() => care.storedClinic()).not.toBeNull();
    // The shell reads the navigation at launch: from the next launch on, the entry is there.
    await page.reload();
    await care.heading.waitFor();
    await care.openFromNavigation(en['clinic.nav']);
    await page.waitForURL('**/care-team');
    await expect.poll(() => care.heading.textContent()).toBe(en['clinic.title']);
    // Wide screens mark the side navigation's entry as the current page; phones reach it
    // through More (the bottom bar holds five destinations).
    if (size.name === 'desktop') {
      expect(await care.navLink.getAttribute('aria-current')).toBe('page');
    }

    // The contextual guide link, then back through the clinic's own link in that guide.
    await care.activate(
      care.main.getByRole('link', { name: en['learn.link.treatments-explained'] }),
    );
    await page.waitForURL('**/learn/treatments-explained');
    await expect.poll(() => care.heading.textContent()).toBe('Treatments that can help');
    const back = care.main.getByRole('link', {
      name: en['clinic.treatmentsLink'].replace('{clinic}', example.name),
    });
    await care.activate(back);
    await page.waitForURL('**/care-team');
    await expect.poll(() => care.heading.textContent()).toBe(en['clinic.title']);
  });

  it('is kept on the device and opens offline after one online visit', async () => {
    const { context, page } = await openApp(await browser(), size, { serviceWorkers: 'allow' });
    const care = new CareTeamPage(page);
    await care.open(`${clinicBase}/`);
    await waitForServiceWorkerControl(page);
    await expect.poll(() => care.storedClinic()).not.toBeNull();
    await context.setOffline(true);

    await care.openCareTeam(clinicBase);
    await expect.poll(() => care.heading.textContent()).toBe(en['clinic.title']);
    await expect.poll(() => care.telLink(tel(example.phone)).isVisible()).toBe(true);
    expect(await care.main.textContent()).toContain(en['clinic.kept']);
    expect(await care.navigationEntryVisible(en['clinic.nav'])).toBe(true);
  });
});

describe.each([phone, desktop])('axe on "Your care team" at $name size', (size) => {
  it.each(['light', 'dark'] as const)('%s mode: no violations', async (colorScheme) => {
    const { page } = await openApp(await browser(), size);
    await page.emulateMedia({ colorScheme });
    const care = new CareTeamPage(page);
    await care.openCareTeam(clinicBase);
    await expect.poll(() => care.heading.textContent()).toBe(en['clinic.title']);
    await settle(page);
    await featureScreenshot(page, 'clinic', `care-team-${size.name}-${colorScheme}`);
    await expectNoAxeViolations(page, `/care-team (${size.name}, ${colorScheme})`);
  });
});

describe('"Your care team" at 320 px with text at 200%', () => {
  it('needs no sideways scrolling, and the call link fits on screen', async () => {
    const { page } = await openApp(await browser(), {
      name: 'phone',
      options: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true },
    });
    const care = new CareTeamPage(page);
    await care.openCareTeam(clinicBase);
    await expect.poll(() => care.heading.textContent()).toBe(en['clinic.title']);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    await settle(page);
    expect(await mainOverflow(page)).toEqual([]);
    const call = care.telLink(tel(example.phone));
    await call.scrollIntoViewIfNeeded();
    const box = await call.boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 320).toBe(true);
    await featureScreenshot(page, 'clinic', 'care-team-text-200-320');
  });
});

describe('without a clinic profile (the default server)', () => {
  /** Every screen a person can reach today, plus the care-team address typed by hand. */
  const screens = [
    '/',
    '/help',
    '/help/safe',
    '/help/danger',
    '/settings',
    '/learn',
    '/learn/treatments-explained',
  ];

  it('nothing clinic-specific appears anywhere', async () => {
    const { page, baseURL } = await openApp(await browser(), phone);
    const care = new CareTeamPage(page);
    const answered = clinicAnswer(page);
    await care.open('/');
    expect(await answered).toBe(204);
    await page.reload();
    await care.heading.waitFor();
    for (const path of screens) {
      await care.open(path);
      expect(await care.navLink.count(), `nav on ${path}`).toBe(0);
      expect(await page.locator('a[href="/care-team"]').count(), `link on ${path}`).toBe(0);
      expect(await page.locator('a[href^="tel:+1555"]').count(), `clinic phone on ${path}`).toBe(0);
    }
    const treatmentsText = (await care.main.textContent()) ?? '';
    expect(treatmentsText).not.toContain(en['clinic.treatmentsLink'].split('{clinic}')[0]);

    await care.openCareTeam();
    await expect.poll(() => care.heading.textContent()).toBe(en['notFound.title']);
    expect(await page.title()).toBe(`${en['notFound.title']} · ${en['app.name']}`);
    expect(await care.storedClinic()).toBeNull();
    expect(new URL(baseURL).origin).not.toBe(new URL(clinicBase).origin);
  });

  it('a copy kept from an earlier answer is forgotten once the server says there is none', async () => {
    const { page } = await openApp(await browser(), phone);
    const care = new CareTeamPage(page);
    await care.open('/');
    // As if this server had a profile before: the copy the app would have kept.
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      clinicStorageKey,
      JSON.stringify({ v: 1, profile: { v: 1, ...example } }),
    ] as const);
    const answered = clinicAnswer(page);
    await page.reload();
    expect(await answered).toBe(204);
    await expect.poll(() => care.storedClinic()).toBeNull();
    await care.openCareTeam();
    await expect.poll(() => care.heading.textContent()).toBe(en['notFound.title']);
    await page.reload();
    await care.heading.waitFor();
    expect(await care.navLink.count()).toBe(0);
  });
});
