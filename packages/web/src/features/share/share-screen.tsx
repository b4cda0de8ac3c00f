// /share: make a link for the care team (what, how long, for whom, optional passphrase, live)
// and manage the active links (views, copy, stop sharing). Links are kept in the vault.
import { useEffect, useState } from 'preact/hooks';
import { language, t } from '../../i18n.ts';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecords, vault } from '../../vault/index.ts';
import { DEFAULT_SECTIONS, REPORT_SECTIONS, type ReportSection } from '../insights/report-doc.tsx';
import { SectionPicker } from '../insights/section-picker.tsx';
import { activeLinks, forgetExpired, KIND, type ShareLinkRecord } from './link-records.ts';
import { createLink, refreshViews, revokeLink, type ShareFailure } from './links.ts';
import type { ShareKind } from './share-doc.ts';
import '../journal/journal.css';
import './share.css';

const hour = 60 * 60 * 1000;
const EXPIRY = [
  ['hour', hour],
  ['day', 24 * hour],
  ['week', 7 * 24 * hour],
  ['twoWeeks', 14 * 24 * hour],
  ['month', 30 * 24 * hour],
] as const;
type ExpiryChoice = (typeof EXPIRY)[number][0];
const DAY_CHOICES = [7, 14, 28, 90];
const KINDS: readonly ShareKind[] = ['report', 'plan', 'supporter'];

const failureText: Record<ShareFailure, () => string> = {
  nothing: () => t('share.nothingYet'),
  'too-large': () => t('share.tooLarge'),
  busy: () => t('share.busy'),
  offline: () => t('share.failed'),
  gone: () => t('share.failed'),
};

const kindLabel = (kind: ShareKind) =>
  kind === 'report'
    ? t('share.kind.report')
    : kind === 'plan'
      ? t('share.kind.plan')
      : t('share.kind.supporter');

const when = (ms: number | string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(ms),
  );

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function LinkItem({ link }: { link: ShareLinkRecord }) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const what = link.note ? `${kindLabel(link.kind)}, ${link.note}` : kindLabel(link.kind);
  return (
    <li class="share-link card" data-share-id={link.id}>
      <h3>{kindLabel(link.kind)}</h3>
      {link.note ? <p>{t('share.forNote', { note: link.note })}</p> : null}
      <ul class="share-facts small">
        <li>{t('share.createdOn', { date: when(link.createdAt) })}</li>
        <li>{t('share.expiresOn', { date: when(link.expiresAt) })}</li>
        <li data-testid="share-views">
          {link.views > 0 ? t('share.views', { count: link.views }) : t('share.notOpened')}
          {link.lastViewedAt
            ? ` · ${t('share.lastOpened', { date: when(link.lastViewedAt) })}`
            : ''}
        </li>
        {link.live ? <li>{t('share.liveBadge')}</li> : null}
        {link.passphrase ? <li>{t('share.withPassphrase')}</li> : null}
      </ul>
      <div class="button-row">
        <button
          type="button"
          class="button button-secondary"
          onClick={async () => setMessage((await copy(link.url)) ? t('share.copied') : '')}
        >
          {t('share.copy')}
        </button>
        <button
          type="button"
          class="button button-secondary share-revoke"
          aria-label={t('share.revokeFor', { what })}
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const done = await revokeLink(link);
            setBusy(false);
            setMessage(done ? t('share.revoked') : t('share.revokeFailed'));
          }}
        >
          {t('share.revoke')}
        </button>
      </div>
      <p role="status" class="status">
        {message}
      </p>
    </li>
  );
}

