// /journal/after/:id: the calm flow that opens when a log entry says the person acted on an
// urge. Four steps, each skippable, one at a time:
//   1. Are you safe? Does an injury need care? (emergency number of the chosen country, first aid)
//   2. A compassionate message with the person's real figures (which this entry did not lower)
//   3. An offer to do a chain analysis now, later, or not at all
//   4. An offer to add a warning sign to the safety plan, and to talk to someone
// Nothing here alerts anyone or leaves the device.
import { newChainAnalysis, readChainAnalysis } from '@onward/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useCountry } from '../../country/use-country.ts';
import { directoryFor } from '../../crisis/directory.ts';
import { isOne, t } from '../../i18n.ts';
import { Link, navigate } from '../../router/router.tsx';
import { paths } from '../../router/routes.ts';
import { PageHeading } from '../../screens/page-heading.tsx';
import { vault } from '../../vault/index.ts';
import type { ScreenProps } from '../feature.ts';
import { today } from './dates.ts';
import { FirstAidGuide } from './first-aid-guide.tsx';
import { chainPath, journalPaths } from './paths.ts';
import { addWarningSign, hasSafetyPlan } from './plan-bridge.ts';
import { currentProgress } from './progress-input.ts';
import { newId, urgeEntry } from './records.ts';
import './journal.css';
import { GuideLink } from '../learn/guide-link.tsx';

const STEPS = 4;

function StepHeading({ step, children }: { step: number; children: preact.ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Moving between steps moves focus to the new step, so screen readers announce it.
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [step]);
  return (
    <>
      <p class="step-count">{t('journal.after.step', { step: step + 1, total: STEPS })}</p>
      <h2 class="step-heading" id="after-step-heading" tabIndex={-1} ref={ref}>
        {children}
      </h2>
    </>
  );
}

function SafeStep({ onNext }: { onNext: () => void }) {
  const directory = directoryFor(useCountry().choice);
  return (
    <>
      <p class="lead">{t('journal.after.safeIntro')}</p>
      <FirstAidGuide directory={directory} />
      <p>
        {t('journal.after.safeHelp')}{' '}
        <Link href={paths.help}>{t('journal.after.safeHelpLink')}</Link>
      </p>
      <div class="button-row form-actions">
        <button type="button" class="button button-primary" onClick={onNext}>
          {t('journal.after.safeContinue')}
        </button>
        <button type="button" class="button button-secondary" onClick={onNext}>
          {t('journal.after.skip')}
        </button>
      </div>
    </>
  );
}

function MessageStep({ onNext }: { onNext: () => void }) {
  // Computed after the entry was saved: the figures already include it, and did not go down.
  const [figures] = useState(() => currentProgress());
  const lines: string[] = [];
  const days = figures.freeDaysTotal;
  const urges = figures.urgesRiddenOut;
  const skills = figures.skillsPractised;
  if (isOne(days)) lines.push(t('journal.after.daysOne'));
  else if (days > 1) lines.push(t('journal.after.days', { count: days }));
  if (isOne(urges)) lines.push(t('journal.after.urgesOne'));
  else if (urges > 1) lines.push(t('journal.after.urges', { count: urges }));
  if (isOne(skills)) lines.push(t('journal.after.skillsOne'));
  else if (skills > 1) lines.push(t('journal.after.skills', { count: skills }));
  return (
    <>
      <p class="lead">{t('journal.after.messageLead')}</p>
      <div class="card card-soft message-card">
        {lines.length > 0 ? (
          lines.map((line) => <p key={line}>{line}</p>)
        ) : (
          <p>{t('journal.after.noFigures')}</p>
        )}
      </div>
      <p>{t('journal.after.kind')}</p>
      <GuideLink id="relapse-is-not-failure" />
      <div class="button-row form-actions">
        <button type="button" class="button button-primary" onClick={onNext}>
          {t('journal.after.continue')}
        </button>
      </div>
    </>
  );
}

