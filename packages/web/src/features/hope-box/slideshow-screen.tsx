// /hope-box/show: the hope box as a calm, full-screen slideshow. One thing at a time, moving on
// slowly by itself (or not, with reduced motion or after Pause); arrow keys and buttons move
// between items, Escape or Close returns to the hope box. "Get help now" stays in reach.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { NewTabLink } from '../../crisis/new-tab-link.tsx';
import { t } from '../../i18n.ts';
import { Link, navigate } from '../../router/router.tsx';
import { paths } from '../../router/routes.ts';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecords, vault } from '../../vault/index.ts';
import { HopePhotoImage, KIND_COPY } from './hope-box-screen.tsx';
import { listItems } from './hope-records.ts';
import './hope-box.css';

/** Long enough to read a message twice without hurrying. */
const SLIDE_MS = 9000;

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export default function HopeSlideshowScreen() {
  useRecords(vault, 'hope-item');
  const items = listItems();
  const dialog = useRef<HTMLDialogElement>(null);
  const leaving = useRef(false);
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(() => !prefersReducedMotion());
  const count = items.length;
  const at = count === 0 ? 0 : ((index % count) + count) % count;
  const current = items[at];

  useLayoutEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => {
      leaving.current = true;
    };
  }, []);

  useEffect(() => {
    if (!playing || count < 2) return;
    const timer = setTimeout(() => setIndex((i) => i + 1), SLIDE_MS);
    return () => clearTimeout(timer);
  }, [playing, at, count]);

  const step = (by: 1 | -1) => {
    setPlaying(false);
    setIndex((i) => i + by);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      step(1);
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      step(-1);
    }
  };

  const close = () => dialog.current?.close();
  // Closing (Escape, or Close) goes back to the hope box, unless we are already leaving.
  const onClose = () => {
    if (!leaving.current) navigate('/hope-box');
  };

  return (
    <dialog
      ref={dialog}
      class="hope-show"
      aria-labelledby="page-title"
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <div class="hope-show-top">
        <PageHeading>{t('hope.show.title')}</PageHeading>
        <Link class="help-now" href={paths.help}>
          {t('shell.getHelp')}
        </Link>
      </div>
      {current ? (
        // biome-ignore lint/a11y/useSemanticElements: the APG carousel pattern (a slide is a group, not a fieldset).
        <div
          class="hope-slide"
          key={current.id}
          role="group"
          aria-roledescription="slide"
          aria-label={t('hope.show.position', { n: at + 1, total: count })}
          aria-live={playing ? 'off' : 'polite'}
        >
          <p class="hope-show-kind">{t(KIND_COPY[current.item.kind])}</p>
          {current.item.kind === 'photo' ? (
            <HopePhotoImage id={current.id} item={current.item} class="hope-show-photo" />
          ) : null}
          {current.item.kind === 'link' && current.item.url ? (
            <p>
              <NewTabLink href={current.item.url} class="button button-secondary">
                {t('hope.link.open', { title: current.item.text || current.item.url })}
              </NewTabLink>
            </p>
          ) : current.item.text ? (
            <p class={current.item.kind === 'photo' ? 'hope-show-caption' : 'hope-show-text'}>
              {current.item.text}
            </p>
          ) : null}
          {current.item.from ? (
            <p class="hope-show-from">{t('hope.from', { name: current.item.from })}</p>
          ) : null}
        </div>
      ) : (
        <div class="hope-slide">
          <p class="hope-show-text">{t('hope.show.empty')}</p>
        </div>
      )}
      <div class="hope-show-controls">
        <p class="hope-show-position" aria-hidden="true">
          {count > 0 ? t('hope.show.position', { n: at + 1, total: count }) : ''}
        </p>
        <div class="hope-show-buttons">
          <button
            type="button"
            class="button button-secondary"
            onClick={() => step(-1)}
            disabled={count < 2}
          >
            {t('hope.show.previous')}
          </button>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => step(1)}
            disabled={count < 2}
          >
            {t('hope.show.next')}
          </button>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => setPlaying((p) => !p)}
            disabled={count < 2}
          >
            {playing ? t('hope.show.pause') : t('hope.show.play')}
          </button>
          <button type="button" class="button button-primary" onClick={close}>
            {t('hope.show.close')}
          </button>
        </div>
        <p class="small hope-show-keys">{t('hope.show.keys')}</p>
      </div>
    </dialog>
  );
}
