// /plan/versions/:id: one earlier version of the plan, as it was, and what has changed between
// it and the plan now (what a clinician often asks: "what changed since last time?").
import { diffPlans, type ItemChange, type SectionDiff } from '@onward/core';
import type { ScreenProps } from '../../features/feature.ts';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecord, useRecords, vault } from '../../vault/index.ts';
import { CURRENT, readVersion } from './plan-records.ts';
import { PlanView } from './plan-view.tsx';
import { NOTE_COPY, PLAN_SECTIONS, sectionHeading } from './sections.ts';
import { formatDate } from './share.ts';
import './plan.css';

function changeText(change: ItemChange): string {
  const question = change.field ? `${t(NOTE_COPY[change.field].short)} ` : '';
  switch (change.type) {
    case 'added':
      return t('plan.diff.added', { item: `${question}${change.text}` });
    case 'removed':
      return t('plan.diff.removed', { item: `${question}${change.text}` });
    case 'changed':
      return `${question}${t('plan.diff.changed', { from: change.from, to: change.to })}`;
  }
}

function Changes({ diff }: { diff: SectionDiff[] }) {
  if (diff.length === 0) return <p>{t('plan.version.noChanges')}</p>;
  return (
    <div class="plan-diff">
      {diff.map((d) => {
        const section = PLAN_SECTIONS.find((s) => s.id === d.section);
        if (!section) return null;
        return (
          <div key={d.section}>
            <h3>{sectionHeading(section)}</h3>
            <ul>
              {d.changes.map((c, i) => (
                <li key={i} class={`plan-change plan-change-${c.type}`}>
                  {changeText(c)}
                </li>
              ))}
              {d.reordered ? <li class="plan-change">{t('plan.diff.reordered')}</li> : null}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

export default function PlanVersionScreen({ params }: ScreenProps) {
  const id = params.id ?? '';
  const version = readVersion(useRecord(vault, 'safety-plan-version', id)?.value);
  const current = readVersion(useRecord(vault, 'safety-plan', CURRENT)?.value);
  useRecords(vault, 'safety-plan-version');
  if (!version) {
    return (
      <>
        <PageHeading>{t('plan.version.title')}</PageHeading>
        <p>{t('plan.version.notFound')}</p>
        <Link href="/plan/versions">{t('plan.version.back')}</Link>
      </>
    );
  }
  const isCurrent = current?.id === version.id;
  return (
    <>
      <PageHeading>{t('plan.version.heading', { date: formatDate(version.savedAt) })}</PageHeading>
      {isCurrent ? <p>{t('plan.version.isCurrent')}</p> : null}
      {current && !isCurrent ? (
        <section aria-labelledby="plan-changed-heading" class="card card-soft">
          <h2 id="plan-changed-heading">{t('plan.version.changedHeading')}</h2>
          <Changes diff={diffPlans(version.plan, current.plan)} />
        </section>
      ) : null}
      <h2>{t('plan.version.planHeading')}</h2>
      <PlanView plan={version.plan} live={false} level={3} />
      <p>
        <Link href="/plan/versions">{t('plan.version.back')}</Link>
      </p>
    </>
  );
}
