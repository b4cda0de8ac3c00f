// Settings -> Your devices: sync status in words, the linked devices (rename, unlink), "Link
// another device", and "Stop syncing and delete my data from this server".
import { useState } from 'preact/hooks';
import { language, t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { readSyncState } from '../../sync/engine.ts';
import { forgetSync, renameDevice, stopAndDelete, unlinkDevice } from '../../sync/link.ts';
import { syncPaths } from './paths.ts';
import { useSync } from './use-sync.ts';
import { failureText, statusText } from './words.ts';
import './sync.css';

/**
 * One date format per language, made once: this screen re-renders on every change the vault
 * hears (a newly linked device takes in thousands at once), and making an Intl.DateTimeFormat
 * costs far more than using one.
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormatFor(lang: string): Intl.DateTimeFormat {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    dateFormats.set(lang, f);
  }
  return f;
}

export default function DevicesScreen() {
  const { ctx, status } = useSync();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [renaming, setRenaming] = useState<string>();
  const [newName, setNewName] = useState('');
  const [confirming, setConfirming] = useState<string>();
  if (!ctx || !status) return <PageHeading>{t('sync.title')}</PageHeading>;
  const me = readSyncState(ctx.vault);
  const devices = ctx.vault.list('sync-device');
  const dateFormat = dateFormatFor(language);
  const date = (iso: string) => dateFormat.format(new Date(iso));

  const run = async (action: () => Promise<string | undefined>) => {
    if (busy) return;
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage(await action());
    } catch {
      setMessage(t('sync.error.other'));
    }
    setBusy(false);
  };

  return (
    <>
      <PageHeading>{t('sync.title')}</PageHeading>
      <p>{t('sync.intro')}</p>
      <section aria-labelledby="sync-status-heading">
        <h2 id="sync-status-heading">{t('sync.statusHeading')}</h2>
        <p role="status" data-testid="sync-status">
          {statusText(status)}
        </p>
        {status.pending > 0 && status.phase !== 'up-to-date' && (
          <p class="muted">{t('sync.status.pending', { count: String(status.pending) })}</p>
        )}
        {message && (
          <p role="alert" class="sync-message">
            {message}
          </p>
        )}
        <p class="sync-actions">
          <Link class="button button-primary" href={syncPaths.link}>
            {t('sync.linkButton')}
          </Link>
          {me && status.phase !== 'unlinked' && (
            <button
              type="button"
              class="button button-secondary"
              disabled={busy}
              onClick={() => run(async () => void (await ctx.engine.syncNow()))}
            >
              {t('sync.syncNow')}
            </button>
          )}
        </p>
      </section>
      {me && devices.length > 0 && (
        <section aria-labelledby="sync-devices-heading">
          <h2 id="sync-devices-heading">{t('sync.devicesHeading')}</h2>
          <ul class="sync-devices">
            {devices.map((d) => (
              <li key={d.id} class="sync-device">
                <p>
                  <strong>{d.value.name}</strong>
                  {d.id === me.deviceKeyId && <span class="muted"> ({t('sync.thisDevice')})</span>}
                  <br />
                  <span class="muted small">
                    {t('sync.linkedOn', { date: date(d.value.linkedAt) })}
                  </span>
                </p>
                {renaming === d.id ? (
                  <form
                    onSubmit={(e) => {
                      e.preventDefault();
                      const name = newName.trim();
                      if (!name) return;
                      void run(async () => {
                        await renameDevice(ctx, d.id, name);
                        setRenaming(undefined);
                        return undefined;
                      });
                    }}
                  >
                    <div class="field">
                      <label for={`rename-${d.id}`}>{t('sync.renameLabel')}</label>
                      <input
                        id={`rename-${d.id}`}
                        type="text"
                        maxLength={60}
                        value={newName}
                        onInput={(e) => setNewName(e.currentTarget.value)}
                      />
                    </div>
                    <p class="sync-actions">
                      <button type="submit" class="button button-primary" disabled={busy}>
                        {t('sync.save')}
                      </button>
                      <button
                        type="button"
                        class="button button-secondary"
                        onClick={() => setRenaming(undefined)}
                      >
                        {t('sync.cancel')}
                      </button>
                    </p>
                  </form>
                ) : confirming === d.id ? (
                  <Confirm
                    question={t('sync.unlinkConfirm', { name: d.value.name })}
                    yes={t('sync.unlinkYes')}
                    busy={busy}
                    onCancel={() => setConfirming(undefined)}
                    onYes={() =>
                      run(async () => {
                        const r = await unlinkDevice(ctx, d.id);
                        setConfirming(undefined);
                        return r.ok
                          ? t('sync.unlinked', { name: d.value.name })
                          : failureText(r.reason);
                      })
                    }
                  />
                ) : (
                  <p class="sync-actions">
                    <button
                      type="button"
                      class="button button-secondary"
                      aria-label={`${t('sync.rename')}: ${d.value.name}`}
                      onClick={() => {
                        setNewName(d.value.name);
                        setRenaming(d.id);
                      }}
                    >
                      {t('sync.rename')}
                    </button>
                    {d.id !== me.deviceKeyId && status.phase !== 'unlinked' && (
                      <button
                        type="button"
                        class="button button-secondary"
                        aria-label={`${t('sync.unlink')}: ${d.value.name}`}
                        onClick={() => setConfirming(d.id)}
                      >
                        {t('sync.unlink')}
                      </button>
                    )}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {me && (
        <section aria-labelledby="sync-stop-heading">
          <h2 id="sync-stop-heading">{t('sync.stopHeading')}</h2>
          {status.phase === 'unlinked' ? (
            <p>
              <button
                type="button"
                class="button button-secondary"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    await forgetSync(ctx);
                    return t('sync.off');
                  })
                }
              >
                {t('sync.leave')}
              </button>
            </p>
          ) : confirming === 'stop' ? (
            <Confirm
              question={t('sync.stopConfirm')}
              yes={t('sync.stopYes')}
              busy={busy}
              onCancel={() => setConfirming(undefined)}
              onYes={() =>
                run(async () => {
                  const r = await stopAndDelete(ctx);
                  setConfirming(undefined);
                  return r.ok ? t('sync.stopped') : failureText(r.reason);
                })
              }
            />
          ) : (
            <>
              <p>{t('sync.stopIntro')}</p>
              <p>
                <button
                  type="button"
                  class="button button-secondary"
                  onClick={() => setConfirming('stop')}
                >
                  {t('sync.stopButton')}
                </button>
              </p>
            </>
          )}
        </section>
      )}
    </>
  );
}

/** "Are you sure?" for an action that cannot be undone: the question, a danger button, cancel. */
function Confirm(props: {
  question: string;
  yes: string;
  busy: boolean;
  onYes: () => void;
  onCancel: () => void;
}) {
  return (
    <div>
      <p>{props.question}</p>
      <p class="sync-actions">
        <button
          type="button"
          class="button sync-button-danger"
          disabled={props.busy}
          onClick={props.onYes}
        >
          {props.busy ? t('sync.working') : props.yes}
        </button>
        <button type="button" class="button button-secondary" onClick={props.onCancel}>
          {t('sync.cancel')}
        </button>
      </p>
    </div>
  );
}
