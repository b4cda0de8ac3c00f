// /plan/edit/:step: one section of the plan, to change, reorder or remove items. Saving keeps
// the plan as it was before as an earlier version, then returns to the plan.

import { emptyPlan, planSection, type SafetyPlan } from '@onward/core';
import { useState } from 'preact/hooks';
import type { ScreenProps } from '../../features/feature.ts';
import { t } from '../../i18n.ts';
import { Link, navigate } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { isStorageFull } from '../../vault/storage-full.ts';
import { phoneErrors, tidyPhones } from './phone-errors.ts';
import { currentVersion, savePlan, setFlash } from './plan-records.ts';
import { SectionEditor, SectionIntro, withStarterRow } from './section-editor.tsx';
import { SECTION_COPY } from './sections.ts';
import './plan.css';

export default function PlanEditScreen({ params }: ScreenProps) {
  const section = planSection(params.step ?? '');
  const [plan, setPlan] = useState<SafetyPlan>(() => {
    const saved = currentVersion()?.plan ?? emptyPlan();
    return section ? withStarterRow(saved, section) : saved;
  });
  const [showErrors, setShowErrors] = useState(false);
  const [failed, setFailed] = useState<boolean | 'full'>(false);
  const [busy, setBusy] = useState(false);
  if (!section) {
    return (
      <>
        <PageHeading>{t('plan.title')}</PageHeading>
        <p>{t('plan.edit.notFound')}</p>
        <Link href="/plan">{t('plan.print.back')}</Link>
      </>
    );
  }
  const errors = phoneErrors(plan);
  const save = async () => {
    if (errors.size > 0) {
      setShowErrors(true);
      queueMicrotask(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    setFailed(false);
    try {
      const hadPlan = currentVersion() !== undefined;
      const decision = await savePlan(tidyPhones(plan));
      setFlash(
        decision.kind === 'unchanged'
          ? t('plan.unchanged')
          : hadPlan
            ? t('plan.saved')
            : t('plan.savedFirst'),
      );
      navigate('/plan');
    } catch (e) {
      setFailed(isStorageFull(e) ? 'full' : true);
      setBusy(false);
    }
  };
  return (
    <>
      <PageHeading>
        {t('plan.edit.title', { section: t(SECTION_COPY[section.id].title) })}
      </PageHeading>
      <SectionIntro section={section} />
      <form
        class="plan-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {showErrors && errors.size > 0 ? (
          <p class="notice notice-error" role="alert">
            {t('plan.errors.summary')}
          </p>
        ) : null}
        <SectionEditor
          section={section}
          plan={plan}
          onChange={setPlan}
          errors={showErrors ? errors : new Map()}
        />
        {failed ? (
          <p class="notice notice-error" role="alert">
            {failed === 'full' ? t('plan.storageFull') : t('plan.saveFailed')}
          </p>
        ) : null}
        <div class="plan-form-actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {t('plan.edit.save')}
          </button>
          <Link class="button button-secondary" href="/plan">
            {t('plan.edit.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
