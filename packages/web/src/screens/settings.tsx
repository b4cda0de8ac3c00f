import { CountrySelect } from '../country/country-select.tsx';
import { t } from '../i18n.ts';
import { HintedLink } from './hinted-link.tsx';
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
        <HintedLink
          href="/settings/privacy"
          hintId="settings-privacy-hint"
          hint={t('privacy.settingsHint')}
        >
          {t('privacy.settingsLink')}
        </HintedLink>
      </ul>
    </>
  );
}

export default SettingsScreen;
