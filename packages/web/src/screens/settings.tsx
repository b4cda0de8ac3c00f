import { CountrySelect } from '../country/country-select.tsx';
import { t } from '../i18n.ts';
import { LanguageSelect } from '../language/language-switch.tsx';
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
      <section aria-labelledby="settings-language-heading">
        <h2 id="settings-language-heading">{t('language.heading')}</h2>
        <LanguageSelect id="settings-language" />
        <p class="muted">{t('language.help')}</p>
      </section>
      <ul class="link-list">
        <HintedLink
          href="/settings/privacy"
          hintId="settings-privacy-hint"
          hint={t('privacy.settingsHint')}
        >
          {t('privacy.settingsLink')}
        </HintedLink>
        <HintedLink href="/settings/sync" hintId="settings-sync-hint" hint={t('sync.settingsHint')}>
          {t('sync.settingsLink')}
        </HintedLink>
      </ul>
    </>
  );
}

export default SettingsScreen;
