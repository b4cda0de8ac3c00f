// The lock screen: shown on private routes while the vault is locked. Help comes first (the top
// bar's "Get help now" and a link here, plus the person's own crisis copy if they opted in);
// then the passcode, with the growing wait after wrong ones; then the recovery kit for a lost
// passcode, and as a last resort, deleting everything to begin again.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link, navigate } from '../../router/router.tsx';
import { paths } from '../../router/routes.ts';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useCrisisCopy } from '../../vault/index.ts';
import { engine as vaultControl } from '../../vault/start.ts';
import type { VaultStatus } from '../../vault/types.ts';
import { GuidedToolLinks } from '../tools/guided-links.tsx';
import { CrisisCopyView } from './crisis-copy-view.tsx';
import { DeleteEverything } from './delete-everything.tsx';
import { newPasscodeError, PasswordField } from './fields.tsx';
import { privacyPaths } from './paths.ts';
import { holdRecoveryCode } from './recovery-code-hold.ts';

/** Re-renders every second while `until` is in the future; returns ms left. */
function useCountdown(until: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    setNow(Date.now());
    if (until <= Date.now()) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= until) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [until]);
  return Math.max(0, until - now);
}

export function waitMessage(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds <= 1) return t('privacy.lock.waitOne');
  if (seconds < 120) return t('privacy.lock.waitMany', { seconds: String(seconds) });
  return t('privacy.lock.waitMinutes', { minutes: String(Math.ceil(seconds / 60)) });
}

function PasscodeForm({ status }: { status: VaultStatus }) {
  const [passcode, setPasscode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const left = useCountdown(status.retryAt);
  const waiting = left > 0;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy || waiting) return;
    if (passcode === '') {
      setError(t('privacy.lock.empty'));
      return;
    }
    setBusy(true);
    setError(undefined);
    const result = await vaultControl.unlock(passcode);
    setBusy(false);
    if (result.ok) return;
    setPasscode('');
    if (result.reason === 'wrong-passcode') setError(t('privacy.lock.wrong'));
    else if (result.reason === 'damaged') setError(t('privacy.lock.damaged'));
    else setError(undefined);
  };

  const describedBy = [error ? 'lock-error' : '', waiting ? 'lock-wait' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <form class="privacy-form" onSubmit={submit} noValidate>
      <PasswordField
        id="lock-passcode"
        label={t('privacy.lock.passcodeLabel')}
        value={passcode}
        onInput={setPasscode}
        autocomplete="current-password"
        describedBy={describedBy || undefined}
        invalid={Boolean(error)}
      />
      {error ? (
        <p id="lock-error" class="privacy-error" role="alert">
          {error}
        </p>
      ) : null}
      <p id="lock-wait" class="status" aria-live="polite">
        {waiting ? waitMessage(left) : busy ? t('privacy.lock.checking') : ''}
      </p>
      <button class="button button-primary" type="submit" disabled={busy || waiting}>
        {busy ? t('privacy.lock.checking') : t('privacy.lock.submit')}
      </button>
    </form>
  );
}

function RecoveryForm() {
  const [code, setCode] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: 'code' | 'next' | 'again'; text: string }>();

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const problem = newPasscodeError(next);
    if (problem) {
      setError({ field: 'next', text: problem });
      return;
    }
    if (next !== again) {
      setError({ field: 'again', text: t('privacy.passcode.mismatch') });
      return;
    }
    setBusy(true);
    setError(undefined);
    const result = await vaultControl.unlockWithRecoveryCode(code, next);
    setBusy(false);
    if (result.ok) {
      // The code just used stops working (the vault moved to a fresh key): show the new kit.
      holdRecoveryCode(result.value);
      navigate(privacyPaths.recoveryKit);
      return;
    }
    setError({
      field: 'code',
      text:
        result.reason === 'invalid-code'
          ? t('privacy.recover.invalid')
          : result.reason === 'wrong-code'
            ? t('privacy.recover.wrong')
            : t('privacy.lock.damaged'),
    });
  };

  const errorFor = (field: 'code' | 'next' | 'again') =>
    error?.field === field ? error.text : undefined;
  return (
    <section aria-labelledby="recover-heading">
      <h2 id="recover-heading">{t('privacy.recover.heading')}</h2>
      <p>{t('privacy.recover.intro')}</p>
      <form class="privacy-form" onSubmit={submit} noValidate>
        <div class="field">
          <label for="recover-code">{t('privacy.recover.codeLabel')}</label>
          <p id="recover-code-hint" class="hint small muted">
            {t('privacy.recover.codeHint')}
          </p>
          <input
            id="recover-code"
            class="privacy-input privacy-code-input"
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            aria-describedby={
              errorFor('code') ? 'recover-code-hint recover-code-error' : 'recover-code-hint'
            }
            aria-invalid={errorFor('code') ? true : undefined}
          />
          {errorFor('code') ? (
            <p id="recover-code-error" class="privacy-error" role="alert">
              {errorFor('code')}
            </p>
          ) : null}
        </div>
        <PasswordField
          id="recover-new"
          label={t('privacy.passcode.newLabel')}
          hint={t('privacy.passcode.hint')}
          value={next}
          onInput={setNext}
          autocomplete="new-password"
          error={errorFor('next')}
        />
        <PasswordField
          id="recover-again"
          label={t('privacy.passcode.confirmLabel')}
          value={again}
          onInput={setAgain}
          autocomplete="new-password"
          error={errorFor('again')}
        />
        <button class="button button-primary" type="submit" disabled={busy}>
          {busy ? t('privacy.passcode.working') : t('privacy.recover.submit')}
        </button>
      </form>
      <p class="notice">{t('privacy.recover.lost')}</p>
      <DeleteEverything />
    </section>
  );
}

export default function LockScreen({ status }: { status: VaultStatus }) {
  const copy = useCrisisCopy();
  const [recovering, setRecovering] = useState(Boolean(status.needsRecovery));
  return (
    <>
      <PageHeading>{t('privacy.lock.title')}</PageHeading>
      <p class="privacy-help-lead">
        {t('privacy.lock.helpLead')} <Link href={paths.help}>{t('privacy.lock.helpLink')}</Link>
      </p>
      {copy ? <CrisisCopyView copy={copy} /> : null}
      <GuidedToolLinks id="lock-guided-tools" />
      {status.needsRecovery ? (
        <p class="notice">{t('privacy.lock.damaged')}</p>
      ) : (
        <>
          <p>{t('privacy.lock.intro')}</p>
          <PasscodeForm status={status} />
          {!recovering ? (
            <p>
              <button
                type="button"
                class="button button-secondary"
                onClick={() => setRecovering(true)}
              >
                {t('privacy.lock.forgot')}
              </button>
            </p>
          ) : null}
        </>
      )}
      {recovering ? <RecoveryForm /> : null}
    </>
  );
}
