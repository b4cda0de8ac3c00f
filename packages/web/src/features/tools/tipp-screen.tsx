// TIPP (a DBT distress-tolerance skill): temperature, intense exercise, paced breathing, paired
// muscle relaxation. The caution about cool water (heart conditions, beta-blockers, eating
// disorders, cold intolerance) is its own step BEFORE the temperature skill, with a way to skip
// straight to another skill; the temperature step says no more than "cool water on your face
// for about 30 seconds".

import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { type Clock, systemClock } from './clock.ts';
import { FinishPanel, ReadyForm, useStartParam, useToolUse } from './session.tsx';
import { toolsPaths } from './tool-ids.ts';
import './tools.css';

const TOOL = 'tipp';

/** Steps in order: the caution first, then the four skills. */
const STEPS = ['caution', 'temperature', 'exercise', 'breathing', 'muscles'] as const;
type Step = (typeof STEPS)[number];

const skillNumber = (step: Step): number => Math.max(1, STEPS.indexOf(step));

const SKILLS: {
  step: Step;
  name:
    | 'tools.tipp.temperature'
    | 'tools.tipp.exercise'
    | 'tools.tipp.breathing'
    | 'tools.tipp.muscles';
}[] = [
  { step: 'caution', name: 'tools.tipp.temperature' },
  { step: 'exercise', name: 'tools.tipp.exercise' },
  { step: 'breathing', name: 'tools.tipp.breathing' },
  { step: 'muscles', name: 'tools.tipp.muscles' },
];

function StepBody({ step, go }: { step: Step; go: (to: Step | 'done') => void }) {
  switch (step) {
    case 'caution':
      return (
        <>
          <div class="notice tk-notice-caution">
            <p>{t('tools.tipp.cautionBody')}</p>
          </div>
          <div class="button-row">
            <button type="button" class="button button-primary" onClick={() => go('temperature')}>
              {t('tools.tipp.cautionContinue')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => go('exercise')}>
              {t('tools.tipp.skipToAnother')}
            </button>
          </div>
        </>
      );
    case 'temperature':
      return (
        <>
          <p class="lead">{t('tools.tipp.temperatureHow')}</p>
          <p>{t('tools.tipp.temperatureAfter')}</p>
        </>
      );
    case 'exercise':
      return (
        <>
          <p class="lead">{t('tools.tipp.exerciseHow')}</p>
          <p>{t('tools.tipp.exerciseWhy')}</p>
        </>
      );
    case 'breathing':
      return (
        <>
          <p class="lead">{t('tools.tipp.breathingHow')}</p>
          <p>
            <Link href={toolsPaths.breathing}>{t('tools.tipp.breathingLink')}</Link>
          </p>
        </>
      );
    case 'muscles':
      return (
        <>
          <p class="lead">{t('tools.tipp.musclesHow')}</p>
          <p>{t('tools.tipp.musclesMore')}</p>
        </>
      );
  }
}

const stepTitle = (step: Step): string =>
  step === 'caution'
    ? t('tools.tipp.cautionHeading')
    : t(
        step === 'temperature'
          ? 'tools.tipp.temperature'
          : step === 'exercise'
            ? 'tools.tipp.exercise'
            : step === 'breathing'
              ? 'tools.tipp.breathing'
              : 'tools.tipp.muscles',
      );

export function TippScreen({ clock = systemClock }: { clock?: Clock }) {
  const startNow = useStartParam();
  const session = useToolUse(TOOL, clock);
  const [before, setBefore] = useState<number | null>(null);
  const [step, setStep] = useState<Step | null>(null);
  const [done, setDone] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const begin = (rating: number | null) => {
    session.start(rating);
    setStep('caution');
  };

  useEffect(() => {
    if (startNow) begin(null);
  }, []);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);

  const go = (to: Step | 'done') => {
    moved.current = true;
    if (to === 'done') {
      session.end();
      setDone(true);
    } else setStep(to);
  };

  let body: preact.ComponentChildren;
  if (done) {
    body = (
      <FinishPanel
        tool={TOOL}
        session={session}
        heading={t('tools.tipp.doneHeading')}
        body={t('tools.tipp.doneBody')}
      />
    );
  } else if (step !== null) {
    const index = STEPS.indexOf(step);
    const next = STEPS[index + 1];
    // Going back to the temperature skill always passes the caution again.
    const previous: Step | undefined =
      step === 'exercise' ? 'caution' : index > 0 ? STEPS[index - 1] : undefined;
    body = (
      <>
        <nav class="tk-skill-nav" aria-label={t('tools.tipp.skills')}>
          <ol>
            {SKILLS.map((skill, i) => (
              <li key={skill.step}>
                <button
                  type="button"
                  class="tk-chip"
                  aria-current={skillNumber(step) === i + 1 ? 'step' : undefined}
                  onClick={() => go(skill.step)}
                >
                  {t(skill.name)}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <section class="tk-tipp-step" aria-labelledby="tipp-step-heading">
          <p class="muted tk-step-count">{t('tools.tipp.step', { step: skillNumber(step) })}</p>
          <h2 id="tipp-step-heading" tabIndex={-1} ref={heading}>
            {stepTitle(step)}
          </h2>
          <StepBody step={step} go={go} />
          {step !== 'caution' && (
            <div class="button-row">
              {previous && (
                <button type="button" class="button button-secondary" onClick={() => go(previous)}>
                  {t('tools.tipp.previous')}
                </button>
              )}
              <button
                type="button"
                class="button button-primary"
                onClick={() => go(next ?? 'done')}
              >
                {next ? t('tools.tipp.next') : t('tools.tipp.finish')}
              </button>
            </div>
          )}
        </section>
      </>
    );
  } else {
    body = (
      <ReadyForm
        before={before}
        onBefore={setBefore}
        startLabel={t('tools.tipp.begin')}
        onStart={() => begin(before)}
      >
        <p class="lead">{t('tools.tipp.intro')}</p>
        <p>{t('tools.tipp.any')}</p>
      </ReadyForm>
    );
  }

  return (
    <>
      <PageHeading>{t('tools.tipp.title')}</PageHeading>
      {body}
    </>
  );
}

export default function Screen() {
  return <TippScreen />;
}
