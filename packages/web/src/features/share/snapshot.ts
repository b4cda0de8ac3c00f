// Builds what a share link carries (share-doc.ts, payload v1) from the person's records: the
// clinician report exactly as it prints (rendered off-screen, then reduced to plain text), or
// the safety plan, whole or only the parts a supporter needs.
import { addDays, type SafetyPlan } from '@onward/core';
import { h, render } from 'preact';
import { language, t } from '../../i18n.ts';
import { vault } from '../../vault/index.ts';
import { allRecords } from '../insights/records.ts';
import { DEFAULT_SECTIONS, ReportDoc, type ReportSection } from '../insights/report-doc.tsx';
import { formatFullDate, today as localToday } from '../journal/dates.ts';
import { CURRENT, readVersion } from '../plan/plan-records.ts';
import { itemsOf } from '../plan/print-sheet.tsx';
import { PLAN_SECTIONS, sectionHeading } from '../plan/sections.ts';
import type { ShareSource } from './link-records.ts';
import { type Block, blocksFromElement, type SharePayloadV1 } from './share-doc.ts';

/** Plan sections a supporter needs: when to step in, what helps, who to call. */
export const SUPPORTER_SECTIONS: readonly string[] = [
  'warning-signs',
  'coping',
  'people',
  'professionals',
];

export const currentPlan = (): SafetyPlan | undefined =>
  readVersion(vault.get('safety-plan', CURRENT)?.value)?.plan;

function planBlocks(plan: SafetyPlan, only?: readonly string[]): Block[] {
  const blocks: Block[] = [];
  for (const section of PLAN_SECTIONS) {
    if (only && !only.includes(section.id)) continue;
    const items = itemsOf(plan, section);
    if (section.kind === 'notes' && items.length === 0) continue;
    blocks.push({ t: 'h2', x: sectionHeading(section) });
    blocks.push(items.length > 0 ? { t: 'ul', items } : { t: 'p', x: t('plan.nothingYet') });
  }
  return blocks;
}

function reportPayload(source: ShareSource, madeAt: Date): Omit<SharePayloadV1, 'kind'> {
  const today = localToday();
  const days = Math.max(1, Math.min(366, source.days ?? 28));
  const options = {
    from: addDays(today, -(days - 1)),
    to: today,
    today,
    name: '',
    sections: new Set((source.sections as ReportSection[] | undefined) ?? DEFAULT_SECTIONS),
  };
  const host = document.createElement('div');
  render(h(ReportDoc, { records: allRecords(), options, plan: currentPlan() }), host);
  const header = host.querySelector('.report-header');
  const title = header?.querySelector('h2')?.textContent ?? t('report.docTitle');
  const subtitle = Array.from(header?.querySelectorAll('p') ?? []).map((p) =>
    (p.textContent ?? '').trim(),
  );
  header?.remove();
  const blocks = blocksFromElement(host);
  render(null, host);
  return { v: 1, lang: language, title, subtitle, madeAt: madeAt.toISOString(), blocks };
}

/** The document for a source, as of now; undefined when there is nothing to share (no plan). */
export function buildPayload(source: ShareSource, now = new Date()): SharePayloadV1 | undefined {
  if (source.kind === 'report') return { kind: 'report', ...reportPayload(source, now) };
  const plan = currentPlan();
  if (!plan) return undefined;
  return {
    v: 1,
    kind: source.kind,
    lang: language,
    title: t('plan.print.heading'),
    subtitle: [formatFullDate(localToday())],
    madeAt: now.toISOString(),
    blocks: planBlocks(plan, source.kind === 'supporter' ? SUPPORTER_SECTIONS : undefined),
  };
}

/** The same document without its time stamp, to tell whether the shared data changed. */
export function contentOf(payload: SharePayloadV1): string {
  return JSON.stringify({ ...payload, madeAt: '' });
}