export default function ShareScreen() {
  const [kind, setKind] = useState<ShareKind>('report');
  const [days, setDays] = useState(28);
  const [sections, setSections] = useState<ReadonlySet<ReportSection>>(DEFAULT_SECTIONS);
  const [live, setLive] = useState(false);
  const [expiry, setExpiry] = useState<ExpiryChoice>('week');
  const [note, setNote] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [made, setMade] = useState<ShareLinkRecord>();
  const [copied, setCopied] = useState('');
  useRecords(vault, KIND);
  const links = activeLinks();

  useEffect(() => {
    void forgetExpired();
    for (const link of activeLinks()) void refreshViews(link);
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMade(undefined);
    setCopied('');
    setMessage(t('share.creating'));
    const lifetimeMs = EXPIRY.find(([k]) => k === expiry)?.[1] ?? 7 * 24 * hour;
    const result = await createLink({
      kind,
      ...(kind === 'report'
        ? { days, sections: REPORT_SECTIONS.filter((s) => sections.has(s)) }
        : {}),
      lifetimeMs,
      note,
      passphrase,
      live: kind === 'report' && live,
    }).catch(() => ({ ok: false as const, reason: 'offline' as const }));
    setBusy(false);
    if (!result.ok) {
      setMessage(failureText[result.reason]());
      return;
    }
    setMessage(t('share.created'));
    setMade(result.value);
    setPassphrase('');
  };

  return (
    <>
      <PageHeading>{t('share.title')}</PageHeading>
      <p class="lead">{t('share.intro')}</p>
      <form class="share-form" onSubmit={submit}>
        <fieldset>
          <legend>{t('share.whatLegend')}</legend>
          <ul class="share-choices">
            {KINDS.map((k) => (
              <li key={k}>
                <label class="chip">
                  <input
                    type="radio"
                    name="share-what"
                    value={k}
                    checked={kind === k}
                    onChange={() => setKind(k)}
                  />
                  <span>{t(`share.what.${k}`)}</span>
                </label>
              </li>
            ))}
          </ul>
          {kind === 'supporter' ? <p class="small muted">{t('share.supporterHint')}</p> : null}
        </fieldset>

        {kind === 'report' ? (
          <>
            <div class="field">
              <label for="share-days">{t('share.days')}</label>
              <select
                id="share-days"
                class="select"
                aria-describedby="share-days-hint"
                value={String(days)}
                onChange={(e) => setDays(Number(e.currentTarget.value))}
              >
                {DAY_CHOICES.map((d) => (
                  <option key={d} value={String(d)}>
                    {d}
                  </option>
                ))}
              </select>
              <p id="share-days-hint" class="small muted">
                {t('share.daysHint')}
              </p>
            </div>
            <SectionPicker name="share-section" sections={sections} onChange={setSections} />
            <div class="share-live">
              <label class="chip">
                <input
                  type="checkbox"
                  name="share-live"
                  checked={live}
                  aria-describedby="share-live-hint"
                  onChange={(e) => setLive(e.currentTarget.checked)}
                />
                <span>{t('share.live')}</span>
              </label>
              <p id="share-live-hint" class="small muted">
                {t('share.liveHint')}
              </p>
            </div>
          </>
        ) : null}

        <div class="field">
          <label for="share-expiry">{t('share.expiry')}</label>
          <select
            id="share-expiry"
            class="select"
            value={expiry}
            onChange={(e) => setExpiry(e.currentTarget.value as ExpiryChoice)}
          >
            {EXPIRY.map(([k]) => (
              <option key={k} value={k}>
                {t(`share.expiry.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="share-note">{t('share.note')}</label>
          <input
            id="share-note"
            class="input"
            type="text"
            autoComplete="off"
            placeholder={t('share.notePlaceholder')}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="share-passphrase">{t('share.passphrase')}</label>
          <input
            id="share-passphrase"
            class="input"
            type="password"
            autoComplete="new-password"
            aria-describedby="share-passphrase-hint"
            value={passphrase}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
          <p id="share-passphrase-hint" class="small muted">
            {t('share.passphraseHint')}
          </p>
        </div>
        <div class="button-row">
          <button type="submit" class="button button-primary" disabled={busy}>
            {t('share.create')}
          </button>
        </div>
        <p role="status" class="status" data-testid="share-message">
          {message}
        </p>
      </form>

      {made ? (
        <div class="notice share-made">
          <label for="share-url">{t('share.linkLabel')}</label>
          <input
            id="share-url"
            class="input share-url"
            type="text"
            readOnly
            value={made.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div class="button-row">
            <button
              type="button"
              class="button button-primary"
              onClick={async () => setCopied((await copy(made.url)) ? t('share.copied') : '')}
            >
              {t('share.copy')}
            </button>
          </div>
          <p role="status" class="status">
            {copied}
          </p>
        </div>
      ) : null}

      <section aria-labelledby="share-list-heading">
        <h2 id="share-list-heading">{t('share.listHeading')}</h2>
        {links.length === 0 ? (
          <p class="muted">{t('share.listEmpty')}</p>
        ) : (
          <>
            <ul class="share-links">
              {links.map((link) => (
                <LinkItem key={link.id} link={link} />
              ))}
            </ul>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                for (const link of activeLinks()) void refreshViews(link);
              }}
            >
              {t('share.refresh')}
            </button>
          </>
        )}
      </section>
    </>
  );
}
