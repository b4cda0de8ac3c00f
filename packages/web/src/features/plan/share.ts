// Sharing the plan as text: the Web Share API where the device has it (the person picks the app
// and the recipient; nothing goes through Onward), copying to the clipboard otherwise. Either way
// the text leaves Onward only because the person asked.
import { type PlanSectionId, planToText, type SafetyPlan } from '@onward/core';
import { locale, t } from '../../i18n.ts';
import { describeService } from './lines.ts';
import { NOTE_COPY, PLAN_SECTIONS, sectionHeading } from './sections.ts';

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

export function formatDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

export function planText(plan: SafetyPlan, savedAt?: string): string {
  const sections = Object.fromEntries(
    PLAN_SECTIONS.map((s) => [s.id, sectionHeading(s)]),
  ) as Record<PlanSectionId, string>;
  return planToText(
    plan,
    {
      title: t('plan.print.heading'),
      subtitle: savedAt ? t('plan.print.savedOn', { date: formatDay(savedAt) }) : '',
      sections,
      notes: {
        likelihood: t(NOTE_COPY.likelihood.short),
        obstacles: t(NOTE_COPY.obstacles.short),
        copyKeptAt: t(NOTE_COPY.copyKeptAt.short),
      },
      empty: t('plan.nothingYet'),
    },
    { describeService },
  );
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export const canShare = (): boolean =>
  typeof navigator.share === 'function' &&
  (typeof navigator.canShare !== 'function' || navigator.canShare({ text: 'x' }));

export async function shareText(title: string, text: string): Promise<ShareOutcome> {
  if (canShare()) {
    try {
      await navigator.share({ title, text });
      return 'shared';
    } catch (error) {
      // The person closed the share sheet: not a problem to report.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  return copyText(text);
}

export async function copyText(text: string): Promise<ShareOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
