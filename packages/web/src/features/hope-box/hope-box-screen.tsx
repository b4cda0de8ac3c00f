// /hope-box: the things that remind a person why they keep going. Add a reason, a message, a
// photo, a song or link, a memory or something to look forward to; look through them as a calm
// slideshow; remove any of them. Photos are prepared on the device and kept encrypted.
import type { MessageKey } from '@onward/content';
import { useState } from 'preact/hooks';
import { NewTabLink } from '../../crisis/new-tab-link.tsx';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { Card } from '../../ui/card.tsx';
import { InlineConfirm } from '../../ui/confirm.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { useRecords, vault } from '../../vault/index.ts';
import {
  checkLink,
  HOPE_KINDS,
  type HopeItem,
  type HopeKind,
  type LinkProblem,
} from './hope-items.ts';
import { addItem, type ListedItem, listItems, removeItem } from './hope-records.ts';
import { type PreparedPhoto, preparePhoto, usePhotoUrl } from './photo.ts';
import './hope-box.css';

export const KIND_COPY = {
  reason: 'hope.kind.reason',
  message: 'hope.kind.message',
  photo: 'hope.kind.photo',
  link: 'hope.kind.link',
  memory: 'hope.kind.memory',
  future: 'hope.kind.future',
} as const satisfies Record<HopeKind, MessageKey>;

export function photoAlt(item: HopeItem): string {
  return item.text ? t('hope.photo.altWith', { caption: item.text }) : t('hope.photo.alt');
}

export function HopePhotoImage({
  id,
  item,
  class: className,
}: {
  id: string;
  item: HopeItem;
  class?: string;
}) {
  const url = usePhotoUrl(id);
  if (!url || !item.photo) return null;
  return (
    <img
      class={className}
      src={url}
      alt={photoAlt(item)}
      width={item.photo.width}
      height={item.photo.height}
    />
  );
}

