// On the new device, opened from the link (`/link#<slot id>`): answers the pairing slot, shows
// the code to compare, and waits for the person to confirm on the other device. The slot id is
// read from the fragment and then removed from the address bar.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { releaseServiceWorker } from '../../sw/register.ts';
import { readSyncState, type SyncEngine } from '../../sync/engine.ts';
import { answerLink, type Join } from '../../sync/link.ts';
import { syncPaths } from './paths.ts';
import { useSync } from './use-sync.ts';
import { failureText } from './words.ts';
import './sync.css';

const SLOT = /^[A-Za-z0-9_-]{43}$/;

/**
 * Lets the service worker install (sw/register.ts holds it on this screen) once the first sync
 * after joining is no longer running, whether or not this screen is still shown.
 */
function releaseAfterFirstSync(engine: SyncEngine) {
  const check = () => {
    if (engine.status().phase === 'syncing') return;
    off();
    releaseServiceWorker();
  };
  const off = engine.onStatus(check);
  check();
}

type Step =
  | { s: 'ready' }
  | { s: 'working' }
  | { s: 'compare'; join: Join }
  | { s: 'done' }
  | { s: 'message'; text: string; alert?: boolean };

export default function JoinScreen() {
  const { ctx } = useSync();
  const [slot] = useState(() => window.location.hash.slice(1));
  const [step, setStep] = useState<Step>({ s: 'ready' });
  const [name, setName] = useState(t('sync.join.defaultName'));
  const joinRef = useRef<Join | undefined>(undefined);
  /** A join went through: the first sync releases the service worker, not leaving this screen. */
  const joinedRef = useRef(false);

  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
    return () => {
      joinRef.current?.cancel();
      if (!joinedRef.current) releaseServiceWorker();
    };
  }, []);

  if (!ctx) return <PageHeading>{t('sync.join.title')}</PageHeading>;
  const linked = readSyncState(ctx.vault) && step.s !== 'done';

  const start = async () => {
    setStep({ s: 'working' });
    const answered = await answerLink(ctx, slot);
    if (!answered.ok) {
      releaseServiceWorker();
      return setStep({ s: 'message', text: failureText(answered.reason), alert: true });
    }
    joinRef.current = answered.value;
    setStep({ s: 'compare', join: answered.value });
    const done = await answered.value.finish(name.trim() || t('sync.join.defaultName'));
    if (done.ok) {
      joinedRef.current = true;
      releaseAfterFirstSync(ctx.engine);
      setStep({ s: 'done' });
    } else {
      releaseServiceWorker();
      if (done.reason !== 'cancelled')
        setStep({ s: 'message', text: failureText(done.reason), alert: true });
    }
  };

  return (
    <>
      <PageHeading>{t('sync.join.title')}</PageHeading>
      {linked ? (
        <p>{t('sync.join.already')}</p>
      ) : !SLOT.test(slot) ? (
        <p role="alert">{t('sync.join.noSlot')}</p>
      ) : step.s === 'ready' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void start();
          }}
        >
          <p>{t('sync.join.intro')}</p>
          <div class="field">
            <label for="sync-join-name">{t('sync.join.nameLabel')}</label>
            <input
              id="sync-join-name"
              type="text"
              maxLength={60}
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <p>
            <button type="submit" class="button button-primary">
              {t('sync.join.start')}
            </button>
          </p>
        </form>
      ) : step.s === 'working' ? (
        <p role="status">{t('sync.working')}</p>
      ) : step.s === 'compare' ? (
        <section aria-labelledby="sync-join-compare">
          <p id="sync-join-compare">{t('sync.join.compare')}</p>
          <p class="sync-code" data-testid="sync-code">
            {step.join.code}
          </p>
          <p role="status">{t('sync.join.waiting')}</p>
        </section>
      ) : step.s === 'done' ? (
        <p role="status">{t('sync.join.done')}</p>
      ) : (
        <p role={step.alert ? 'alert' : 'status'}>{step.text}</p>
      )}
      <p>
        <Link href={syncPaths.devices}>{t('sync.back')}</Link>
      </p>
    </>
  );
}
