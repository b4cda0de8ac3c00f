// The alternatives library: ideas to try instead when an urge comes, by category. The person can
// keep favourites, hide what is not for them (and bring it back), add their own, and try any
// idea with the same optional before/after rating as the guided tools.
import { ALTERNATIVE_CATEGORIES, type AlternativeCategory, alternativesIn } from '@onward/content';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isOne, language, t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecords, vault } from '../../vault/index.ts';
import {
  filterLibrary,
  type LibraryFilter,
  type LibraryItem,
  libraryItems,
  NO_PREF,
  newOwnId,
  type OwnInput,
  type OwnProblem,
  ownProblems,
  toOwnAlternative,
} from './library.ts';
import type { AlternativePref } from './records.ts';
import { tryPath } from './tool-ids.ts';
import './tools.css';

const categoryLabel = (c: AlternativeCategory) => t(`tools.category.${c}`);

function usePrefs(): Map<string, AlternativePref> {
  const records = useRecords(vault, 'tool-alternative-pref');
  return new Map(records.map((r) => [r.id, r.value]));
}

function ItemCard({
  item,
  pref,
  onPref,
  onRemove,
}: {
  item: LibraryItem;
  pref: AlternativePref;
  onPref: (next: AlternativePref) => void;
  onRemove: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const titleId = `alt-${item.id}`;
  return (
    <li class="card tk-alt-item">
      <h3 id={titleId}>{item.title}</h3>
      {item.howTo !== '' && <p>{item.howTo}</p>}
      <p class="tk-meta">
        {[
          item.minutes === undefined ? null : t('tools.alt.minutes', { count: item.minutes }),
          categoryLabel(item.category),
          item.own ? t('tools.alt.yours') : null,
        ]
          .filter((x) => x !== null)
          .join(' · ')}
      </p>
      <div class="tk-alt-actions">
        <Link
          class="button button-primary"
          href={tryPath(item.id)}
          aria-label={t('tools.alt.tryLabel', { title: item.title })}
        >
          {t('tools.alt.try')}
        </Link>
        <button
          type="button"
          class="button button-secondary"
          aria-pressed={pref.favourite}
          aria-label={t('tools.alt.favouriteLabel', { title: item.title })}
          onClick={() => onPref({ ...pref, favourite: !pref.favourite })}
        >
          <span class="tk-favourite-mark" aria-hidden="true">
            {pref.favourite ? '★' : '☆'}
          </span>
          {t('tools.alt.favourite')}
        </button>
        {item.own ? (
          <button
            type="button"
            class="button button-secondary"
            aria-label={
              confirming
                ? t('tools.alt.removeConfirmLabel', { title: item.title })
                : t('tools.alt.removeLabel', { title: item.title })
            }
            onClick={() => (confirming ? onRemove() : setConfirming(true))}
          >
            {confirming ? t('tools.alt.removeConfirm') : t('tools.alt.remove')}
          </button>
        ) : (
          <button
            type="button"
            class="button button-secondary"
            aria-label={t('tools.alt.hideLabel', { title: item.title })}
            onClick={() => onPref({ ...pref, hidden: true })}
          >
            {t('tools.alt.hide')}
          </button>
        )}
      </div>
    </li>
  );
}

const EMPTY_INPUT: OwnInput = { title: '', howTo: '', category: 'distraction', minutes: '' };

const problemText = (p: OwnProblem): string =>
  p === 'title-missing'
    ? t('tools.alt.errorTitle')
    : p === 'title-long'
      ? t('tools.alt.errorTitleLong')
      : p === 'how-long'
        ? t('tools.alt.errorHowLong')
        : t('tools.alt.errorMinutes');

function AddOwn({ onAdded }: { onAdded: (title: string) => void }) {
  const [input, setInput] = useState<OwnInput>(EMPTY_INPUT);
  const [checked, setChecked] = useState(false);
  const [failed, setFailed] = useState(false);
  const problems = checked ? ownProblems(input) : {};
  const field = (
    key: 'title' | 'howTo' | 'minutes',
    label: string,
    control: (describedBy: string | undefined) => preact.ComponentChildren,
  ) => {
    const problem = problems[key];
    const errorId = `own-${key}-error`;
    return (
      <div class="field">
        <label for={`own-${key}`}>{label}</label>
        {control(problem ? errorId : undefined)}
        {problem && (
          <p class="tk-field-error" id={errorId}>
            {problemText(problem)}
          </p>
        )}
      </div>
    );
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setChecked(true);
    setFailed(false);
    const value = toOwnAlternative(input);
    if (!value) {
      const first = (['title', 'howTo', 'minutes'] as const).find((k) => ownProblems(input)[k]);
      if (first) document.getElementById(`own-${first}`)?.focus();
      return;
    }
    try {
      await vault.put('tool-own-alternative', newOwnId(), value);
      setInput(EMPTY_INPUT);
      setChecked(false);
      onAdded(value.title);
    } catch {
      setFailed(true);
    }
  };

  return (
    <section aria-labelledby="own-heading">
      <h2 id="own-heading">{t('tools.alt.addHeading')}</h2>
      <p>{t('tools.alt.addIntro')}</p>
      <form class="tk-own-form" onSubmit={(event) => void submit(event)} noValidate>
        {field('title', t('tools.alt.addTitle'), (describedBy) => (
          <input
            id="own-title"
            class="tk-input"
            type="text"
            value={input.title}
            aria-invalid={describedBy ? true : undefined}
            aria-describedby={describedBy}
            onInput={(e) => setInput({ ...input, title: e.currentTarget.value })}
          />
        ))}
        {field('howTo', t('tools.alt.addHow'), (describedBy) => (
          <textarea
            id="own-howTo"
            class="tk-input"
            rows={2}
            value={input.howTo}
            aria-invalid={describedBy ? true : undefined}
            aria-describedby={describedBy}
            onInput={(e) => setInput({ ...input, howTo: e.currentTarget.value })}
          />
        ))}
        <div class="field">
          <label for="own-category">{t('tools.alt.addCategory')}</label>
          <select
            id="own-category"
            class="select"
            value={input.category}
            onChange={(e) => setInput({ ...input, category: e.currentTarget.value })}
          >
            {ALTERNATIVE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </div>
        {field('minutes', t('tools.alt.addMinutes'), (describedBy) => (
          <input
            id="own-minutes"
            class="tk-input tk-input-short"
            type="number"
            inputMode="numeric"
            min={1}
            max={120}
            step={1}
            value={input.minutes}
            aria-invalid={describedBy ? true : undefined}
            aria-describedby={describedBy}
            onInput={(e) => setInput({ ...input, minutes: e.currentTarget.value })}
          />
        ))}
        {failed && <p class="tk-field-error">{t('tools.alt.errorSave')}</p>}
        <button type="submit" class="button button-primary">
          {t('tools.alt.addSubmit')}
        </button>
      </form>
    </section>
  );
}

export function AlternativesScreen() {
  const prefs = usePrefs();
  const own = useRecords(vault, 'tool-own-alternative');
  const [filter, setFilter] = useState<LibraryFilter>('all');
  const [showHidden, setShowHidden] = useState(false);
  const [message, setMessage] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const items = libraryItems(own, alternativesIn(language));
  const { shown, hidden } = filterLibrary(items, prefs, filter);
  const pendingFocus = useRef(false);

  useEffect(() => {
    if (pendingFocus.current) {
      pendingFocus.current = false;
      status.current?.focus();
    }
  }, [message]);

  // Hiding or removing takes the item (and the focused button) away: say what happened, and
  // put focus on that message rather than losing it.
  const tell = (text: string) => {
    pendingFocus.current = true;
    setMessage(text);
  };

  const setPref = (item: LibraryItem, next: AlternativePref) => {
    void vault.put('tool-alternative-pref', item.id, next).then(
      () => {
        if (next.hidden && !(prefs.get(item.id) ?? NO_PREF).hidden) {
          tell(t('tools.alt.hiddenDone', { title: item.title }));
        }
      },
      () => tell(t('tools.alt.errorSave')),
    );
  };

  const remove = (item: LibraryItem) => {
    void vault.delete('tool-own-alternative', item.id).then(
      () => tell(t('tools.alt.removed', { title: item.title })),
      () => tell(t('tools.alt.errorSave')),
    );
  };

  const filters: { value: LibraryFilter; label: string }[] = [
    { value: 'all', label: t('tools.alt.filterAll') },
    { value: 'favourites', label: t('tools.alt.filterFavourites') },
    ...ALTERNATIVE_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) })),
  ];

  return (
    <>
      <PageHeading>{t('tools.alt.title')}</PageHeading>
      <p class="lead">{t('tools.alt.intro')}</p>
      <fieldset class="tk-chips-group tk-filter">
        <legend>{t('tools.alt.filter')}</legend>
        <div class="tk-chips">
          {filters.map(({ value, label }) => (
            <span class="tk-chip-radio" key={value}>
              <input
                type="radio"
                id={`filter-${value}`}
                name="alt-filter"
                value={value}
                checked={filter === value}
                onChange={() => setFilter(value)}
              />
              <label class="tk-chip-label" for={`filter-${value}`}>
                {label}
              </label>
            </span>
          ))}
        </div>
      </fieldset>
      <h2 id="ideas-heading">{t('tools.alt.listHeading')}</h2>
      <p class="muted" aria-live="polite">
        {isOne(shown.length)
          ? t('tools.alt.countOne')
          : t('tools.alt.count', { count: shown.length })}
      </p>
      <p class="status tk-status" role="status" tabIndex={-1} ref={status}>
        {message}
      </p>
      {shown.length === 0 ? (
        <p class="notice">
          {filter === 'favourites' ? t('tools.alt.noFavourites') : t('tools.alt.none')}
        </p>
      ) : (
        <ul class="tk-alt-list">
          {shown.map((item) => (
            <ItemCard
              key={item.id}
              item={item}
              pref={prefs.get(item.id) ?? NO_PREF}
              onPref={(next) => setPref(item, next)}
              onRemove={() => remove(item)}
            />
          ))}
        </ul>
      )}
      {hidden.length > 0 && (
        <section aria-labelledby="hidden-heading">
          <h2 id="hidden-heading">{t('tools.alt.hiddenHeading')}</h2>
          <button
            type="button"
            class="button button-secondary"
            aria-expanded={showHidden}
            aria-controls="hidden-list"
            onClick={() => setShowHidden(!showHidden)}
          >
            {showHidden
              ? t('tools.alt.hiddenHide')
              : t('tools.alt.hiddenShow', { count: hidden.length })}
          </button>
          <ul class="tk-hidden-list" id="hidden-list" hidden={!showHidden}>
            {hidden.map((item) => (
              <li key={item.id} class="tk-hidden-item">
                <span>{item.title}</span>
                <button
                  type="button"
                  class="button button-secondary"
                  aria-label={t('tools.alt.unhideLabel', { title: item.title })}
                  onClick={() =>
                    setPref(item, { ...(prefs.get(item.id) ?? NO_PREF), hidden: false })
                  }
                >
                  {t('tools.alt.unhide')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <AddOwn onAdded={(title) => tell(t('tools.alt.added', { title }))} />
    </>
  );
}

export default function Screen() {
  return <AlternativesScreen />;
}
