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

/** A link typed but not yet added with "Add link". */
interface LinkDraft {
  kind: LinkKind;
  text: string;
}

/**
 * The chain with the typed-but-not-added link appended: "Save and continue" (or finish later)
 * must never drop what the person wrote in "the link" field.
 */
function withDraft(chain: ChainAnalysis, draft: LinkDraft): ChainAnalysis {
  const text = draft.text.trim();
  if (text === '') return chain;
  return { ...chain, links: [...chain.links, { id: newId(), kind: draft.kind, text, skill: '' }] };
}

function LinksEditor({
  chain,
  onChange,
  draft,
  onDraft,
}: {
  chain: ChainAnalysis;
  onChange: (c: ChainAnalysis) => void;
  draft: LinkDraft;
  onDraft: (d: LinkDraft) => void;
}) {
  const { kind, text } = draft;
  const setKind = (k: LinkKind) => onDraft({ ...draft, kind: k });
  const setText = (v: string) => onDraft({ ...draft, text: v });
  const add = () => {
    if (text.trim() === '') return;
    onChange(withDraft(chain, draft));
    onDraft({ ...draft, text: '' });
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
  draft,
  onDraft,
}: {
  step: ChainStep;
  chain: ChainAnalysis;
  onChange: (c: ChainAnalysis) => void;
  draft: LinkDraft;
  onDraft: (d: LinkDraft) => void;
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
      return <LinksEditor chain={chain} onChange={onChange} draft={draft} onDraft={onDraft} />;
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
  const [draft, setDraft] = useState<LinkDraft>({ kind: 'thought', text: '' });
  const [status, setStatus] = useState('');
  // Finishing shows the summary; "Edit" goes back to the steps.
  const [editing, setEditing] = useState(initial.status !== 'done');
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

  /** The chain with a typed-but-not-added link kept; clears the field once saved. */
  const current = () => withDraft(chain, draft);
  const saved = () => setDraft((d) => ({ ...d, text: '' }));

  const move = async (to: number) => {
    const next = goToStep(current(), to);
    if (await persist(next)) {
      setChain(next);
      saved();
      setStatus(t('journal.chain.saved'));
    }
  };
  const later = async () => {
    if (await persist(goToStep(current(), chain.step))) leave();
  };
  const finish = async () => {
    const done = finishChain(goToStep(current(), chain.step));
    if (await persist(done)) {
      setChain(done);
      saved();
      setEditing(false);
    }
  };

  if (!editing) {
    return (
      <ChainSummary
        chain={chain}
        from={from}
        justFinished={status === '' && initial.status !== 'done'}
        onEdit={() => {
          setEditing(true);
          setStatus('');
        }}
      />
    );
  }

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
        draft={draft}
        onDraft={setDraft}
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
    </form>
  );
}

/** One step's answer in the summary (nothing when the person left it empty). */
function SummaryItem({ step, children }: { step: ChainStep; children: preact.ComponentChildren }) {
  return (
    <div class="chain-summary-item">
      <dt>{t(`journal.chain.step.${step}.title`)}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What the person wrote, step by step, once they have finished. */
function ChainSummary({
  chain,
  from,
  justFinished,
  onEdit,
}: {
  chain: ChainAnalysis;
  from: string | null;
  justFinished: boolean;
  onEdit: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justFinished) heading.current?.focus();
  }, []);
  const text = (value: string) => (value.trim() === '' ? null : <p>{value}</p>);
  const factors = chain.vulnerability.factors.map(factorLabel);
  const empty = t('journal.chain.summary.empty');
  return (
    <section class="chain-summary" aria-labelledby="chain-summary-heading">
      <h2 id="chain-summary-heading" class="step-heading" tabIndex={-1} ref={heading}>
        {t('journal.chain.summary.heading')}
      </h2>
      <p role="status">{t('journal.chain.finished')}</p>
      <dl class="chain-summary-list">
        <SummaryItem step="behaviour">{text(chain.behaviour) ?? empty}</SummaryItem>
        <SummaryItem step="vulnerability">
          {factors.length > 0 ? <p>{factors.join(', ')}</p> : null}
          {text(chain.vulnerability.note)}
          {factors.length === 0 && chain.vulnerability.note.trim() === '' ? empty : null}
        </SummaryItem>
        <SummaryItem step="prompting-event">{text(chain.promptingEvent) ?? empty}</SummaryItem>
        <SummaryItem step="links">
          {chain.links.length === 0 ? (
            empty
          ) : (
            <ol class="chain-summary-links">
              {chain.links.map((link) => (
                <li key={link.id}>
                  <span class="link-kind">{linkKindLabel(link.kind)}</span> {link.text}
                  {link.skill.trim() !== '' ? (
                    <span class="chain-summary-skill">
                      {' '}
                      {t('journal.chain.summary.skill', { skill: link.skill })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </SummaryItem>
        <SummaryItem step="consequences">
          {text(chain.consequences.shortTerm)}
          {text(chain.consequences.longTerm)}
          {chain.consequences.shortTerm.trim() === '' && chain.consequences.longTerm.trim() === ''
            ? empty
            : null}
        </SummaryItem>
        <SummaryItem step="prevention">{text(chain.prevention) ?? empty}</SummaryItem>
        <SummaryItem step="repair">{text(chain.repair) ?? empty}</SummaryItem>
        <SummaryItem step="commitment">{text(chain.commitment) ?? empty}</SummaryItem>
      </dl>
      <div class="button-row form-actions">
        {from ? (
          <Link class="button button-primary" href={`${afterPath(from)}?step=4`}>
            {t('journal.after.continue')}
          </Link>
        ) : (
          <Link class="button button-primary" href={journalPaths.chains}>
            {t('journal.chain.summary.back')}
          </Link>
        )}
        <button type="button" class="button button-secondary" onClick={onEdit}>
          {t('journal.chain.summary.edit')}
        </button>
      </div>
    </section>
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
