// /plan: the person's safety plan. With no plan yet, an invitation to make one (the guided
// steps); while the guided run is paused, a way back in; with a plan, every section in order
// with Edit links, call and text buttons, and ways to keep it close (print, card, share).
import type { SafetyPlan } from '@onward/core';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { setCrisisCopy, useCrisisCopy, useRecord, vault } from '../../vault/index.ts';
import { toCrisisCopy } from './crisis-copy.ts';
import { GUIDE_PAGES } from './guide-pages.ts';
import { CURRENT, readVersion, takeFlash } from './plan-records.ts';
import { PlanView } from './plan-view.tsx';
import { canShare, planText, shareText } from './share.ts';
import './plan.css';
import { HintedLink } from '../../screens/hinted-link.tsx';
import { Toggle } from '../../ui/toggle.tsx';

function Flash() {
  // Filled after the first render, so screen readers hear the live region change.
  const [message, setMessage] = useState('');
  useEffect(() => setMessage(takeFlash() ?? ''), []);
  return (
    <p class="status plan-flash" role="status">
      {message}
    </p>
  );
}

function Resume({ step }: { step: number }) {
  return (
    <section class="card card-soft" aria-labelledby="plan-resume-heading">
      <h2 id="plan-resume-heading">{t('plan.resume.heading')}</h2>
      <p>{t('plan.resume.body', { n: step, total: GUIDE_PAGES.length })}</p>
      <Link class="button button-primary" href={`/plan/guide/${step}`}>
        {t('plan.resume.link')}
      </Link>
    </section>
  );
}

function ShareButton({ plan, savedAt }: { plan: SafetyPlan; savedAt: string }) {
  const [status, setStatus] = useState('');
  const share = async () => {
    const outcome = await shareText(t('plan.print.heading'), planText(plan, savedAt));
    setStatus(
      outcome === 'copied'
        ? t('plan.copied')
        : outcome === 'failed'
          ? t('plan.copyFailed')
          : outcome === 'shared'
            ? t('plan.shared')
            : '',
    );
  };
  return (
    <li>
      <button
        type="button"
        class="plan-action"
        aria-describedby="plan-share-hint"
        onClick={() => void share()}
      >
        {canShare() ? t('plan.share') : t('plan.copyText')}
      </button>
      <p class="hint" id="plan-share-hint">
        {t('plan.shareHint')}
      </p>
      <p class="status" role="status">
        {status}
      </p>
    </li>
  );
}

function CrisisCopyChoice({ plan }: { plan: SafetyPlan }) {
  const copy = useCrisisCopy();
  const [on, setOn] = useState<boolean | undefined>(undefined);
  // Said only once the change is durable, so "off" really means the copy is gone.
  const [status, setStatus] = useState<'' | 'on' | 'off' | 'failed'>('');
  const checked = on ?? copy !== undefined;
  const change = async (next: boolean) => {
    setOn(next);
    setStatus('');
    try {
      await setCrisisCopy(next ? toCrisisCopy(plan) : null);
      setStatus(next ? 'on' : 'off');
    } catch {
      setOn(!next);
      setStatus('failed');
    }
  };
  return (
    <section class="card" aria-labelledby="plan-copy-heading">
      <h2 id="plan-copy-heading">{t('plan.crisisCopy.heading')}</h2>
      <p>{t('plan.crisisCopy.body')}</p>
      <p>{t('plan.crisisCopy.caution')}</p>
      <Toggle id="plan-copy-toggle" checked={checked} onChange={(next) => void change(next)}>
        {t('plan.crisisCopy.toggle')}
      </Toggle>
      <p class="status" role="status">
        {status === 'failed'
          ? t('plan.saveFailed')
          : status === 'on'
            ? t('plan.crisisCopy.on')
            : status === 'off'
              ? t('plan.crisisCopy.off')
              : ''}
      </p>
    </section>
  );
}

function Actions({ plan, savedAt }: { plan: SafetyPlan; savedAt: string }) {
  return (
    <section aria-labelledby="plan-actions-heading">
      <h2 id="plan-actions-heading">{t('plan.actionsHeading')}</h2>
      <ul class="link-list plan-actions">
        <HintedLink href="/plan/print" hintId="plan-print-hint" hint={t('plan.print.hint')}>
          {t('plan.printLink')}
        </HintedLink>
        <HintedLink href="/plan/card" hintId="plan-card-hint" hint={t('plan.cardHint')}>
          {t('plan.cardLink')}
        </HintedLink>
        <ShareButton plan={plan} savedAt={savedAt} />
        <HintedLink href="/plan/versions" hintId="plan-versions-hint" hint={t('plan.versionsHint')}>
          {t('plan.versionsLink')}
        </HintedLink>
        <HintedLink href="/hope-box" hintId="plan-hope-hint" hint={t('plan.hopeBoxHint')}>
          {t('plan.hopeBoxLink')}
        </HintedLink>
        <li>
          <Link href="/plan/guide">{t('plan.guideAgain')}</Link>
        </li>
      </ul>
    </section>
  );
}

export default function PlanOverviewScreen() {
  const record = useRecord(vault, 'safety-plan', CURRENT);
  const progress = useRecord(vault, 'safety-plan-guide', 'progress');
  const version = readVersion(record?.value);
  const step = progress?.value.step;
  return (
    <>
      <PageHeading>{t('plan.title')}</PageHeading>
      <Flash />
      {step !== undefined ? <Resume step={step} /> : null}
      {version ? (
        <>
          <p>{t('plan.introHelp')}</p>
          <PlanView plan={version.plan} live level={2} />
          <Actions plan={version.plan} savedAt={version.savedAt} />
          <CrisisCopyChoice plan={version.plan} />
        </>
      ) : (
        <>
          <p class="lead">{t('plan.intro')}</p>
          <p>{t('plan.introHelp')}</p>
          {step === undefined ? (
            <>
              <Link class="button button-primary button-block button-large" href="/plan/guide">
                {t('plan.empty.start')}
              </Link>
              <p class="hint plan-start-hint">{t('plan.empty.time')}</p>
            </>
          ) : null}
          <ul class="link-list">
            <HintedLink href="/hope-box" hintId="plan-hope-hint" hint={t('plan.hopeBoxHint')}>
              {t('plan.hopeBoxLink')}
            </HintedLink>
          </ul>
        </>
      )}
    </>
  );
}
