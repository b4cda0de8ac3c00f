// /journal/new and /journal/entry/:id: log an urge in a few taps, or edit one. Three questions
// are needed (when, how strong, acted yes/no); everything else is optional chips. "Acted on it"
// is yes or no only: no field, hint or placeholder asks what, how or how much.

import {
  careParts,
  careResponseOnSave,
  draftFromEntry,
  emptyUrgeDraft,
  entryFromDraft,
  LOG_EMOTIONS,
  type LocalStamp,
  OWN_TRIGGER_MAX,
  TRIGGER_GROUPS,
  triggersIn,
  type UrgeDraft,
  type UrgeField,
  type UrgeProblem,
  urgeDraftProblems,
} from '@onward/core';
import { useRef, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link, navigate } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { vault } from '../../vault/index.ts';
import { isStorageFull } from '../../vault/storage-full.ts';
import type { ScreenProps } from '../feature.ts';
import { CheckChips, FieldError, focusGroup, Group, RadioChips } from './controls.tsx';
import { fromLocalInput, nowStamp, toLocalInput } from './dates.ts';
import {
  emotionLabel,
  HELPED_OPTIONS,
  helpedLabel,
  triggerGroupLabel,
  triggerLabel,
} from './labels.ts';
import { afterPath, journalPaths } from './paths.ts';
import { getSettings, newId, setFlash, updateSettings, urgeEntry } from './records.ts';
import './journal.css';
import { GuideLink } from '../learn/guide-link.tsx';

type When = 'now' | 'earlier';

const toggle = (list: readonly string[], value: string, on: boolean): string[] =>
  on ? [...new Set([...list, value])] : list.filter((v) => v !== value);

const URGE_OPTIONS = Array.from({ length: 11 }, (_, i) => ({ value: String(i), label: String(i) }));

function problemText(field: UrgeField, problem: UrgeProblem | undefined): string | undefined {
  if (!problem) return undefined;
  if (field === 'when') {
    return problem === 'in-future' ? t('journal.log.whenFuture') : t('journal.log.whenMissing');
  }
  return field === 'urge' ? t('journal.log.urgeMissing') : t('journal.log.actedMissing');
}