function ChainStep({ entryId, onNext }: { entryId: string; onNext: () => void }) {
  const [savedForLater, setSavedForLater] = useState(false);
  const existing = () =>
    vault.list('journal-chain').find((r) => readChainAnalysis(r.value)?.entryId === entryId);
  const ensureChain = async (status: 'not-started' | 'in-progress'): Promise<string> => {
    const found = existing();
    if (found) return found.id;
    const id = newId();
    const entry = urgeEntry(entryId);
    const chain = { ...newChainAnalysis(entry?.day ?? today(), entryId), status };
    await vault.put('journal-chain', id, chain, { at: entry?.at });
    return id;
  };
  const startNow = async () => {
    const id = await ensureChain('in-progress');
    navigate(`${chainPath(id)}?from=${encodeURIComponent(entryId)}`);
  };
  const later = async () => {
    await ensureChain('not-started');
    setSavedForLater(true);
  };
  return (
    <>
      <p>{t('journal.after.chainBody')}</p>
      {savedForLater ? (
        <>
          <p class="notice" role="status">
            {t('journal.after.chainLaterSaved')}
          </p>
          <div class="button-row form-actions">
            <button type="button" class="button button-primary" onClick={onNext}>
              {t('journal.after.continue')}
            </button>
          </div>
        </>
      ) : (
        <div class="button-row form-actions">
          <button type="button" class="button button-primary" onClick={() => void startNow()}>
            {t('journal.after.chainNow')}
          </button>
          <button type="button" class="button button-secondary" onClick={() => void later()}>
            {t('journal.after.chainLater')}
          </button>
          <button type="button" class="button button-secondary" onClick={onNext}>
            {t('journal.after.chainNo')}
          </button>
        </div>
      )}
    </>
  );
}

function PlanStep() {
  const [sign, setSign] = useState('');
  const [status, setStatus] = useState('');
  const planExists = hasSafetyPlan();
  const add = async (event: Event) => {
    event.preventDefault();
    if (sign.trim() === '') return;
    const result = await addWarningSign(sign);
    if (result.ok) {
      setSign('');
      setStatus(t('journal.after.signAdded'));
    } else setStatus(t('journal.after.signNotAdded'));
  };
  return (
    <>
      <p>{t('journal.after.planBody')}</p>
      {planExists ? (
        <form class="journal-form" onSubmit={(e) => void add(e)}>
          <div class="field">
            <label for="after-sign">{t('journal.after.signLabel')}</label>
            <input
              id="after-sign"
              class="input"
              type="text"
              maxLength={300}
              value={sign}
              onInput={(e) => setSign(e.currentTarget.value)}
            />
          </div>
          <div class="button-row">
            <button type="submit" class="button button-secondary">
              {t('journal.after.signAdd')}
            </button>
          </div>
          <p class="status" role="status">
            {status}
          </p>
        </form>
      ) : null}
      <p>
        <Link href={journalPaths.plan}>{t('journal.after.planLink')}</Link>
      </p>
      <h3>{t('journal.after.peopleHeading')}</h3>
      <p>{t('journal.after.peopleBody')}</p>
      <ul class="link-list">
        <li>
          <Link href={paths.helpSafe}>{t('journal.after.peopleHelp')}</Link>
        </li>
        <li>
          <Link href={journalPaths.plan}>{t('journal.after.peoplePlan')}</Link>
        </li>
      </ul>
      <div class="button-row form-actions">
        <Link class="button button-primary" href={journalPaths.journal}>
          {t('journal.after.done')}
        </Link>
      </div>
    </>
  );
}

const HEADINGS = [
  'journal.after.safeHeading',
  'journal.after.messageHeading',
  'journal.after.chainHeading',
  'journal.after.planHeading',
] as const;

export default function AfterScreen({ params }: ScreenProps) {
  const entryId = params.id ?? '';
  const start = Number(new URLSearchParams(window.location.search).get('step') ?? '1') - 1;
  const [step, setStep] = useState(
    Number.isInteger(start) && start >= 0 && start < STEPS ? start : 0,
  );
  const next = () => setStep((s) => Math.min(s + 1, STEPS - 1));
  return (
    <>
      <PageHeading>{t('journal.after.title')}</PageHeading>
      <section aria-labelledby="after-step-heading">
        <StepHeading step={step}>{t(HEADINGS[step] ?? HEADINGS[0])}</StepHeading>
        {step === 0 ? <SafeStep onNext={next} /> : null}
        {step === 1 ? <MessageStep onNext={next} /> : null}
        {step === 2 ? <ChainStep entryId={entryId} onNext={next} /> : null}
        {step === 3 ? <PlanStep /> : null}
      </section>
    </>
  );
}
