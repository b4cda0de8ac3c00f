// Insights and the clinician report, end to end in Chromium, on three weeks of records put into
// the vault through the page's own vault (as a feature does). Insights: every chart has its
// sentence and its table; axe finds nothing in light or dark; nothing animates with reduced
// motion. Report: printed to PDF by Chromium on A4 and Letter, the page count matches the page
// numbers printed in the margins, and every PHQ-9 date and score is in the PDF's text. Exports:
// the CSV files (BOM, header, rows), the JSON, and the FHIR bundle through a real FHIR validator.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { en } from '@onward/content';
import { addDays, localDateAt } from '@onward/core';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { fhirProblems } from '../../core/src/fhir-validator.test-helper.ts';
import { expectNoAxeViolations } from './axe.ts';
import { seedRecords } from './insights-data.ts';
import { INSIGHT_SECTIONS, InsightsPage, insightsPath, reportPath } from './pages/insights-page.ts';
import { screenshotDir, screenshotsWanted } from './screenshots.ts';
import { openApp, useBrowser } from './session.ts';
import { settle } from './settle.ts';
import { desktop, phone, type Size } from './viewports.ts';

const browser = useBrowser();

/**
 * For tests that scan or print a long page twice (two axe scans, or two PDFs): on a busy 2-core
 * machine they took up to 100 s, close to the default 120 s.
 */
const LONG = 300_000;

/** Screenshots to look at, when wanted in this run (screenshots.ts). */
const SHOTS = screenshotsWanted ? join(screenshotDir, 'insights') : '';

