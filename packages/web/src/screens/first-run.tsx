// The first run: three short, skippable steps on home for someone new to Onward, one at a time
// (their country, with the guess shown; whether to set a passcode, which links into the
// passcode settings; an invitation to make the safety plan). It never blocks help: the screen
// keeps "Get help now" in the top bar and the help card above it at every step. Shown once; a
// returning person never sees it (first-run-state.ts decides), and skipping is remembered.
import { useEffect, useRef, useState } from 'preact/hooks';
import { CountrySelect } from '../country/country-select.tsx';
import { chooseCountry, useCountry } from '../country/use-country.ts';
import { directoryFor } from '../crisis/directory.ts';
import { t } from '../i18n.ts';
import { localStore } from '../local-store.ts';
import { Button, ButtonLink, ButtonRow } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import { useVaultStatus, vault } from '../vault/index.ts';
import {
  decideFirstRun,
  FIRST_RUN_STEPS,
  type FirstRunState,
  type FirstRunStep,
  readFirstRun,
  writeFirstRun,
} from './first-run-state.ts';
import { PAGE_HEADING_ID } from './page-heading.tsx';

/** Anything of the person's stored: what a returning person has and a new one does not. */
function hasRecords(): boolean {
  return (
    [
      'journal-urge',
      'journal-diary',
      'journal-check-in',
      'journal-chain',
      'tool-use',
      'safety-plan',
      'hope-item',
    ] as const
  ).some((kind) => vault.list(kind).length > 0);
}

export function FirstRun({ fallback }: { fallback?: preact.ComponentChildren }) {
  const country = useCountry();
  const status = useVaultStatus();
  const [state, setState] = useState<FirstRunState>(() => readFirstRun(localStore()));
  // Whether the person had chosen a country before this first run began (choosing one in step
  // 1 must not make them "returning").
  const [countryChosenBefore] = useState(() => country.source === 'explicit');
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const decision = decideFirstRun(state, {
    countryChosen: countryChosenBefore,
    vault: status.state,
    hasPasscode: status.hasPasscode,
    hasRecords: status.state === 'unlocked' && hasRecords(),
  });

  useEffect(() => {
    if (typeof decision === 'object' && decision.remember) writeFirstRun(localStore(), 'done');
    if (decision === 1 && state.kind === 'new') {
      writeFirstRun(localStore(), 1);
      setState({ kind: 'at', step: 1 });
    }
  }, [decision, state.kind]);

  // After Next or Not now, focus moves to the new step's heading so it is announced.
  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
  }, [state]);

  if (decision === 'wait') return null;
  // Not shown (finished, skipped, or a returning person): what home shows in its place.
  if (typeof decision === 'object') return <>{fallback}</>;
  const step = decision;

  const go = (next: FirstRunStep | 'done' | 'skipped') => {
    writeFirstRun(localStore(), next);
    if (next === 'done' || next === 'skipped') {
      document.getElementById(PAGE_HEADING_ID)?.focus();
      setState({ kind: 'over' });
      return;
    }
    moved.current = true;
    setState({ kind: 'at', step: next });
  };

  const guessed = country.source === 'guess' ? directoryFor(country.choice) : undefined;
  let body: preact.ComponentChildren;
  if (step === 1) {
    body = (
      <>
        <h3 id="first-run-step" ref={stepHeading} tabIndex={-1}>
          {t('firstRun.country.heading')}
        </h3>
        <p>
          {guessed
            ? t('firstRun.country.guess', { country: guessed.name })
            : t('firstRun.country.none')}
        </p>
        <CountrySelect id="first-run-country" />
        <ButtonRow>
          <Button
            onClick={() => {
              // Going on with the guess shown is choosing it.
              if (country.source === 'guess') chooseCountry(country.choice);
              go(2);
            }}
          >
            {t('firstRun.next')}
          </Button>
        </ButtonRow>
      </>
    );
  } else if (step === 2) {
    body = (
      <>
        <h3 id="first-run-step" ref={stepHeading} tabIndex={-1}>
          {t('firstRun.passcode.heading')}
        </h3>
        <p>{t('firstRun.passcode.body')}</p>
        <ButtonRow>
          <ButtonLink href="/settings/privacy" onClick={() => writeFirstRun(localStore(), 3)}>
            {t('firstRun.passcode.set')}
          </ButtonLink>
          <Button variant="secondary" onClick={() => go(3)}>
            {t('firstRun.passcode.later')}
          </Button>
        </ButtonRow>
      </>
    );
  } else {
    body = (
      <>
        <h3 id="first-run-step" ref={stepHeading} tabIndex={-1}>
          {t('firstRun.plan.heading')}
        </h3>
        <p>{t('firstRun.plan.body')}</p>
        <ButtonRow>
          <ButtonLink href="/plan" onClick={() => writeFirstRun(localStore(), 'done')}>
            {t('firstRun.plan.start')}
          </ButtonLink>
          <Button variant="secondary" onClick={() => go('done')}>
            {t('firstRun.plan.later')}
          </Button>
        </ButtonRow>
      </>
    );
  }

  return (
    <Card labelledBy="first-run-heading" class="first-run">
      <h2 id="first-run-heading">{t('firstRun.heading')}</h2>
      <p class="muted small first-run-progress">
        {t('firstRun.progress', { step, total: FIRST_RUN_STEPS })}
      </p>
      {step === 1 ? <p>{t('firstRun.intro')}</p> : null}
      {body}
      <button
        type="button"
        class="button button-quiet first-run-skip"
        onClick={() => go('skipped')}
      >
        {t('firstRun.skip')}
      </button>
    </Card>
  );
}
