import { useCountry } from '../country/use-country.ts';
import { directoryFor } from '../crisis/directory.ts';
import { t } from '../i18n.ts';
import { Link } from '../router/router.tsx';
import { paths } from '../router/routes.ts';
import { PageHeading } from './page-heading.tsx';

function CountryNotice() {
  const country = useCountry();
  if (country.source === 'explicit') return null;
  const guessed = country.source === 'guess' ? directoryFor(country.choice) : undefined;
  return (
    <div class="notice">
      <p>
        {guessed ? t('home.countryGuessed', { country: guessed.name }) : t('home.countryMissing')}
      </p>
      <p>
        <Link href={paths.settings}>{t('home.countryLink')}</Link>
      </p>
    </div>
  );
}

export function HomeScreen() {
  return (
    <>
      <PageHeading>{t('home.title')}</PageHeading>
      <p class="lead">{t('home.intro')}</p>
      <p>{t('home.private')}</p>
      <section class="card card-urgent" aria-labelledby="home-help-heading">
        <h2 id="home-help-heading">{t('home.helpHeading')}</h2>
        <p>{t('home.helpBody')}</p>
        <Link class="button button-urgent button-block button-large" href={paths.help}>
          {t('home.helpLink')}
        </Link>
      </section>
      <CountryNotice />
      <h2>{t('home.moreHeading')}</h2>
      <ul class="link-list">
        <li>
          <Link href={paths.settings} aria-describedby="home-settings-hint">
            {t('home.settingsLink')}
          </Link>
          <p class="hint" id="home-settings-hint">
            {t('home.settingsHint')}
          </p>
        </li>
      </ul>
    </>
  );
}