const today = localDateAt(Date.now(), 0);
const seeded = seedRecords(today);
const fullDate = new Intl.DateTimeFormat('en', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const formatDay = (day: string) => fullDate.format(new Date(`${day}T12:00:00Z`));

async function seededApp(size: Size, path: string) {
  const session = await openApp(await browser(), size, { timezoneId: 'UTC' });
  const app = new InsightsPage(session.page);
  await app.open(path);
  await app.vaultCall('put', seeded.records);
  await session.page.reload();
  return { session, app };
}

async function scanBothSchemes(page: Page, where: string, shot?: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await settle(page);
    await expectNoAxeViolations(page, `${where} (${scheme})`);
    if (SHOTS && shot) {
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({
        path: `${SHOTS}/${shot}-${scheme}.png`,
        fullPage: true,
        timeout: 120_000,
      });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('insights', () => {
  for (const size of [phone, desktop]) {
    it(`every chart has its sentence and table (${size.name})`, async () => {
      const { session, app } = await seededApp(size, insightsPath);
      const { page } = session;
      await app.insightsHeading.waitFor();
      await app.main
        .getByRole('heading', { level: 2, name: en['insights.triggers.heading'] })
        .waitFor();
      // Three weeks of records: not "early days".
      await app.section('insight-urges').locator('figure').waitFor();
      expect(await app.main.getByText(en['insights.early']).count()).toBe(0);

      for (const id of INSIGHT_SECTIONS) {
        const section = app.section(id);
        const sentences = await section.locator('.insight-sentence').allTextContents();
        expect(sentences.length, id).toBeGreaterThan(0);
        for (const s of sentences) expect(s, id).not.toMatch(/\{\w+\}|^insights\./);
        const figures = section.locator('figure');
        const count = await figures.count();
        expect(count, `${id} has a chart`).toBeGreaterThan(0);
        for (let n = 0; n < count; n++) {
          const figure = figures.nth(n);
          // The picture is hidden from screen readers; its words are in the caption and table.
          for (const svg of await figure.locator('svg').all()) {
            expect(await svg.getAttribute('aria-hidden'), id).toBe('true');
          }
          expect((await figure.locator('figcaption').textContent())?.trim(), id).not.toBe('');
          await figure.getByText(en['insights.showTable'], { exact: true }).click();
          const table = figure.getByRole('table');
          await table.waitFor();
          expect(await table.locator('tbody tr').count(), `${id} table rows`).toBeGreaterThan(0);
        }
      }
      // The figures match the records: 2 acted days, PHQ-9 from 14 to 8.
      await expect
        .poll(() => app.section('insight-urges').locator('.insight-sentence').textContent())
        .toContain(': 2.');
      expect(await app.section('insight-check-ins').textContent()).toContain(
        en['insights.checkIns.sentence']
          .replace('{instrument}', 'PHQ-9')
          .replace('{first}', '14')
          .replace('{last}', '8')
          .replace('{max}', '27')
          .replace('{count}', '3')
          .replace('{band}', en['journal.band.mild']),
      );

      // Nothing animates, with reduced motion or without.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
      expect(/risk|failure|reset/i.test((await app.main.textContent()) ?? '')).toBe(false);
      expect(session.log.pageErrors).toEqual([]);
      expect(session.log.cspViolations).toEqual([]);
    });

    it(
      `axe finds nothing in light or dark, tables open (${size.name})`,
      async () => {
        const { session, app } = await seededApp(size, insightsPath);
        await app.section('insight-diary').locator('figure').waitFor();
        for (const toggle of await app.main
          .getByText(en['insights.showTable'], { exact: true })
          .all()) {
          await toggle.click();
        }
        await scanBothSchemes(session.page, `insights (${size.name})`, `insights-${size.name}`);
      },
      LONG,
    );
  }

  it('with under a week of records, says so kindly and shows what there is', async () => {
    const session = await openApp(await browser(), phone, { timezoneId: 'UTC' });
    const app = new InsightsPage(session.page);
    await app.open(insightsPath);
    const [first] = seeded.records.filter((r) => r.kind === 'journal-urge');
    await app.vaultCall('put', first ? [first] : []);
    await session.page.reload();
    await app.main.getByText(en['insights.early']).waitFor();
    await app.section('insight-urges').locator('figure').waitFor();
    await app.choosePeriod('all');
    await app.main.getByText(en['insights.early']).waitFor();
    await scanBothSchemes(session.page, 'insights, early days');
  });
});

describe('report', () => {
  it(
    'prints to PDF on A4 and Letter: page numbers, PHQ-9 dates and scores',
    async () => {
      const { session, app } = await seededApp(desktop, reportPath);
      const { page } = session;
      await app.reportHeading.waitFor();
      await page.getByLabel(en['report.name']).fill('Sam Example');
      await page.locator('.report-doc').getByText('Sam Example').waitFor();
      // Defaults: chain analyses and notes are off.
      expect(
        await page.getByRole('checkbox', { name: en['report.section.notes'] }).isChecked(),
      ).toBe(false);
      expect(
        await page.getByRole('checkbox', { name: en['report.section.chains'] }).isChecked(),
      ).toBe(false);
      expect(await page.locator('.report-doc').textContent()).not.toContain('note for day');

      await scanBothSchemes(page, 'report', 'report-desktop');
      const phq = seeded.checkIns.filter((c) => c.instrument === 'phq9');
      for (const format of ['A4', 'Letter'] as const) {
        await page.emulateMedia({ media: 'print', colorScheme: 'light' });
        const pdf = await page.pdf({ format, printBackground: true });
        await page.emulateMedia({ media: 'screen' });
        const doc = await getDocumentProxy(new Uint8Array(pdf));
        const { totalPages, text } = await extractText(doc, { mergePages: false });
        const pages = text as string[];
        expect(totalPages, format).toBeGreaterThanOrEqual(2);
        // Every page carries "n / total" in its margin, and the header with the range and name.
        pages.forEach((p, n) => {
          expect(p, `${format} page ${n + 1}`).toContain(`${n + 1} / ${totalPages}`);
          expect(p, `${format} page ${n + 1}`).toContain('Sam Example');
        });
        const all = pages.join('\n').replace(/\s+/g, ' ');
        expect(all).toContain(`From ${formatDay(addDays(today, -27))} to ${formatDay(today)}`);
        for (const c of phq) {
          expect(all, `${format}: PHQ-9 on ${c.day}`).toMatch(
            new RegExp(`${formatDay(c.day)} ${c.total} / 27`),
          );
        }
        expect(all).not.toContain(en['report.print']);
        if (SHOTS) await mkdir(SHOTS, { recursive: true });
      }
      expect(session.log.pageErrors).toEqual([]);
    },
    LONG,
  );

  it(
    'downloads CSV, JSON and FHIR that check out',
    async () => {
      const { session, app } = await seededApp(phone, reportPath);
      const { page } = session;
      await app.reportHeading.waitFor();
      await page.locator('.report-doc table').first().waitFor();
      // Nothing is wider than the phone's screen.
      const wide = await page.evaluate(() =>
        document.documentElement.scrollWidth > window.innerWidth
          ? [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
              .map((el) => `${el.tagName}.${el.className} ${el.getBoundingClientRect().right}`)
              .slice(0, 8)
          : [],
      );
      expect(wide).toEqual([]);
      await scanBothSchemes(page, 'report (phone)', 'report-phone');
      const save = async (name: string | RegExp) => {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name }).click(),
        ]);
        return {
          name: download.suggestedFilename(),
          text: await readFile(await download.path(), 'utf8'),
        };
      };
      const urges = await save(en['report.csv'].replace('{file}', 'onward-urge-log.csv'));
      expect(urges.name).toBe('onward-urge-log.csv');
      expect(urges.text.startsWith('\uFEFFid,at,day,urge,acted,')).toBe(true);
      const rows = urges.text.trim().split('\r\n');
      expect(rows).toHaveLength(1 + 21);
      expect(rows[1]).toMatch(/^urge-21,\d{4}-\d{2}-\d{2}T08:30:00\+00:00,/);
      expect(urges.text).not.toContain('note for day'); // notes off unless chosen
      const checks = await save(en['report.csv'].replace('{file}', 'onward-check-ins.csv'));
      expect(checks.text.trim().split('\r\n')).toHaveLength(1 + 5);

      const json = JSON.parse((await save(en['report.json'])).text);
      expect(json).toMatchObject({ format: 'onward-export', v: 1 });
      expect(json.urgeLog).toHaveLength(21);
      expect(json.checkIns.map((c: { total: number }) => c.total)).toEqual([14, 12, 11, 8, 7]);

      const fhir = await save(en['report.fhir']);
      expect(fhir.name).toMatch(/\.fhir\.json$/);
      const bundle = JSON.parse(fhir.text);
      expect(bundle.resourceType).toBe('Bundle');
      expect(bundle.entry).toHaveLength(10);
      expect(fhirProblems(bundle)).toEqual([]);
      for (const e of bundle.entry) expect(fhirProblems(e.resource), e.fullUrl).toEqual([]);
      const totals = bundle.entry
        .filter(
          (e: { resource: { resourceType: string } }) => e.resource.resourceType === 'Observation',
        )
        .map((e: { resource: { valueInteger: number } }) => e.resource.valueInteger);
      expect(totals).toEqual([14, 12, 11, 8, 7]);
      await page.getByRole('status').getByText(fhir.name).waitFor();
    },
    LONG,
  );
});
