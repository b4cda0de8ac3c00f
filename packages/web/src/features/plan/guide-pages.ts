// The guided first run: one page per section of the plan, in order (pages are numbered from 1).
import { PLAN_SECTIONS, type PlanSection } from '@onward/core';

export const GUIDE_PAGES: readonly PlanSection[] = PLAN_SECTIONS;

/** The section on guide page `n` (1-based), if there is one. */
export function guidePage(n: number): PlanSection | undefined {
  return Number.isInteger(n) ? GUIDE_PAGES[n - 1] : undefined;
}
