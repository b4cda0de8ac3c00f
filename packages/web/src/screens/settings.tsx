import { CountrySelect } from '../country/country-select.tsx';
import { t } from '../i18n.ts';
import { Link } from '../router/router.tsx';
import { PageHeading } from './page-heading.tsx';

export function SettingsScreen() {
  return (
    <>
      <PageHeading>{t('settings.title')}</PageHeading>
      <section aria-labelledby="settings-country-heading">
        <h2 id="settings-country-heading">{t('settings.countryHeading')}</h2>
        <p>{t('settings.countryHelp')}</p>
        <CountrySelect id="settings-country" />
        <p class="muted">{t('settings.countryPrivate')}</p>
      </section>
      <ul class="link-list">
        <li>
          <Link href="/settings/privacy" aria-describedby="settings-privacy-hint">
            {t('privacy.settingsLink')}
          </Link>
          <p class="hint" id="settings-privacy-hint">
            {t('privacy.settingsHint')}
          </p>
        </li>
      </ul>
    </>
  );
}
