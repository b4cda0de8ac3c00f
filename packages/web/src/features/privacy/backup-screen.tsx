// Back up and restore. Export: a passphrase chosen now seals every record into one file, handed
// to the browser as a download from a Blob URL (nothing leaves the device otherwise). Import:
// the file is opened and checked in full and a preview of counts is shown; nothing changes until
// the person confirms, and then it lands in one transaction (all or nothing).
import { MAX_BACKUP_BYTES } from '@onward/crypto';
import { useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import type { ImportFailure, PendingImport } from '../../vault/engine.ts';
import { engine as vaultControl } from '../../vault/start.ts';
import { isDiscreet } from './discreet.ts';
import { MIN_PASSPHRASE, PasswordField } from './fields.tsx';
import { privacyPaths } from './paths.ts';

function download(bytes: Uint8Array<ArrayBuffer>, fileName: string) {
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function ExportSection() {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<{ field: 'passphrase' | 'again'; text: string }>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setDone(undefined);
    if (passphrase.length < MIN_PASSPHRASE) {
      setError({ field: 'passphrase', text: t('privacy.backup.tooShort') });
      return;
    }
    if (passphrase !== again) {
      setError({ field: 'again', text: t('privacy.backup.mismatch') });
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      const count = vaultControl.all().length;
      const result = await vaultControl.exportBackup(passphrase);
      if (!result.ok) {
        setError({ field: 'passphrase', text: t('privacy.backup.error') });
        return;
      }
      const date = new Date().toISOString().slice(0, 10);
      const name = isDiscreet()
        ? t('privacy.backup.fileNameDiscreet', { date })
        : t('privacy.backup.fileName', { date });
      download(result.value, name);
      setPassphrase('');
      setAgain('');
      setDone(t('privacy.backup.exported', { count: String(count) }));
    } finally {
      setBusy(false);
    }
  };

  const errorFor = (f: 'passphrase' | 'again') => (error?.field === f ? error.text : undefined);
  return (
    <section class="privacy-section" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('privacy.backup.exportHeading')}</h2>
      <p>{t('privacy.backup.exportIntro')}</p>
      <form class="privacy-form" onSubmit={submit} noValidate>
        <PasswordField
          id="export-passphrase"
          label={t('privacy.backup.passphraseLabel')}
          hint={t('privacy.backup.passphraseHint')}
          value={passphrase}
          onInput={setPassphrase}
          autocomplete="new-password"
          error={errorFor('passphrase')}
        />
        <PasswordField
          id="export-again"
          label={t('privacy.backup.confirmLabel')}
          value={again}
          onInput={setAgain}
          autocomplete="new-password"
          error={errorFor('again')}
        />
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? t('privacy.backup.exporting') : t('privacy.backup.export')}
        </button>
      </form>
      <p class="status" role="status" id="export-status">
        {done ?? ''}
      </p>
    </section>
  );
}

const failureCopy = (reason: ImportFailure): string => {
  switch (reason) {
    case 'wrong-passphrase':
      return t('privacy.backup.wrongPassphrase');
    case 'not-a-backup':
      return t('privacy.backup.notBackup');
    case 'truncated':
      return t('privacy.backup.truncated');
    case 'unsupported-version':
      return t('privacy.backup.unsupported');
    case 'damaged':
      return t('privacy.backup.damaged');
    case 'too-large':
      return t('privacy.backup.tooLarge');
    default:
      return t('privacy.backup.error');
  }
};

