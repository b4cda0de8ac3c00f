// /plan/guide and /plan/guide/:step: making the plan one step at a time. Every step can be
// skipped; "Save and stop for now" keeps what is written and remembers the step, so the person
// can come back to it (the overview offers "Carry on"). All saves in one sitting update a single
// version of the plan, so the history reads as one change, not eight.

import { emptyPlan, type SafetyPlan } from '@onward/core';
import { useState } from 'preact/hooks';
import type { ScreenProps } from '../../features/feature.ts';
import { t } from '../../i18n.ts';
import { Link, navigate } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecord, vault } from '../../vault/index.ts';
import { isStorageFull } from '../../vault/storage-full.ts';
import { GUIDE_PAGES, guidePage } from './guide-pages.ts';
import { phoneErrors, tidyPhones } from './phone-errors.ts';
import {
  clearGuideProgress,
  currentVersion,
  newId,
  savePlan,
  setFlash,
  setGuideProgress,
} from './plan-records.ts';
import { SectionEditor, SectionIntro, withStarterRow } from './section-editor.tsx';
import { SECTION_COPY } from './sections.ts';
import './plan.css';

/** One sitting of the guide: made when this screen's code first loads in this visit. */
const session = newId();

function GuideIntro() {
  const progress = useRecord(vault, 'safety-plan-guide', 'progress')?.value;
  return (
    <>
      <PageHeading>{t('plan.guide.title')}</PageHeading>
      <p class="lead">{t('plan.guide.intro')}</p>
      <p>{t('plan.guide.introPause')}</p>
      <div class="button-row">
        {progress ? (
          <Link class="button button-primary" href={`/plan/guide/${progress.step}`}>
            {t('plan.guide.resumeAt', { n: progress.step })}
          </Link>
        ) : null}
        <Link
          class={`button ${progress ? 'button-secondary' : 'button-primary'}`}
          href="/plan/guide/1"
        >
          {t('plan.guide.start')}
        </Link>
      </div>
    </>
  );
}

function GuideDone() {
  return (
    <>
      <PageHeading>{t('plan.guide.doneHeading')}</PageHeading>
      <p class="lead">{t('plan.guide.doneBody')}</p>
      <p>{t('plan.guide.doneKeep')}</p>
      <Link class="button button-primary button-block" href="/plan">
        {t('plan.guide.seePlan')}
      </Link>
      <ul class="link-list plan-done-links">
        <li>
          <Link href="/plan/print">{t('plan.printLink')}</Link>
        </li>
        <li>
          <Link href="/plan/card">{t('plan.cardLink')}</Link>
        </li>
      </ul>
    </>
  );
}

type Move = 'next' | 'back' | 'pause' | 'finish';

function GuideStep({ n }: { n: number }) {
  const section = guidePage(n);
  const [plan, setPlan] = useState<SafetyPlan>(() =>
    section ? withStarterRow(currentVersion()?.plan ?? emptyPlan(), section) : emptyPlan(),
  );
  const [showErrors, setShowErrors] = useState(false);
  const [failed, setFailed] = useState<boolean | 'full'>(false);
  const [busy, setBusy] = useState(false);
  if (!section) return <GuideIntro />;
  const errors = phoneErrors(plan);
  const last = n === GUIDE_PAGES.length;

  const go = async (move: Move) => {
    if (busy) return;
    if (errors.size > 0) {
      setShowErrors(true);
      // Focus the first number that needs a look, so the message next to it is read out.
      queueMicrotask(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    setFailed(false);
    try {
      await savePlan(tidyPhones(plan), session);
      if (move === 'finish') {
        await clearGuideProgress();
        navigate('/plan/guide/done');
      } else if (move === 'pause') {
        await setGuideProgress(n);
        setFlash(t('plan.guide.paused'));
        navigate('/plan');
      } else {
        const to = move === 'next' ? n + 1 : n - 1;
        await setGuideProgress(Math.max(1, to));
        navigate(to < 1 ? '/plan/guide' : `/plan/guide/${to}`);
      }
    } catch (e) {
      setFailed(isStorageFull(e) ? 'full' : true);
      setBusy(false);
    }
  };

  const skip = async () => {
    if (last) {
      await clearGuideProgress().catch(() => undefined);
      navigate(currentVersion() ? '/plan/guide/done' : '/plan');
      return;
    }
    await setGuideProgress(n + 1).catch(() => undefined);
    navigate(`/plan/guide/${n + 1}`);
  };

  const visibleErrors = showErrors ? errors : new Map();
  return (
    <>
      <p class="plan-progress">{t('plan.guide.progress', { n, total: GUIDE_PAGES.length })}</p>
      <PageHeading>{t(SECTION_COPY[section.id].title)}</PageHeading>
      <SectionIntro section={section} />
      <form
        class="plan-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void go(last ? 'finish' : 'next');
        }}
      >
        {showErrors && errors.size > 0 ? (
          <p class="notice notice-error" role="alert">
            {t('plan.errors.summary')}
          </p>
        ) : null}
        <SectionEditor section={section} plan={plan} onChange={setPlan} errors={visibleErrors} />
        {failed ? (
          <p class="notice notice-error" role="alert">
            {failed === 'full' ? t('plan.storageFull') : t('plan.saveFailed')}
          </p>
        ) : null}
        <div class="plan-form-actions">
          <button type="submit" class="button button-primary" disabled={busy}>
            {last ? t('plan.guide.finish') : t('plan.guide.next')}
          </button>
          <button type="button" class="button button-secondary" onClick={() => void skip()}>
            {t('plan.guide.skip')}
          </button>
          <button type="button" class="button button-secondary" onClick={() => void go('back')}>
            {t('plan.guide.back')}
          </button>
          <button type="button" class="button button-quiet" onClick={() => void go('pause')}>
            {t('plan.guide.pause')}
          </button>
        </div>
      </form>
    </>
  );
}

export default function PlanGuideScreen({ params }: ScreenProps) {
  if (params.step === 'done') return <GuideDone />;
  if (params.step === undefined) return <GuideIntro />;
  const n = Number(params.step);
  return <GuideStep key={n} n={n} />;
}
