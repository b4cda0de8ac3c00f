import { CountrySelect } from '../country/country-select.tsx';
import { ForCountry } from '../country/for-country.tsx';
import { directoryFor } from '../crisis/directory.ts';
import { EmergencyStrip, UnlistedNotice } from '../crisis/emergency.tsx';
import { HelpSlot } from '../features/help-slot.tsx';
import { t } from '../i18n.ts';
import { LanguageSwitch } from '../language/language-switch.tsx';
import { Link } from '../router/router.tsx';
import { paths } from '../router/routes.ts';
import { PageHeading } from './page-heading.tsx';

export function HelpScreen() {
  return (
    <>
      <PageHeading>{t('help.title')}</PageHeading>
      <p class="lead">{t('help.intro')}</p>
      <LanguageSwitch />
      <CountrySelect id="help-country" />
      <ForCountry>
        {(choice) => {
          const main = directoryFor(choice)?.emergency[0];
          return main ? <EmergencyStrip main={main} /> : <UnlistedNotice />;
        }}
      </ForCountry>
      <h2>{t('help.choicesHeading')}</h2>
      <ul class="choices">
        <li>
          <Link class="choice choice-danger" href={paths.helpDanger}>
            {t('help.choiceDanger')}
          </Link>
        </li>
        <li>
          <Link class="choice choice-safe" href={paths.helpSafe}>
            {t('help.choiceSafe')}
          </Link>
        </li>
      </ul>
      <HelpSlot name="helpTools" />
    </>
  );
}
