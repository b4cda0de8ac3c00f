// Settings › Privacy and security: passcode, locking by itself, the recovery kit, keeping data
// on this device, discreet mode, quick exit, backups, and delete everything.
import { useEffect, useState } from 'preact/hooks';
import { isOne, t } from '../../i18n.ts';
import { Link, navigate } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { Toggle } from '../../ui/toggle.tsx';
import { useRecord, useVaultStatus, vault } from '../../vault/index.ts';
import {
  HIDDEN_CHOICES,
  IDLE_CHOICES,
  LOCK_SETTINGS_ID,
  parseLockSettings,
} from '../../vault/lock-settings.ts';
import {
  type PersistenceState,
  persistenceState,
  requestPersistence,
} from '../../vault/persistence.ts';
import { engine as vaultControl } from '../../vault/start.ts';
import { isStorageFull } from '../../vault/storage-full.ts';
import type { VaultStatus } from '../../vault/types.ts';
import { DeleteEverything } from './delete-everything.tsx';
import { setDiscreet, useDiscreet } from './discreet.ts';
import { newPasscodeError, PasscodeStrength, PasswordField } from './fields.tsx';
import { privacyPaths } from './paths.ts';
import { holdRecoveryCode } from './recovery-code-hold.ts';

type PasscodeMode = 'idle' | 'set' | 'change' | 'remove';

