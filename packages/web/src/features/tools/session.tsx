// What every tool shares: recording a use in the vault, the optional 0–10 urge rating, the
// optional "what is going on" picker, and the closing panel with "how strong is the urge now?"
// and "try another tool". Every question can be skipped in one tap.
import { type ToolUse, TRIGGER_GROUPS, triggersIn } from '@onward/core';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { Card } from '../../ui/card.tsx';
import { useRecords, vault } from '../../vault/index.ts';
import { type Clock, systemClock } from './clock.ts';
import { currentContext, setCurrentContext } from './context-store.ts';
import { newId } from './records.ts';
import { rankFor } from './suggestion.ts';
import { GUIDED_TOOLS, START_QUERY, toolsPaths } from './tool-ids.ts';
import { whyText } from './why-text.ts';

/**
 * True when the screen was opened with ?start=1 (the help screen's "Start" button): the tool
 * opens already running. The query is then taken out of the address, so going back or
 * reloading shows the tool's start screen rather than starting it again.
 */
export function useStartParam(): boolean {
  const [start] = useState(() => {
    const params = new URLSearchParams(window.location.search);
    if (params.get(START_QUERY) !== '1') return false;
    params.delete(START_QUERY);
    const query = params.toString();
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    );
    return true;
  });
  return start;
}

export interface RatingDetails {
  urgeBefore: number | null;
  urgeAfter: number | null;
  context: readonly string[];
}

export interface ToolUseSession {
  /** The rating given at the start, if any. */
  urgeBefore: number | null;
  /** Records the start of a use (written at once, so a use counts even if the person leaves). */
  start(urgeBefore: number | null): void;
  /** Records the end time. */
  end(): void;
  /** Adds the ratings and context; resolves true once they are durable. */
  save(details: RatingDetails): Promise<boolean>;
}

/** One use of `tool`, as a 'tool-use' record in the vault. */
export function useToolUse(tool: string, clock: Clock = systemClock): ToolUseSession {
  const record = useRef<{ id: string; value: ToolUse } | null>(null);
  const [urgeBefore, setUrgeBefore] = useState<number | null>(null);
  const iso = () => new Date(clock.now()).toISOString();
  // A write can fail (the vault locked itself, or storage refused): the tool keeps working,
  // and only the closing panel says it could not save.
  const write = (): Promise<boolean> => {
    const current = record.current;
    if (!current) return Promise.resolve(false);
    return vault.put('tool-use', current.id, current.value, { at: current.value.startedAt }).then(
      () => true,
      () => false,
    );
  };
  return {
    urgeBefore,
    start(before) {
      const context = currentContext();
      const value: ToolUse = { v: 1, tool, startedAt: iso() };
      if (before !== null) value.urgeBefore = before;
      if (context.length > 0) value.context = [...context];
      record.current = { id: newId(), value };
      setUrgeBefore(before);
      void write();
    },
    end() {
      const current = record.current;
      if (!current || current.value.endedAt) return;
      current.value = { ...current.value, endedAt: iso() };
      void write();
    },
    save({ urgeBefore: before, urgeAfter, context }) {
      const current = record.current;
      if (!current) return Promise.resolve(false);
      const { urgeBefore: _b, urgeAfter: _a, context: _c, ...rest } = current.value;
      const value: ToolUse = { ...rest };
      if (before !== null) value.urgeBefore = before;
      if (urgeAfter !== null) value.urgeAfter = urgeAfter;
      if (context.length > 0) value.context = [...context];
      current.value = value;
      return write();
    },
  };
}

/**
 * The form each guided tool shows before it starts: the tool's own options (children), the
 * optional "how strong is the urge now?" rating, and the start button. `onStart` runs after the
 * browser's submit is stopped; it may refuse (e.g. a custom pattern with a mistake).
 */
export function ReadyForm({
  before,
  onBefore,
  startLabel,
  onStart,
  noValidate,
  children,
}: {
  before: number | null;
  onBefore: (value: number | null) => void;
  startLabel: string;
  onStart: () => void;
  noValidate?: boolean;
  children?: ComponentChildren;
}) {
  return (
    <form
      class="tk-tool-ready"
      noValidate={noValidate}
      onSubmit={(event) => {
        event.preventDefault();
        onStart();
      }}
    >
      {children}
      <UrgeRating
        name="urge-before"
        legend={t('tools.rating.now')}
        value={before}
        onChange={onBefore}
      />
      <button type="submit" class="button button-primary button-block button-large">
        {startLabel}
      </button>
    </form>
  );
}

