// The printable recovery kit: the recovery code as text and as a QR code, with a plain warning.
// Printing shows only the kit (privacy.css hides the rest of the app while body.printing-kit).
// The code is shown only after the passcode is typed again (or straight after setting it).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { language, t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useVaultStatus } from '../../vault/index.ts';
import { engine as vaultControl } from '../../vault/start.ts';
import { PasswordField } from './fields.tsx';
import { privacyPaths } from './paths.ts';
import { qrModules } from './qr.ts';
import { takeRecoveryCode } from './recovery-code-hold.ts';

function Kit({ code }: { code: string }) {
  const qr = useMemo(() => qrModules(code), [code]);
  const made = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date());
  useEffect(() => {
    document.body.classList.add('printing-kit');
    return () => document.body.classList.remove('printing-kit');
  }, []);
  return (
    <section class="recovery-kit" aria-labelledby="kit-code-heading">
      <h2 id="kit-code-heading">{t('privacy.kit.codeHeading')}</h2>
      <p class="recovery-code" data-testid="recovery-code">
        {code.split('-').join(' - ')}
      </p>
      <svg
        class="recovery-qr"
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        role="img"
        aria-label={t('privacy.kit.qrLabel')}
        shape-rendering="crispEdges"
      >
        <rect width={qr.size} height={qr.size} fill="#ffffff" />
        <path d={qr.path} fill="#000000" />
      </svg>
      <p>
        <strong>{t('privacy.kit.warning')}</strong>
      </p>
      <p>{t('privacy.kit.lost')}</p>
      <p>{t('privacy.kit.howTo')}</p>
      <p>{t('privacy.kit.onlyLatest')}</p>
      <p class="muted small">{t('privacy.kit.made', { date: made })}</p>
      <p class="no-print">
        <button type="button" class="button button-primary" onClick={() => window.print()}>
          {t('privacy.kit.print')}
        </button>
      </p>
    </section>
  );
}

export default function RecoveryKitScreen() {
  const status = useVaultStatus();
  const [code, setCode] = useState<string | undefined>(takeRecoveryCode);
  const [passcode, setPasscode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  // Without a passcode, the device key opens the kit directly.
  useEffect(() => {
    if (code || status.hasPasscode || status.state !== 'unlocked') return;
    vaultControl.recoveryCode().then((r) => r.ok && setCode(r.value));
  }, [status.hasPasscode, status.state]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (passcode.length < 1) {
      setError(t('privacy.lock.empty'));
      return;
    }
    setBusy(true);
    const result = await vaultControl.recoveryCode(passcode);
    setBusy(false);
    setPasscode('');
    if (result.ok) {
      setError(undefined);
      setCode(result.value);
    } else
      setError(
        result.reason === 'wrong-passcode' ? t('privacy.lock.wrong') : t('privacy.passcode.error'),
      );
  };

  return (
    <>
      <PageHeading>{t('privacy.kit.title')}</PageHeading>
      <p class="no-print">
        <Link href={privacyPaths.privacy}>{t('privacy.backLink')}</Link>
      </p>
      <p>{t('privacy.kit.intro')}</p>
      {code ? (
        <Kit code={code} />
      ) : status.hasPasscode ? (
        <form class="privacy-form" onSubmit={submit} noValidate>
          <p>{t('privacy.kit.ask')}</p>
          <PasswordField
            id="kit-passcode"
            label={t('privacy.passcode.currentLabel')}
            value={passcode}
            onInput={setPasscode}
            autocomplete="current-password"
            error={error}
          />
          <button type="submit" class="button button-primary" disabled={busy}>
            {busy ? t('privacy.passcode.working') : t('privacy.kit.show')}
          </button>
        </form>
      ) : null}
    </>
  );
}