function ImportSection() {
  const [file, setFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<{ field: 'file' | 'passphrase'; text: string }>();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingImport>();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [done, setDone] = useState<string>();

  const check = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setDone(undefined);
    if (!file) {
      setError({ field: 'file', text: t('privacy.backup.noFile') });
      return;
    }
    if (passphrase === '') {
      setError({ field: 'passphrase', text: t('privacy.backup.noPassphrase') });
      return;
    }
    // Checked before reading: a file far bigger than any backup is never read into memory.
    if (file.size > MAX_BACKUP_BYTES) {
      setError({ field: 'file', text: t('privacy.backup.tooLarge') });
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await vaultControl.readBackup(passphrase, bytes);
      if (!result.ok) {
        setError({
          field: result.reason === 'wrong-passphrase' ? 'passphrase' : 'file',
          text: failureCopy(result.reason),
        });
        return;
      }
      setMode('merge');
      setPending(result.value);
    } catch {
      setError({ field: 'file', text: t('privacy.backup.error') });
    } finally {
      setBusy(false);
    }
  };

  const apply = async (event: Event) => {
    event.preventDefault();
    if (!pending || busy) return;
    setBusy(true);
    try {
      await vaultControl.applyImport(pending, pending.preview.existing === 0 ? 'merge' : mode);
      setPending(undefined);
      setPassphrase('');
      setDone(t('privacy.backup.done', { count: String(vaultControl.all().length) }));
    } catch {
      setError({ field: 'file', text: t('privacy.backup.error') });
      setPending(undefined);
    } finally {
      setBusy(false);
    }
  };

  const errorFor = (f: 'file' | 'passphrase') => (error?.field === f ? error.text : undefined);
  const p = pending?.preview;
  return (
    <section class="privacy-section" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('privacy.backup.importHeading')}</h2>
      <p>{t('privacy.backup.importIntro')}</p>
      {!pending ? (
        <form class="privacy-form" onSubmit={check} noValidate>
          <div class="field">
            <label for="import-file">{t('privacy.backup.fileLabel')}</label>
            <input
              id="import-file"
              class="privacy-input"
              type="file"
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0]);
                setError(undefined);
              }}
              aria-describedby={errorFor('file') ? 'import-file-error' : undefined}
              aria-invalid={errorFor('file') ? true : undefined}
            />
            {errorFor('file') ? (
              <p id="import-file-error" class="privacy-error" role="alert">
                {errorFor('file')}
              </p>
            ) : null}
          </div>
          <PasswordField
            id="import-passphrase"
            label={t('privacy.backup.importPassphraseLabel')}
            value={passphrase}
            onInput={setPassphrase}
            autocomplete="off"
            error={errorFor('passphrase')}
          />
          <button type="submit" class="button button-primary" disabled={busy}>
            {busy ? t('privacy.backup.checking') : t('privacy.backup.check')}
          </button>
        </form>
      ) : (
        <form class="privacy-form" onSubmit={apply} noValidate>
          <p id="import-preview" role="status">
            {p && p.existing === 0
              ? t('privacy.backup.previewEmpty', { incoming: String(p.incoming) })
              : t('privacy.backup.preview', {
                  incoming: String(p?.incoming ?? 0),
                  existing: String(p?.existing ?? 0),
                  inBoth: String(p?.inBoth ?? 0),
                })}
          </p>
          {p && p.existing > 0 ? (
            <fieldset class="privacy-fieldset">
              <legend>{t('privacy.backup.choose')}</legend>
              <label class="privacy-choice">
                <input
                  type="radio"
                  name="import-mode"
                  value="merge"
                  checked={mode === 'merge'}
                  onChange={() => setMode('merge')}
                />
                <span>{t('privacy.backup.merge', { after: String(p.afterMerge) })}</span>
              </label>
              <label class="privacy-choice">
                <input
                  type="radio"
                  name="import-mode"
                  value="replace"
                  checked={mode === 'replace'}
                  onChange={() => setMode('replace')}
                />
                <span>{t('privacy.backup.replace', { incoming: String(p.incoming) })}</span>
              </label>
            </fieldset>
          ) : null}
          <p class="button-row">
            <button type="submit" class="button button-primary" disabled={busy}>
              {busy ? t('privacy.backup.applying') : t('privacy.backup.apply')}
            </button>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => setPending(undefined)}
            >
              {t('privacy.backup.cancel')}
            </button>
          </p>
        </form>
      )}
      <p class="status" role="status" id="import-status">
        {done ?? ''}
      </p>
    </section>
  );
}

export default function BackupScreen() {
  return (
    <>
      <PageHeading>{t('privacy.backup.title')}</PageHeading>
      <p>
        <Link href={privacyPaths.privacy}>{t('privacy.backLink')}</Link>
      </p>
      <p>{t('privacy.backup.intro')}</p>
      <ExportSection />
      <ImportSection />
    </>
  );
}