/** A short name for an item in labels ("Remove this from your hope box: My dog"). */
function itemName(item: HopeItem): string {
  const text = item.text || item.url || t(KIND_COPY[item.kind]);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function ItemCard({ id, item, onRemoved }: { id: string; item: HopeItem; onRemoved: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const remove = async () => {
    try {
      await removeItem(id);
      onRemoved();
    } catch {
      setFailed(true);
    }
  };
  const headingId = `hope-item-${id}`;
  return (
    <li class="card hope-item">
      <h3 class="hope-kind" id={headingId}>
        {t(KIND_COPY[item.kind])}
      </h3>
      {item.kind === 'photo' ? <HopePhotoImage id={id} item={item} class="hope-photo" /> : null}
      {item.kind === 'link' && item.url ? (
        <p>
          <NewTabLink href={item.url} class="hope-link">
            {t('hope.link.open', { title: item.text || item.url })}
          </NewTabLink>
        </p>
      ) : item.text ? (
        <p class="hope-text">{item.text}</p>
      ) : null}
      {item.from ? <p class="muted">{t('hope.from', { name: item.from })}</p> : null}
      {confirming ? (
        <InlineConfirm
          question={t('hope.removeConfirm')}
          yes={t('hope.removeYes')}
          no={t('hope.removeNo')}
          onYes={() => void remove()}
          onNo={() => setConfirming(false)}
        />
      ) : (
        <button
          type="button"
          class="button button-quiet hope-remove"
          aria-label={t('hope.removeLabel', { item: itemName(item) })}
          onClick={() => setConfirming(true)}
        >
          {t('hope.remove')}
        </button>
      )}
      {failed ? (
        <p class="field-error" role="alert">
          {t('hope.add.failed')}
        </p>
      ) : null}
    </li>
  );
}

type Problem = '' | 'needText' | LinkProblem | 'photo' | 'photoNone' | 'save';

const LINK_PROBLEMS: readonly Problem[] = ['invalid', 'not-web', 'has-login', 'scheme-relative'];

const PROBLEM_COPY = {
  needText: 'hope.add.needText',
  invalid: 'hope.link.invalid',
  'not-web': 'hope.link.notWeb',
  'has-login': 'hope.link.hasLogin',
  'scheme-relative': 'hope.link.schemeRelative',
  photo: 'hope.photo.failed',
  photoNone: 'hope.photo.none',
  save: 'hope.add.failed',
} as const satisfies Record<Exclude<Problem, ''>, MessageKey>;

function AddForm({ onAdded }: { onAdded: (message: string) => void }) {
  const [kind, setKind] = useState<HopeKind>('reason');
  const [text, setText] = useState('');
  const [from, setFrom] = useState('');
  const [url, setUrl] = useState('');
  const [photo, setPhoto] = useState<PreparedPhoto | undefined>(undefined);
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<Problem>('');
  const [fileKey, setFileKey] = useState(0);

  const reset = () => {
    setText('');
    setFrom('');
    setUrl('');
    setPhoto(undefined);
    setFileKey((k) => k + 1);
    setProblem('');
  };

  const choosePhoto = async (file: File | undefined) => {
    setPhoto(undefined);
    setProblem('');
    if (!file) return;
    setWorking(true);
    const prepared = await preparePhoto(file);
    setWorking(false);
    if (prepared.ok) setPhoto(prepared.value);
    else setProblem('photo');
  };

  const submit = async () => {
    const words = text.trim();
    let item: HopeItem;
    if (kind === 'photo') {
      if (!photo) return setProblem(problem === 'photo' ? 'photo' : 'photoNone');
      item = {
        kind,
        text: words,
        photo: { type: photo.type, width: photo.width, height: photo.height },
      };
    } else if (kind === 'link') {
      const link = checkLink(url);
      if (!link.ok) return setProblem(link.reason);
      item = { kind, text: words, url: link.value };
    } else {
      if (words === '') return setProblem('needText');
      item = { kind, text: words };
      if (kind === 'message' && from.trim()) item.from = from.trim();
    }
    try {
      await addItem(item, kind === 'photo' ? photo : undefined);
      reset();
      onAdded(t('hope.add.added'));
    } catch {
      setProblem('save');
    }
  };

  const errorId = 'hope-add-error';
  const error = problem ? (
    <p class="field-error" id={errorId}>
      {t(PROBLEM_COPY[problem])}
    </p>
  ) : null;
  const describedBy = problem ? errorId : undefined;
  return (
    <Card labelledBy="hope-add-heading">
      <h2 id="hope-add-heading">{t('hope.add.heading')}</h2>
      <form
        class="hope-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset class="hope-kinds">
          <legend>{t('hope.add.kind')}</legend>
          {HOPE_KINDS.map((k) => (
            <div class="hope-kind-choice" key={k}>
              <input
                type="radio"
                name="hope-kind"
                id={`hope-kind-${k}`}
                value={k}
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setProblem('');
                }}
              />
              <label for={`hope-kind-${k}`}>{t(KIND_COPY[k])}</label>
            </div>
          ))}
        </fieldset>

        {kind === 'photo' ? (
          <>
            <p class="notice">{t('hope.photo.note')}</p>
            <div class="field">
              <label for="hope-photo">{t('hope.field.photo')}</label>
              <input
                key={fileKey}
                id="hope-photo"
                class="hope-file"
                type="file"
                accept="image/*"
                aria-describedby={describedBy}
                onChange={(e) => void choosePhoto((e.currentTarget as HTMLInputElement).files?.[0])}
              />
              {working ? (
                <p class="status" role="status">
                  {t('hope.photo.working')}
                </p>
              ) : null}
              {error}
            </div>
            <p class="small muted">{t('hope.photo.private')}</p>
          </>
        ) : null}

        {kind === 'link' ? (
          <>
            <div class="field">
              <label for="hope-url">{t('hope.field.link')}</label>
              <input
                id="hope-url"
                class="input"
                type="url"
                inputMode="url"
                autocomplete="off"
                value={url}
                aria-invalid={LINK_PROBLEMS.includes(problem) ? 'true' : undefined}
                aria-describedby={describedBy}
                onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
              />
              {error}
            </div>
            <p class="small muted">{t('hope.link.note')}</p>
          </>
        ) : null}

        <div class="field">
          <label for="hope-text">
            {kind === 'message'
              ? t('hope.field.message')
              : kind === 'photo'
                ? t('hope.field.caption')
                : kind === 'link'
                  ? t('hope.field.linkTitle')
                  : t('hope.field.text')}
          </label>
          <textarea
            id="hope-text"
            class="input"
            rows={kind === 'photo' || kind === 'link' ? 2 : 4}
            value={text}
            placeholder={
              kind === 'link'
                ? t('hope.field.linkPlaceholder')
                : kind === 'memory'
                  ? t('hope.field.textPlaceholder')
                  : undefined
            }
            aria-invalid={problem === 'needText' ? 'true' : undefined}
            aria-describedby={problem === 'needText' ? errorId : undefined}
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          />
          {problem === 'needText' || problem === 'save' ? error : null}
        </div>

        {kind === 'message' ? (
          <div class="field">
            <label for="hope-from">{t('hope.field.from')}</label>
            <input
              id="hope-from"
              class="input"
              type="text"
              autocomplete="off"
              value={from}
              onInput={(e) => setFrom((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
        ) : null}

        <button type="submit" class="button button-primary hope-submit" disabled={working}>
          {t('hope.add.save')}
        </button>
      </form>
    </Card>
  );
}

export default function HopeBoxScreen() {
  useRecords(vault, 'hope-item');
  const items: ListedItem[] = listItems();
  const [status, setStatus] = useState('');
  const removed = () => {
    setStatus(t('hope.removed'));
    // The card that had focus is gone: focus moves to the list, or to the page heading.
    setTimeout(() => {
      const target =
        document.getElementById('hope-items-heading') ?? document.getElementById('page-title');
      target?.focus();
    }, 0);
  };
  return (
    <>
      <PageHeading>{t('hope.title')}</PageHeading>
      <p class="lead">{t('hope.intro')}</p>
      <p class="muted">{t('hope.private')}</p>
      {items.length > 0 ? (
        <Link class="button button-primary button-block button-large" href="/hope-box/show">
          {t('hope.show')}
        </Link>
      ) : (
        <EmptyState text={t('hope.empty')} />
      )}
      <p class="status" role="status">
        {status}
      </p>
      <AddForm onAdded={setStatus} />
      {items.length > 0 ? (
        <section aria-labelledby="hope-items-heading">
          <h2 id="hope-items-heading" tabIndex={-1}>
            {t('hope.itemsHeading')}
          </h2>
          <ul class="hope-items">
            {items.map(({ id, item }) => (
              <ItemCard key={id} id={id} item={item} onRemoved={removed} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
