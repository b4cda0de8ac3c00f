import { useCountry } from '../country/use-country.ts';
import { directoryFor } from '../crisis/directory.ts';
import { useDiscreet } from '../features/privacy/discreet.ts';
import { t } from '../i18n.ts';
import { Link } from '../router/router.tsx';
import { paths } from '../router/routes.ts';
import { HintedLink } from './hinted-link.tsx';
import { HomeToday } from './home-today.tsx';
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

/** The quickest ways in to what helps; each is one tap, and none is required. */
const quickLinks = [
  { href: '/tools', label: 'home.toolsLink', hint: 'home.toolsHint' },
  { href: '/journal/new', label: 'home.logLink', hint: 'home.logHint' },
  { href: '/plan', label: 'home.planLink', hint: 'home.planHint' },
] as const;

export function HomeScreen() {
  // In discreet mode the first screen says nothing of what the app is for (the help link stays).
  const discreet = useDiscreet();
  return (
    <>
      <PageHeading>{discreet ? t('home.discreetTitle') : t('home.title')}</PageHeading>
      {discreet ? (
        <p class="lead">{t('home.discreetIntro')}</p>
      ) : (
        <>
          <p class="lead">{t('home.intro')}</p>
          <p>{t('home.private')}</p>
        </>
      )}
      <section class="card card-urgent" aria-labelledby="home-help-heading">
        <h2 id="home-help-heading">{t('home.helpHeading')}</h2>
        <p>{t('home.helpBody')}</p>
        <Link class="button button-urgent button-block button-large" href={paths.help}>
          {t('home.helpLink')}
        </Link>
      </section>
      <CountryNotice />
      {discreet ? null : <HomeToday />}
      <h2>{t('home.nowHeading')}</h2>
      <ul class="link-list">
        {quickLinks.map((q) => (
          <li key={q.href}>
            <Link href={q.href} aria-describedby={`home-hint-${q.href.slice(1).replace('/', '-')}`}>
              {t(q.label)}
            </Link>
            <p class="hint" id={`home-hint-${q.href.slice(1).replace('/', '-')}`}>
              {t(q.hint)}
            </p>
          </li>
        ))}
      </ul>
      <h2>{t('home.moreHeading')}</h2>
      <ul class="link-list">
        <HintedLink href={paths.settings} hintId="home-settings-hint" hint={t('home.settingsHint')}>
          {t('home.settingsLink')}
        </HintedLink>
      </ul>
    </>
  );
}
