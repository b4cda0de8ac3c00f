// 5-4-3-2-1 grounding: one sense at a time, with another way to do a step when a sense is not
// available (recall a favourite smell, picture a place). Typing is optional, and what the
// person types stays in this screen unless they choose to keep it.

import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { PageHeading } from '../../screens/page-heading.tsx';
import { vault } from '../../vault/index.ts';
import { type Clock, systemClock } from './clock.ts';
import { newId } from './records.ts';
import { FinishPanel, ReadyForm, useStartParam, useToolUse } from './session.tsx';
import './tools.css';

const TOOL = 'grounding';

const SENSES = [
  { id: 'see', title: 'tools.ground.see', how: 'tools.ground.seeHow', alt: 'tools.ground.seeAlt' },
  {
    id: 'touch',
    title: 'tools.ground.touch',
    how: 'tools.ground.touchHow',
    alt: 'tools.ground.touchAlt',
  },
  {
    id: 'hear',
    title: 'tools.ground.hear',
    how: 'tools.ground.hearHow',
    alt: 'tools.ground.hearAlt',
  },
  {
    id: 'smell',
    title: 'tools.ground.smell',
    how: 'tools.ground.smellHow',
    alt: 'tools.ground.smellAlt',
  },
  {
    id: 'taste',
    title: 'tools.ground.taste',
    how: 'tools.ground.tasteHow',
    alt: 'tools.ground.tasteAlt',
  },
] as const;

function KeepNotes({ answers }: { answers: readonly string[] }) {
  const [state, setState] = useState<'idle' | 'kept' | 'failed'>('idle');
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state !== 'idle') status.current?.focus();
  }, [state]);
  if (answers.every((a) => a.trim() === '')) return null;
  const keep = () =>
    vault.put('tool-grounding-note', newId(), { v: 1, answers: answers.map((a) => a.trim()) }).then(
      () => setState('kept'),
      () => setState('failed'),
    );
  return (
    <div class="tk-keep-notes">
      {state === 'idle' && (
        <>
          <button
            type="button"
            class="button button-secondary"
            aria-describedby="keep-notes-hint"
            onClick={() => void keep()}
          >
            {t('tools.ground.keep')}
          </button>
          <p class="tk-hint" id="keep-notes-hint">
            {t('tools.ground.keepHint')}
          </p>
        </>
      )}
      <p class="status tk-status" role="status" tabIndex={-1} ref={status}>
        {state === 'kept'
          ? t('tools.ground.kept')
          : state === 'failed'
            ? t('tools.done.notSaved')
            : ''}
      </p>
    </div>
  );
}

export function GroundingScreen({ clock = systemClock }: { clock?: Clock }) {
  const startNow = useStartParam();
  const session = useToolUse(TOOL, clock);
  const [before, setBefore] = useState<number | null>(null);
  const [step, setStep] = useState<number | null>(null);
  const [done, setDone] = useState(false);
  const [answers, setAnswers] = useState<string[]>(['', '', '', '', '']);
  const [unavailable, setUnavailable] = useState<boolean[]>([false, false, false, false, false]);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const begin = (rating: number | null) => {
    session.start(rating);
    setStep(0);
  };

  useEffect(() => {
    if (startNow) begin(null);
  }, []);

  // After Next or Back, focus goes to the new step's heading so it is read out.
  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
  }, [step]);

  const go = (to: number) => {
    moved.current = true;
    if (to >= SENSES.length) {
      session.end();
      setDone(true);
    } else setStep(Math.max(0, to));
  };

  let body: preact.ComponentChildren;
  if (done) {
    body = (
      <FinishPanel
        tool={TOOL}
        session={session}
        heading={t('tools.ground.doneHeading')}
        body={t('tools.ground.doneBody')}
      >
        <KeepNotes answers={answers} />
      </FinishPanel>
    );
  } else if (step !== null) {
    const sense = SENSES[step] ?? SENSES[0];
    const alt = unavailable[step] ?? false;
    const last = step === SENSES.length - 1;
    body = (
      <section class="tk-ground-step" aria-labelledby="ground-step-heading">
        <p class="muted tk-step-count">{t('tools.ground.step', { step: step + 1 })}</p>
        <h2 id="ground-step-heading" tabIndex={-1} ref={stepHeading}>
          {t(sense.title)}
        </h2>
        <p class="lead">{alt ? t(sense.alt) : t(sense.how)}</p>
        <button
          type="button"
          class="tk-button-text"
          aria-pressed={alt}
          onClick={() => setUnavailable(unavailable.map((u, i) => (i === step ? !u : u)))}
        >
          {t('tools.ground.notAvailable')}
        </button>
        <div class="field">
          <label for={`ground-${sense.id}`}>{t('tools.ground.answers')}</label>
          <textarea
            id={`ground-${sense.id}`}
            class="tk-input"
            rows={3}
            value={answers[step]}
            onInput={(event) => {
              const value = event.currentTarget.value;
              setAnswers(answers.map((a, i) => (i === step ? value : a)));
            }}
          />
        </div>
        <div class="button-row">
          {step > 0 && (
            <button type="button" class="button button-secondary" onClick={() => go(step - 1)}>
              {t('tools.ground.back')}
            </button>
          )}
          <button type="button" class="button button-primary" onClick={() => go(step + 1)}>
            {last ? t('tools.ground.finish') : t('tools.ground.next')}
          </button>
        </div>
      </section>
    );
  } else {
    body = (
      <ReadyForm
        before={before}
        onBefore={setBefore}
        startLabel={t('tools.ground.begin')}
        onStart={() => begin(before)}
      >
        <p class="lead">{t('tools.ground.intro')}</p>
      </ReadyForm>
    );
  }

  return (
    <>
      <PageHeading>{t('tools.ground.title')}</PageHeading>
      {body}
    </>
  );
}

export default function Screen() {
  return <GroundingScreen />;
}
