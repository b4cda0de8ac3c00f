// Delete everything: erases the vault database (keys, records, counters, crisis copy) and this
// app's own settings in this browser, after the person types DELETE. Then the app opens afresh
// with a new, empty vault. Backup files the person saved are theirs and are not touched.
import { useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { engine as vaultControl } from '../../vault/start.ts';

export async function deleteEverything(): Promise<void> {
  await vaultControl.deleteEverything();
  // Settings kept outside the vault (discreet mode, country): also this person's.
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage refused: nothing was kept there either.
  }
  window.location.replace('/');
}

export function DeleteEverything() {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (typed.trim() !== t('privacy.delete.word')) {
      setError(t('privacy.delete.mismatch'));
      return;
    }
    setBusy(true);
    await deleteEverything();
  };
  return (
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('privacy.delete.heading')}</h2>
      <p>{t('privacy.delete.intro')}</p>
      <form class="privacy-form" onSubmit={submit} noValidate>
        <div class="field">
          <label for="delete-confirm">{t('privacy.delete.confirmLabel')}</label>
          <input
            id="delete-confirm"
            class="privacy-input"
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            aria-describedby={error ? 'delete-error' : undefined}
            aria-invalid={error ? true : undefined}
          />
          {error ? (
            <p id="delete-error" class="privacy-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <button class="button privacy-button-danger" type="submit" disabled={busy}>
          {busy ? t('privacy.delete.working') : t('privacy.delete.button')}
        </button>
      </form>
    </section>
  );
}
