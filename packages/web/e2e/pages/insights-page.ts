// Page model for insights and the clinician report. Labels come from the English catalogue.
import { en } from '@onward/content';
import type { Locator, Page } from 'playwright-core';
import { PrivacyPage } from './privacy-page.ts';

export const insightsPath = '/insights';
export const reportPath = '/report';

/** The insight sections, by the id of their <section>. */
export const INSIGHT_SECTIONS = [
  'insight-urges',
  'insight-triggers',
  'insight-when',
  'insight-helps',
  'insight-check-ins',
  'insight-diary',
] as const;

export class InsightsPage extends PrivacyPage {
  constructor(page: Page) {
    super(page);
  }

  get insightsHeading(): Locator {
    return this.main.getByRole('heading', { level: 1, name: en['insights.title'] });
  }

  get reportHeading(): Locator {
    return this.main.getByRole('heading', { level: 1, name: en['report.title'] });
  }

  section(id: string): Locator {
    return this.main.locator(`section#${id}`);
  }

  /** Every "Show as a table" disclosure in a section. */
  tableToggles(id: string): Locator {
    return this.section(id).getByText(en['insights.showTable'], { exact: true });
  }

  async choosePeriod(period: '4w' | '3m' | '1y' | 'all'): Promise<void> {
    await this.main.getByRole('radio', { name: en[`insights.period.${period}`] }).check();
  }
}