function PasscodeSection({ status }: { status: VaultStatus }) {
  const [mode, setMode] = useState<PasscodeMode>('idle');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: string; text: string }>();
  const [done, setDone] = useState<string>();

  const start = (m: PasscodeMode) => {
    setMode(m);
    setCurrent('');
    setNext('');
    setAgain('');
    setError(undefined);
    setDone(undefined);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (mode !== 'set' && current === '') {
      setError({ field: 'current', text: t('privacy.lock.empty') });
      return;
    }
    if (mode === 'set' || mode === 'change') {
      const problem = newPasscodeError(next);
      if (problem) {
        setError({ field: 'next', text: problem });
        return;
      }
      if (next !== again) {
        setError({ field: 'again', text: t('privacy.passcode.mismatch') });
        return;
      }
    }
    setBusy(true);
    setError(undefined);
    try {
      if (mode === 'set') {
        const result = await vaultControl.setPasscode(next);
        if (!result.ok) {
          setError({ field: 'next', text: t('privacy.passcode.error') });
          return;
        }
        // Straight to the recovery kit, which shows this code without asking the passcode again.
        holdRecoveryCode(result.value);
        navigate(privacyPaths.recoveryKit);
        return;
      }
      // Changing or removing it also makes a fresh key and a new recovery kit (the earlier kit
      // stops working), shown straight away like after setting one.
      const result =
        mode === 'change'
          ? await vaultControl.changePasscode(current, next)
          : await vaultControl.removePasscode(current);
      if (!result.ok) {
        setError({
          field: 'current',
          text:
            result.reason === 'wrong-passcode'
              ? t('privacy.lock.wrong')
              : result.reason === 'too-soon'
                ? t('privacy.lock.waitMany', {
                    seconds: String(
                      Math.max(1, Math.ceil((vaultControl.status().retryAt - Date.now()) / 1000)),
                    ),
                  })
                : t('privacy.passcode.error'),
        });
        return;
      }
      holdRecoveryCode(result.value);
      navigate(privacyPaths.recoveryKit);
    } catch (e) {
      setError({
        field: mode === 'set' ? 'next' : 'current',
        text: isStorageFull(e) ? t('privacy.passcode.storageFull') : t('privacy.passcode.error'),
      });
    } finally {
      setBusy(false);
    }
  };

  const errorFor = (field: string) => (error?.field === field ? error.text : undefined);
  const saveLabel =
    mode === 'set'
      ? t('privacy.passcode.saveSet')
      : mode === 'change'
        ? t('privacy.passcode.saveChange')
        : t('privacy.passcode.saveRemove');

  return (
    <section class="privacy-section" aria-labelledby="passcode-heading">
      <h2 id="passcode-heading">{t('privacy.passcode.heading')}</h2>
      <p>{status.hasPasscode ? t('privacy.passcode.isSet') : t('privacy.passcode.none')}</p>
      {status.hasPasscode ? null : <p class="notice">{t('privacy.passcode.before')}</p>}
      <p class="status" role="status">
        {done ?? ''}
      </p>
      {mode === 'idle' ? (
        <p class="button-row">
          {status.hasPasscode ? (
            <>
              <button
                type="button"
                class="button button-primary"
                onClick={() => vaultControl.lock()}
              >
                {t('privacy.passcode.lockNow')}
              </button>
              <button type="button" class="button button-secondary" onClick={() => start('change')}>
                {t('privacy.passcode.change')}
              </button>
              <button type="button" class="button button-secondary" onClick={() => start('remove')}>
                {t('privacy.passcode.remove')}
              </button>
            </>
          ) : (
            <button type="button" class="button button-primary" onClick={() => start('set')}>
              {t('privacy.passcode.set')}
            </button>
          )}
        </p>
      ) : (
        <form class="privacy-form" onSubmit={submit} noValidate>
          {mode !== 'set' ? (
            <PasswordField
              id="passcode-current"
              label={t('privacy.passcode.currentLabel')}
              value={current}
              onInput={setCurrent}
              autocomplete="current-password"
              error={errorFor('current')}
            />
          ) : null}
          {mode !== 'remove' ? (
            <>
              <PasswordField
                id="passcode-new"
                label={t('privacy.passcode.newLabel')}
                hint={t('privacy.passcode.hint')}
                value={next}
                onInput={setNext}
                autocomplete="new-password"
                error={errorFor('next')}
                describedBy="passcode-new-kind"
              />
              <PasscodeStrength id="passcode-new-kind" passcode={next} />
              <PasswordField
                id="passcode-again"
                label={t('privacy.passcode.confirmLabel')}
                value={again}
                onInput={setAgain}
                autocomplete="new-password"
                error={errorFor('again')}
              />
            </>
          ) : null}
          {mode !== 'remove' ? <p>{t('privacy.passcode.protects')}</p> : null}
          {mode === 'set' ? <p class="notice">{t('privacy.passcode.warning')}</p> : null}
          <p class="muted small">{t('privacy.passcode.newKitNote')}</p>
          <p class="button-row">
            <button type="submit" class="button button-primary" disabled={busy}>
              {busy ? t('privacy.passcode.working') : saveLabel}
            </button>
            <button type="button" class="button button-secondary" onClick={() => start('idle')}>
              {t('privacy.passcode.cancel')}
            </button>
          </p>
        </form>
      )}
      {status.hasPasscode ? (
        <>
          <h3>{t('privacy.kit.heading')}</h3>
          <p>{t('privacy.kit.intro')}</p>
          <p class="notice">{t('privacy.passcode.warning')}</p>
          <p>
            <Link href={privacyPaths.recoveryKit}>{t('privacy.kit.open')}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}

const minutesLabel = (n: number) =>
  isOne(n) ? t('privacy.autoLock.oneMinute') : t('privacy.autoLock.minutes', { n: String(n) });

function AutoLockSection({ status }: { status: VaultStatus }) {
  const stored = useRecord(vault, 'vault-settings', LOCK_SETTINGS_ID);
  const settings = parseLockSettings(stored?.value);
  const [saved, setSaved] = useState(false);
  const save = async (change: Partial<typeof settings>) => {
    setSaved(false);
    await vault.put('vault-settings', LOCK_SETTINGS_ID, { ...settings, ...change });
    setSaved(true);
  };
  return (
    <section class="privacy-section" aria-labelledby="autolock-heading">
      <h2 id="autolock-heading">{t('privacy.autoLock.heading')}</h2>
      {!status.hasPasscode ? (
        <p>{t('privacy.autoLock.needsPasscode')}</p>
      ) : (
        <>
          <div class="field">
            <label for="autolock-idle">{t('privacy.autoLock.idleLabel')}</label>
            <select
              id="autolock-idle"
              class="select"
              value={String(settings.idleMinutes)}
              onChange={(e) => save({ idleMinutes: Number(e.currentTarget.value) })}
            >
              {IDLE_CHOICES.map((n) => (
                <option key={n} value={String(n)}>
                  {n === 0 ? t('privacy.autoLock.never') : minutesLabel(n)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="autolock-hidden">{t('privacy.autoLock.hiddenLabel')}</label>
            <select
              id="autolock-hidden"
              class="select"
              value={String(settings.hiddenMinutes)}
              onChange={(e) => save({ hiddenMinutes: Number(e.currentTarget.value) })}
            >
              {HIDDEN_CHOICES.map((n) => (
                <option key={n} value={String(n)}>
                  {n < 0
                    ? t('privacy.autoLock.never')
                    : n === 0
                      ? t('privacy.autoLock.now')
                      : minutesLabel(n)}
                </option>
              ))}
            </select>
          </div>
          <p class="status" role="status">
            {saved ? t('privacy.autoLock.saved') : ''}
          </p>
        </>
      )}
    </section>
  );
}

function StorageSection({ status }: { status: VaultStatus }) {
  const [state, setState] = useState<PersistenceState | 'checking'>('checking');
  useEffect(() => {
    let live = true;
    persistenceState().then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, []);
  const ask = async () => setState(await requestPersistence());
  return (
    <section class="privacy-section" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('privacy.storage.heading')}</h2>
      {status.state === 'unavailable' ? (
        <p class="notice">{t('privacy.storage.unavailable')}</p>
      ) : (
        <>
          <p id="storage-state" role="status">
            {state === 'checking'
              ? t('privacy.storage.checking')
              : state === 'granted'
                ? t('privacy.storage.granted')
                : state === 'not-granted'
                  ? t('privacy.storage.notGranted')
                  : t('privacy.storage.unsupported')}
          </p>
          {state === 'not-granted' ? (
            <>
              <p class="muted">{t('privacy.storage.hint')}</p>
              <p>
                <button type="button" class="button button-secondary" onClick={ask}>
                  {t('privacy.storage.ask')}
                </button>
              </p>
            </>
          ) : null}
        </>
      )}
      {status.damaged > 0 ? (
        <p class="notice">{t('privacy.storage.damaged', { count: String(status.damaged) })}</p>
      ) : null}
      {(status.rolledBack ?? 0) > 0 ? (
        <p class="notice" data-testid="rolled-back">
          {t('privacy.storage.rolledBack')}
        </p>
      ) : null}
    </section>
  );
}

function DiscreetSection() {
  const discreet = useDiscreet();
  return (
    <section class="privacy-section" aria-labelledby="discreet-heading">
      <h2 id="discreet-heading">{t('privacy.discreet.heading')}</h2>
      <p>{t('privacy.discreet.intro')}</p>
      <Toggle id="discreet-toggle" checked={discreet} onChange={setDiscreet}>
        {t('privacy.discreet.toggle')}
      </Toggle>
      <p class="muted small">{t('privacy.discreet.installNote')}</p>
    </section>
  );
}

export default function PrivacyScreen() {
  const status = useVaultStatus();
  return (
    <>
      <PageHeading>{t('privacy.title')}</PageHeading>
      <p class="lead">{t('privacy.intro')}</p>
      <PasscodeSection status={status} />
      <AutoLockSection status={status} />
      <DiscreetSection />
      <section class="privacy-section" aria-labelledby="exit-heading">
        <h2 id="exit-heading">{t('privacy.exit.heading')}</h2>
        <p>{t('privacy.exit.intro')}</p>
        <p class="muted">{t('privacy.exit.lockNote')}</p>
      </section>
      <section class="privacy-section" aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t('privacy.backup.heading')}</h2>
        <p>{t('privacy.backup.intro')}</p>
        <p>
          <Link class="button button-secondary" href={privacyPaths.backup}>
            {t('privacy.backup.open')}
          </Link>
        </p>
      </section>
      <StorageSection status={status} />
      <div class="privacy-section">
        <DeleteEverything />
      </div>
    </>
  );
}
