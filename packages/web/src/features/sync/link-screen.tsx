// On the device that already has the records: "Link another device". Shows a QR code and a link
// (the pairing slot id in the fragment), waits for the other device, shows the six-digit code
// both devices must show, and seals the sync key to the other device only after the person
// confirms the codes match.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { readSyncState } from '../../sync/engine.ts';
import { type Offer, offerLink, startVault } from '../../sync/link.ts';
import { qrModules } from '../privacy/qr.ts';
import { syncPaths } from './paths.ts';
import { useSync } from './use-sync.ts';
import { failureText } from './words.ts';
import './sync.css';

type Step =
  | { s: 'name' }
  | { s: 'working' }
  | { s: 'offer'; offer: Offer }
  | { s: 'compare'; offer: Offer; code: string }
  | { s: 'done' }
  | { s: 'mismatch' }
  | { s: 'error'; text: string };

function Qr({ text }: { text: string }) {
  const qr = useMemo(() => qrModules(text), [text]);
  return (
    <svg
      class="sync-qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={t('sync.link.qrLabel')}
      shape-rendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#ffffff" />
      <path d={qr.path} fill="#000000" />
    </svg>
  );
}

export default function LinkScreen() {
  const { ctx } = useSync();
  const [step, setStep] = useState<Step>({ s: 'working' });
  const [name, setName] = useState(t('sync.link.defaultName'));
  const offerRef = useRef<Offer | undefined>(undefined);

  const open = async () => {
    if (!ctx) return;
    setStep({ s: 'working' });
    if (!readSyncState(ctx.vault)) {
      const started = await startVault(ctx, name.trim() || t('sync.link.defaultName'));
      if (!started.ok) return setStep({ s: 'error', text: failureText(started.reason) });
    }
    const offer = await offerLink(ctx, window.location.origin);
    if (!offer.ok) return setStep({ s: 'error', text: failureText(offer.reason) });
    offerRef.current = offer.value;
    setStep({ s: 'offer', offer: offer.value });
    const answered = await offer.value.answered();
    if (!answered.ok) {
      if (answered.reason !== 'cancelled')
        setStep({ s: 'error', text: failureText(answered.reason) });
      return;
    }
    setStep({ s: 'compare', offer: offer.value, code: answered.value });
  };

  useEffect(() => {
    if (!ctx) return;
    if (readSyncState(ctx.vault)) void open();
    else setStep({ s: 'name' });
    return () => void offerRef.current?.cancel();
  }, [ctx]);

  return (
    <>
      <PageHeading>{t('sync.link.title')}</PageHeading>
      {step.s === 'name' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void open();
          }}
        >
          <p>{t('sync.intro')}</p>
          <div class="field">
            <label for="sync-device-name">{t('sync.link.nameLabel')}</label>
            <input
              id="sync-device-name"
              type="text"
              maxLength={60}
              aria-describedby="sync-device-name-hint"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
            <p id="sync-device-name-hint" class="muted small">
              {t('sync.link.nameHint')}
            </p>
          </div>
          <p>
            <button type="submit" class="button button-primary">
              {t('sync.link.start')}
            </button>
          </p>
        </form>
      )}
      {step.s === 'working' && <p role="status">{t('sync.working')}</p>}
      {step.s === 'offer' && (
        <section aria-labelledby="sync-scan">
          <p id="sync-scan">{t('sync.link.scan')}</p>
          <Qr text={step.offer.link} />
          <p class="sync-link">
            <a href={step.offer.link} data-testid="sync-link">
              {step.offer.link}
            </a>
          </p>
          <p class="muted">{t('sync.link.expires')}</p>
          <p role="status">{t('sync.link.waiting')}</p>
        </section>
      )}
      {step.s === 'compare' && (
        <section aria-labelledby="sync-compare">
          <p id="sync-compare">{t('sync.link.compare')}</p>
          <p class="sync-code" data-testid="sync-code">
            {step.code}
          </p>
          <p class="sync-actions">
            <button
              type="button"
              class="button button-primary"
              onClick={async () => {
                const r = await step.offer.confirm();
                // Sealed: the other device collects it even if this screen closes now.
                if (r.ok) offerRef.current = undefined;
                setStep(r.ok ? { s: 'done' } : { s: 'error', text: failureText(r.reason) });
              }}
            >
              {t('sync.link.match')}
            </button>
            <button
              type="button"
              class="button button-secondary"
              onClick={async () => {
                await step.offer.cancel();
                setStep({ s: 'mismatch' });
              }}
            >
              {t('sync.link.noMatch')}
            </button>
          </p>
        </section>
      )}
      {step.s === 'done' && <p role="status">{t('sync.link.done')}</p>}
      {step.s === 'mismatch' && <p role="status">{t('sync.link.noMatchDone')}</p>}
      {step.s === 'error' && <p role="alert">{step.text}</p>}
      <p>
        <Link href={syncPaths.devices}>{t('sync.back')}</Link>
      </p>
    </>
  );
}
