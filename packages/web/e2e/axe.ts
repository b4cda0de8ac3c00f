// axe-core scan with the rule sets we hold ourselves to: WCAG 2.0/2.1 A and AA, WCAG 2.2 AA and
// axe's best practices. A failure lists every violation with the elements involved, so the
// report says what to fix without re-running anything.
//
// axe-core is injected once per document and then run in place. (@axe-core/playwright, used
// before, injected the whole library again on every scan and opened a new tab to assemble each
// result: most of the cost of a scan, and e2e time is dominated by scans.) The app has no
// iframes, so there is nothing to reach beyond the page's own document.
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { settle } from './settle.ts';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Results = axe.AxeResults;

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

/** The violations on the page as it is now (axe injected first if this document lacks it). */
export async function axeViolations(page: Page): Promise<Results['violations']> {
  const present = await page.evaluate(
    () => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function',
  );
  // Through the debugging protocol, like any page.evaluate: the app's CSP does not apply.
  if (!present) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const results = await runner.run(document, {
      runOnly: { type: 'tag', values: tags },
      // Only violations are read: axe then skips writing out every passing element.
      resultTypes: ['violations'],
    });
    return results.violations;
  }, axeTags);
}

/** Scans the page as it is now; throws listing every violation if there are any. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // A colour-scheme switch starts 120 ms colour transitions; scanning mid-way would measure
  // colours that are never at rest on screen.
  await settle(page);
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(
      `${violations.length} accessibility violation(s) on ${where}:\n` +
        describeViolations(violations),
    );
  }
}
