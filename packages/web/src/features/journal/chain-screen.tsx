// /journal/chain/:id: a chain analysis, one step per screen, in plain language. Every move
// (continue, back, finish later) saves first, and the record remembers the step, so the person
// can stop at any point and come back to exactly where they were.
import {
  CHAIN_STEPS,
  type ChainAnalysis,
  type ChainStep,
  finishChain,
  goToStep,
  LINK_KINDS,
  type LinkKind,
  readChainAnalysis,
  VULNERABILITY_FACTORS,
} from '@onward/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link, navigate } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { vault } from '../../vault/index.ts';
import type { ScreenProps } from '../feature.ts';
import { CheckChips, Group } from './controls.tsx';
import { formatDay } from './dates.ts';
import { factorLabel, linkKindLabel } from './labels.ts';
import { afterPath, journalPaths } from './paths.ts';
import { newId } from './records.ts';
import './journal.css';

function TextField(props: {
  id: string;
  label: string;
  value: string;
  rows?: number;
  onInput: (value: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <textarea
        id={props.id}
        class="input textarea"
        rows={props.rows ?? 3}
        maxLength={2000}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}

function LinksEditor({
  chain,
  onChange,
}: {
  chain: ChainAnalysis;
  onChange: (c: ChainAnalysis) => void;
}) {
  const [kind, setKind] = useState<LinkKind>('thought');
  const [text, setText] = useState('');
  const add = () => {
    const value = text.trim();
    if (value === '') return;
    onChange({ ...chain, links: [...chain.links, { id: newId(), kind, text: value, skill: '' }] });
    setText('');
  };
  return (
    <>
      {chain.links.length === 0 ? (
        <p class="muted">{t('journal.chain.step.links.none')}</p>
      ) : (
        <ol class="chain-links" aria-label={t('journal.chain.step.links.listLabel')}>
          {chain.links.map((link, i) => (
            <li key={link.id} class="chain-link">
              <span class="link-kind">{linkKindLabel(link.kind)}</span>
              <span class="link-text">{link.text}</span>
              <button
                type="button"
                class="button button-quiet button-small"
                onClick={() =>
                  onChange({ ...chain, links: chain.links.filter((l) => l.id !== link.id) })
                }
              >
                {t('journal.chain.step.links.remove')}
                <span class="visually-hidden">
                  {' '}
                  {t('journal.chain.step.links.removeLabel', { n: i + 1 })}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <div class="add-link">
        <div class="field">
          <label for="chain-link-kind">{t('journal.chain.step.links.kindLabel')}</label>
          <select
            id="chain-link-kind"
            class="select"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as LinkKind)}
          >
            {LINK_KINDS.map((k) => (
              <option key={k} value={k}>
                {linkKindLabel(k)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="chain-link-text">{t('journal.chain.step.links.textLabel')}</label>
          <input
            id="chain-link-text"
            class="input"
            type="text"
            maxLength={300}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </div>
        <button type="button" class="button button-secondary" onClick={add}>
          {t('journal.chain.step.links.add')}
        </button>
      </div>
    </>
  );
}

function StepBody({
  step,
  chain,
  onChange,
}: {
  step: ChainStep;
  chain: ChainAnalysis;
  onChange: (c: ChainAnalysis) => void;
}) {
  switch (step) {
    case 'behaviour':
      return (
        <TextField
          id="chain-behaviour"
          label={t('journal.chain.step.behaviour.label')}
          rows={2}
          value={chain.behaviour}
          onInput={(behaviour) => onChange({ ...chain, behaviour })}
        />
      );
    case 'vulnerability':
      return (
        <>
          <Group
            name="chain-factors"
            legend={t('journal.chain.step.vulnerability.title')}
            class="visually-hidden-legend"
          >
            <CheckChips
              name="chain-factors"
              options={VULNERABILITY_FACTORS.map((f) => ({ value: f, label: factorLabel(f) }))}
              selected={chain.vulnerability.factors}
              onToggle={(f, on) =>
                onChange({
                  ...chain,
                  vulnerability: {
                    ...chain.vulnerability,
                    factors: on
                      ? [
                          ...new Set([
                            ...chain.vulnerability.factors,
                            f as (typeof VULNERABILITY_FACTORS)[number],
                          ]),
                        ]
                      : chain.vulnerability.factors.filter((x) => x !== f),
                  },
                })
              }
            />
          </Group>
          <TextField
            id="chain-vulnerability-note"
            label={t('journal.chain.step.vulnerability.label')}
            value={chain.vulnerability.note}
            onInput={(note) =>
              onChange({ ...chain, vulnerability: { ...chain.vulnerability, note } })
            }
          />
        </>
      );
    case 'prompting-event':
      return (
        <TextField
          id="chain-prompting"
          label={t('journal.chain.step.prompting-event.label')}
          value={chain.promptingEvent}
          onInput={(promptingEvent) => onChange({ ...chain, promptingEvent })}
        />
      );
    case 'links':
      return <LinksEditor chain={chain} onChange={onChange} />;
    case 'consequences':
      return (
        <>
          <TextField
            id="chain-short"
            label={t('journal.chain.step.consequences.short')}
            value={chain.consequences.shortTerm}
            onInput={(shortTerm) =>
              onChange({ ...chain, consequences: { ...chain.consequences, shortTerm } })
            }
          />
          <TextField
            id="chain-long"
            label={t('journal.chain.step.consequences.long')}
            value={chain.consequences.longTerm}
            onInput={(longTerm) =>
              onChange({ ...chain, consequences: { ...chain.consequences, longTerm } })
            }
          />
        </>
      );
    case 'skills':
      return chain.links.length === 0 ? (
        <p class="muted">{t('journal.chain.step.skills.none')}</p>
      ) : (
        chain.links.map((link) => (
          <div class="field" key={link.id}>
            <label for={`chain-skill-${link.id}`}>
              {t('journal.chain.step.skills.label', {
                link: `${linkKindLabel(link.kind)}: ${link.text}`,
              })}
            </label>
            <input
              id={`chain-skill-${link.id}`}
              class="input"
              type="text"
              maxLength={300}
              value={link.skill}
              onInput={(e) => {
                const skill = e.currentTarget.value;
                onChange({
                  ...chain,
                  links: chain.links.map((l) => (l.id === link.id ? { ...l, skill } : l)),
                });
              }}
            />
          </div>
        ))
      );
    case 'prevention':
      return (
        <TextField
          id="chain-prevention"
          label={t('journal.chain.step.prevention.label')}
          value={chain.prevention}
          onInput={(prevention) => onChange({ ...chain, prevention })}
        />
      );
    case 'repair':
      return (
        <TextField
          id="chain-repair"
          label={t('journal.chain.step.repair.label')}
          value={chain.repair}
          onInput={(repair) => onChange({ ...chain, repair })}
        />
      );
    case 'commitment':
      return (
        <TextField
          id="chain-commitment"
          label={t('journal.chain.step.commitment.label')}
          rows={2}
          value={chain.commitment}
          onInput={(commitment) => onChange({ ...chain, commitment })}
        />
      );
  }
}

function ChainEditor({
  id,
  initial,
  from,
}: {
  id: string;
  initial: ChainAnalysis;
  from: string | null;
}) {
  const [chain, setChain] = useState<ChainAnalysis>(initial);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const step = CHAIN_STEPS[chain.step] ?? 'behaviour';
  const last = chain.step === CHAIN_STEPS.length - 1;

  useEffect(() => {
    // A new step is a new "screen": focus its heading so it is announced.
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [chain.step]);

  const persist = async (next: ChainAnalysis): Promise<boolean> => {
    try {
      await vault.put('journal-chain', id, next);
      return true;
    } catch {
      setStatus(t('journal.log.notSaved'));
      return false;
    }
  };
  /** Where to go when the person stops: back into the after-relapse flow if they came from it. */
  const leave = () => navigate(from ? `${afterPath(from)}?step=4` : journalPaths.chains);

  const move = async (to: number) => {
    const next = goToStep(chain, to);
    if (await persist(next)) {
      setChain(next);
      setStatus(t('journal.chain.saved'));
    }
  };
  const later = async () => {
    if (await persist(goToStep(chain, chain.step))) leave();
  };
  const finish = async () => {
    const done = finishChain(goToStep(chain, chain.step));
    if (await persist(done)) {
      setChain(done);
      setStatus(t('journal.chain.finished'));
    }
  };

  return (
    <form
      class="journal-form chain-form"
      onSubmit={(e) => {
        e.preventDefault();
        void (last ? finish() : move(chain.step + 1));
      }}
    >
      <p class="step-count">
        {t('journal.chain.stepOf', { step: chain.step + 1, total: CHAIN_STEPS.length })}
      </p>
      <progress
        class="step-progress"
        max={CHAIN_STEPS.length}
        value={chain.step + 1}
        aria-hidden="true"
      />
      <h2 class="step-heading" tabIndex={-1} ref={heading}>
        {t(`journal.chain.step.${step}.title`)}
      </h2>
      <p>{t(`journal.chain.step.${step}.body`)}</p>
      <StepBody
        step={step}
        chain={chain}
        onChange={(c) => {
          setChain(c);
          setStatus('');
        }}
      />
      <div class="button-row form-actions">
        <button type="submit" class="button button-primary">
          {last ? t('journal.chain.finish') : t('journal.chain.next')}
        </button>
        {chain.step > 0 ? (
          <button
            type="button"
            class="button button-secondary"
            onClick={() => void move(chain.step - 1)}
          >
            {t('journal.chain.back')}
          </button>
        ) : null}
        <button type="button" class="button button-secondary" onClick={() => void later()}>
          {t('journal.chain.later')}
        </button>
      </div>
      <p class="status" role="status">
        {status}
      </p>
      {chain.status === 'done' && from ? (
        <p>
          <Link href={`${afterPath(from)}?step=4`}>{t('journal.after.continue')}</Link>
        </p>
      ) : null}
    </form>
  );
}

export default function ChainScreen({ params }: ScreenProps) {
  const id = params.id ?? '';
  const stored = vault.get('journal-chain', id);
  const chain = readChainAnalysis(stored?.value);
  const from = new URLSearchParams(window.location.search).get('from');
  if (!chain) {
    return (
      <>
        <PageHeading>{t('journal.chain.title')}</PageHeading>
        <p class="lead">{t('journal.chain.notFound')}</p>
        <p>
          <Link href={journalPaths.chains}>{t('journal.chain.title')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('journal.chain.about', { date: formatDay(chain.day) })}</PageHeading>
      <ChainEditor key={id} id={id} initial={chain} from={from} />
    </>
  );
}