function LogForm({ id, original }: { id: string | null; original?: UrgeDraft }) {
  const editing = original !== undefined;
  const [draft, setDraft] = useState<UrgeDraft>(() => original ?? emptyUrgeDraft());
  const [when, setWhen] = useState<When>(editing ? 'earlier' : 'now');
  const [earlier, setEarlier] = useState(() =>
    original?.stamp ? toLocalInput(original.stamp) : '',
  );
  const [whenTouched, setWhenTouched] = useState(false);
  const [ownTrigger, setOwnTrigger] = useState('');
  const [showProblems, setShowProblems] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<boolean | 'full'>(false);
  const summary = useRef<HTMLParagraphElement>(null);
  const known = getSettings().ownTriggers;
  const ownOptions = [...new Set([...known, ...draft.ownTriggers])];

  const update = (change: Partial<UrgeDraft>) => setDraft((d) => ({ ...d, ...change }));

  const stampNow = (): LocalStamp | null => {
    if (editing && !whenTouched) return original?.stamp ?? null;
    return when === 'now' ? nowStamp() : fromLocalInput(earlier);
  };

  const problems = showProblems
    ? urgeDraftProblems({ ...draft, stamp: stampNow() }, Date.now())
    : {};

  const addOwn = () => {
    const text = ownTrigger.trim().slice(0, OWN_TRIGGER_MAX);
    if (text === '') return;
    update({ ownTriggers: toggle(draft.ownTriggers, text, true) });
    setOwnTrigger('');
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const full = { ...draft, stamp: stampNow() };
    const now = Date.now();
    const found = urgeDraftProblems(full, now);
    const first = (['when', 'urge', 'acted'] as const).find((f) => found[f]);
    if (first) {
      setShowProblems(true);
      summary.current?.focus();
      requestAnimationFrame(() => focusGroup(`log-${first}`));
      return;
    }
    const built = entryFromDraft(full, now);
    if (!built.ok) return;
    setSaving(true);
    setSaveError(false);
    const entryId = id ?? newId();
    try {
      await vault.put('journal-urge', entryId, built.value, { at: built.value.at });
      const fresh = built.value.ownTriggers.filter((x) => !known.includes(x));
      if (fresh.length > 0) {
        await updateSettings((s) => ({ ...s, ownTriggers: [...s.ownTriggers, ...fresh] }));
      }
    } catch (e) {
      setSaving(false);
      setSaveError(isStorageFull(e) ? 'full' : true);
      return;
    }
    // Acting on an urge opens the calm after-relapse flow (new entries, or an edit that now
    // says yes); riding one out goes back to the journal with a quiet acknowledgement. The rule
    // is core's care-response, shared with the diary card and the check-ins.
    const before =
      editing && original?.acted !== null && original?.acted !== undefined
        ? { kind: 'urge' as const, entry: { acted: original.acted } }
        : undefined;
    if (careParts(careResponseOnSave({ kind: 'urge', entry: built.value }, before)).safetyCheck) {
      navigate(afterPath(entryId));
      return;
    }
    setFlash(built.value.acted ? t('journal.saved') : t('journal.savedRiddenOut'));
    navigate(journalPaths.journal);
  };

  return (
    <form class="journal-form" noValidate onSubmit={(e) => void save(e)}>
      <p class="form-summary" role="alert" tabIndex={-1} ref={summary}>
        {showProblems && Object.keys(problems).length > 0 ? t('journal.log.fixBelow') : ''}
      </p>

      <Group
        name="log-when"
        legend={t('journal.log.whenLegend')}
        error={problemText('when', problems.when)}
      >
        <RadioChips
          name="log-when"
          value={when}
          options={[
            { value: 'now', label: t('journal.log.whenNow') },
            { value: 'earlier', label: t('journal.log.whenEarlier') },
          ]}
          onChange={(v) => {
            setWhen(v as When);
            setWhenTouched(true);
            if (v === 'earlier' && earlier === '') setEarlier(toLocalInput(nowStamp()));
          }}
        />
        {when === 'earlier' ? (
          <div class="field">
            <label for="log-when-at">{t('journal.log.whenLabel')}</label>
            <input
              id="log-when-at"
              class="input"
              type="datetime-local"
              value={earlier}
              max={toLocalInput(nowStamp())}
              aria-describedby="log-when-error"
              onInput={(e) => {
                setEarlier(e.currentTarget.value);
                setWhenTouched(true);
              }}
            />
          </div>
        ) : null}
      </Group>

      <Group
        name="log-urge"
        legend={t('journal.log.urgeLegend')}
        hint={t('journal.log.urgeHint')}
        error={problemText('urge', problems.urge)}
      >
        <RadioChips
          name="log-urge"
          scale
          options={URGE_OPTIONS}
          value={draft.urge === null ? null : String(draft.urge)}
          onChange={(v) => update({ urge: Number(v) })}
        />
      </Group>

      <Group
        name="log-acted"
        legend={t('journal.log.actedLegend')}
        hint={t('journal.log.actedHint')}
        error={problemText('acted', problems.acted)}
      >
        <RadioChips
          name="log-acted"
          options={[
            { value: 'no', label: t('journal.log.actedNo') },
            { value: 'yes', label: t('journal.log.actedYes') },
          ]}
          value={draft.acted === null ? null : draft.acted ? 'yes' : 'no'}
          onChange={(v) => update({ acted: v === 'yes' })}
        />
      </Group>

      <Group
        name="log-feelings"
        legend={t('journal.log.feelingsLegend')}
        hint={t('journal.log.chooseAny')}
      >
        <CheckChips
          name="log-feelings"
          options={LOG_EMOTIONS.map((code) => ({ value: code, label: emotionLabel(code) }))}
          selected={draft.emotions}
          onToggle={(v, on) => update({ emotions: toggle(draft.emotions, v, on) })}
        />
      </Group>

      <Group
        name="log-triggers"
        legend={t('journal.log.triggersLegend')}
        hint={t('journal.log.triggersHint')}
      >
        {TRIGGER_GROUPS.map((group) => (
          <Group key={group} name={`log-triggers-${group}`} legend={triggerGroupLabel(group)} sub>
            <CheckChips
              name="log-triggers"
              options={triggersIn(group).map((code) => ({
                value: code,
                label: triggerLabel(code),
              }))}
              selected={draft.triggers}
              onToggle={(v, on) => update({ triggers: toggle(draft.triggers, v, on) })}
            />
          </Group>
        ))}
        {ownOptions.length > 0 ? (
          <Group name="log-triggers-own" legend={t('journal.log.ownTriggersLegend')} sub>
            <CheckChips
              name="log-own-triggers"
              options={ownOptions.map((x) => ({ value: x, label: x }))}
              selected={draft.ownTriggers}
              onToggle={(v, on) => update({ ownTriggers: toggle(draft.ownTriggers, v, on) })}
            />
          </Group>
        ) : null}
        <div class="field add-row">
          <label for="log-own-trigger">{t('journal.log.ownTriggerLabel')}</label>
          <div class="inline-add">
            <input
              id="log-own-trigger"
              class="input"
              type="text"
              maxLength={OWN_TRIGGER_MAX}
              value={ownTrigger}
              onInput={(e) => setOwnTrigger(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addOwn();
                }
              }}
            />
            <button type="button" class="button button-secondary" onClick={addOwn}>
              {t('journal.log.ownTriggerAdd')}
            </button>
          </div>
        </div>
      </Group>

      <Group
        name="log-helped"
        legend={t('journal.log.helpedLegend')}
        hint={t('journal.log.chooseAny')}
      >
        <CheckChips
          name="log-helped"
          options={HELPED_OPTIONS.map((id) => ({ value: id, label: helpedLabel(id) }))}
          selected={draft.helped}
          onToggle={(v, on) => update({ helped: toggle(draft.helped, v, on) })}
        />
        <div class="field">
          <label for="log-helped-other">{t('journal.log.helpedOtherLabel')}</label>
          <input
            id="log-helped-other"
            class="input"
            type="text"
            maxLength={200}
            value={draft.helpedOther}
            onInput={(e) => update({ helpedOther: e.currentTarget.value })}
          />
        </div>
      </Group>

      <div class="field">
        <label for="log-note">{t('journal.log.noteLabel')}</label>
        <p class="hint" id="log-note-hint">
          {t('journal.log.noteHint')}
        </p>
        <textarea
          id="log-note"
          class="input textarea"
          rows={3}
          maxLength={2000}
          placeholder={t('journal.log.notePlaceholder')}
          aria-describedby="log-note-hint"
          value={draft.note}
          onInput={(e) => update({ note: e.currentTarget.value })}
        />
      </div>

      <div class="button-row form-actions">
        <button type="submit" class="button button-primary" disabled={saving}>
          {saving ? t('journal.log.saving') : t('journal.log.save')}
        </button>
        <Link class="button button-secondary" href={journalPaths.journal}>
          {t('journal.log.cancel')}
        </Link>
      </div>
      <FieldError
        id="log-save-error"
        message={
          saveError === 'full'
            ? t('journal.log.storageFull')
            : saveError
              ? t('journal.log.notSaved')
              : undefined
        }
      />
    </form>
  );
}

export default function LogScreen({ params }: ScreenProps) {
  const id = params.id ?? null;
  const entry = id ? urgeEntry(id) : undefined;
  if (id && !entry) {
    return (
      <>
        <PageHeading>{t('journal.log.editTitle')}</PageHeading>
        <p class="lead">{t('journal.log.notFound')}</p>
        <p>
          <Link href={journalPaths.journal}>{t('journal.title')}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading>{id ? t('journal.log.editTitle') : t('journal.log.title')}</PageHeading>
      <p class="lead">{t('journal.log.intro')}</p>
      <LogForm key={id ?? 'new'} id={id} original={entry ? draftFromEntry(entry) : undefined} />
      <GuideLink id="why-people-self-harm" />
    </>
  );
}
