// axe-core scan with the rule sets we hold ourselves to: WCAG 2.0/2.1 A and AA, WCAG 2.2 AA and
// axe's best practices. A failure lists every violation with the elements involved, so the
// report says what to fix without re-running anything.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { settle } from './settle.ts';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Results = Awaited<ReturnType<AxeBuilder['analyze']>>;

export function describeViolations(violations: Results['violations']): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const summary = (node.failureSummary ?? '').replace(/\n\s*/g, ' ');
          return `    at ${node.target.join(' ')}\n      ${summary}`;
        })
        .join('\n');
      return `  ${violation.id} [${violation.impact ?? 'n/a'}] ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Scans the page as it is now; throws listing every violation if there are any. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // A colour-scheme switch starts 120 ms colour transitions; scanning mid-way would measure
  // colours that are never at rest on screen.
  await settle(page);
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  if (results.violations.length > 0) {
    throw new Error(
      `${results.violations.length} accessibility violation(s) on ${where}:\n` +
        describeViolations(results.violations),
    );
  }
}