/** The urge, 0–10, as eleven radio buttons; choosing none is fine. */
export function UrgeRating({
  name,
  legend,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  const hintId = `${name}-hint`;
  return (
    <fieldset class="tk-rating" aria-describedby={hintId}>
      <legend>
        {legend} <span class="tk-rating-optional">{t('tools.rating.optional')}</span>
      </legend>
      <p class="tk-hint" id={hintId}>
        {t('tools.rating.scale')}
      </p>
      <div class="tk-rating-options">
        {Array.from({ length: 11 }, (_, n) => (
          <span class="tk-rating-option" key={n}>
            <input
              type="radio"
              id={`${name}-${n}`}
              name={name}
              value={String(n)}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <label for={`${name}-${n}`}>{n}</label>
          </span>
        ))}
      </div>
      {value !== null && (
        <button type="button" class="tk-button-text" onClick={() => onChange(null)}>
          {t('tools.rating.clear')}
        </button>
      )}
    </fieldset>
  );
}

/** "Say what is going on (optional)": trigger codes from the shared taxonomy, as toggles. */
export function ContextPicker({
  value,
  onChange,
}: {
  value: readonly string[];
  onChange: (codes: readonly string[]) => void;
}) {
  const [initiallyOpen] = useState(value.length > 0);
  const toggle = (code: string) =>
    onChange(value.includes(code) ? value.filter((c) => c !== code) : [...value, code]);
  return (
    <details class="tk-context-picker" open={initiallyOpen}>
      <summary>{t('tools.context.summary')}</summary>
      <p class="tk-hint">{t('tools.context.intro')}</p>
      {TRIGGER_GROUPS.map((group) => (
        <fieldset class="tk-chips-group" key={group}>
          <legend>{t(`journal.triggerGroup.${group}`)}</legend>
          <div class="tk-chips">
            {triggersIn(group).map((code) => (
              <button
                type="button"
                class="tk-chip"
                key={code}
                aria-pressed={value.includes(code)}
                onClick={() => toggle(code)}
              >
                {t(`journal.trigger.${code}`)}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      {value.length > 0 && (
        <button type="button" class="tk-button-text" onClick={() => onChange([])}>
          {t('tools.context.clear')}
        </button>
      )}
    </details>
  );
}

/** The other guided tools, best bet first, and the library: one tap to something else. */
export function TryAnother({ tool }: { tool: string }) {
  const uses = useRecords(vault, 'tool-use').map((r) => r.value);
  const others = GUIDED_TOOLS.filter((id) => id !== tool);
  const ranking = rankFor(uses, others, currentContext());
  return (
    <section class="tk-try-another" aria-labelledby="try-another-heading">
      <h2 id="try-another-heading">{t('tools.done.another')}</h2>
      <ul class="link-list">
        {ranking.map((standing) => {
          const id = standing.tool as (typeof GUIDED_TOOLS)[number];
          const hintId = `try-another-${id}`;
          return (
            <li key={id}>
              <Link href={toolsPaths[id]} aria-describedby={hintId}>
                {t(`tools.name.${id}`)}
              </Link>
              <p class="hint" id={hintId}>
                {whyText(standing.why)}
              </p>
            </li>
          );
        })}
        <li>
          <Link href={toolsPaths.alternatives}>{t('tools.more.alternatives')}</Link>
        </li>
      </ul>
      <p>
        <Link href={toolsPaths.tools}>{t('tools.done.allTools')}</Link>
      </p>
    </section>
  );
}

type Outcome = 'asking' | 'saved' | 'skipped' | 'failed';

/**
 * The end of a tool: a calm closing line, "how strong is the urge now?" (and, if it was not
 * given at the start, "and when you started?"), what is going on, then Save or Skip. Below it,
 * always, other tools to try and people to talk to.
 */
export function FinishPanel({
  tool,
  session,
  heading,
  body,
  children,
}: {
  tool: string;
  session: ToolUseSession;
  heading: string;
  body: string;
  children?: ComponentChildren;
}) {
  const [after, setAfter] = useState<number | null>(null);
  const [before, setBefore] = useState<number | null>(session.urgeBefore);
  const [context, setContext] = useState<readonly string[]>(currentContext());
  const [outcome, setOutcome] = useState<Outcome>('asking');
  const askBefore = session.urgeBefore === null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  // The tool has just ended: take focus to the closing heading so a screen reader says so.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (outcome !== 'asking') statusRef.current?.focus();
  }, [outcome]);

  const save = async () => {
    setCurrentContext(context);
    const saved = await session.save({ urgeBefore: before, urgeAfter: after, context });
    setOutcome(saved ? 'saved' : 'failed');
  };

  const message =
    outcome === 'saved'
      ? t('tools.done.saved')
      : outcome === 'skipped'
        ? t('tools.done.skipped')
        : outcome === 'failed'
          ? t('tools.done.notSaved')
          : '';

  return (
    <>
      <Card class="tk-finish" labelledBy="finish-heading">
        <h2 id="finish-heading" tabIndex={-1} ref={headingRef}>
          {heading}
        </h2>
        <p>{body}</p>
        {children}
        {outcome === 'asking' && (
          <form
            class="tk-finish-form"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <h3 class="tk-finish-question">{t('tools.done.heading')}</h3>
            <UrgeRating
              name="urge-after"
              legend={t('tools.rating.after')}
              value={after}
              onChange={setAfter}
            />
            {askBefore && (
              <UrgeRating
                name="urge-before-late"
                legend={t('tools.rating.before')}
                value={before}
                onChange={setBefore}
              />
            )}
            <ContextPicker value={context} onChange={setContext} />
            <div class="button-row">
              <button type="submit" class="button button-primary">
                {t('tools.done.save')}
              </button>
              <button
                type="button"
                class="button button-secondary"
                onClick={() => setOutcome('skipped')}
              >
                {t('tools.done.skip')}
              </button>
            </div>
          </form>
        )}
        <p class="status tk-status" role="status" tabIndex={-1} ref={statusRef}>
          {message}
        </p>
      </Card>
      <p class="notice">
        {t('tools.done.stillStrong')} <Link href="/help/safe">{t('tools.done.talk')}</Link>
      </p>
      <TryAnother tool={tool} />
    </>
  );
}
