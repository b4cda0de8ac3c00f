import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useCountry } from '../country/use-country.ts';
import { directoryFor } from '../crisis/directory.ts';
import { useDiscreet } from '../features/privacy/discreet.ts';
import { loadCopy, t } from '../i18n.ts';
import { Link } from '../router/router.tsx';
import { paths } from '../router/routes.ts';
import { ButtonLink } from '../ui/button.tsx';
import { Card } from '../ui/card.tsx';
import type { IconName } from '../ui/icons.tsx';
import { ListRow } from '../ui/list-row.tsx';
import { useVaultStatus } from '../vault/index.ts';
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
const quickLinks: readonly {
  href: string;
  icon: IconName;
  label: 'home.toolsLink' | 'home.logLink' | 'home.planLink';
  hint: 'home.toolsHint' | 'home.logHint' | 'home.planHint';
}[] = [
  { href: '/tools', icon: 'tools', label: 'home.toolsLink', hint: 'home.toolsHint' },
  { href: '/journal/new', icon: 'journal', label: 'home.logLink', hint: 'home.logHint' },
  { href: '/plan', icon: 'plan', label: 'home.planLink', hint: 'home.planHint' },
];

/**
 * A part of home in its own chunk (precached by the service worker), so the help screens' first
 * load does not carry it: undefined until it has arrived, then the part; null if it cannot load
 * (either way, the wait is over).
 */
function useLazyPart<P>(
  load: () => Promise<FunctionComponent<P>>,
): FunctionComponent<P> | null | undefined {
  const [Part, setPart] = useState<FunctionComponent<P> | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    load().then(
      (c) => {
        if (live) setPart(() => c);
      },
      // Offline before the chunk was ever cached: home goes on without this part.
      () => {
        if (live) setPart(null);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return Part;
}

// Today at a glance shows dates and progress in their features' words: that copy travels with it.
const loadToday = () =>
  Promise.all([import('./home-today.tsx'), loadCopy(['journal', 'progress'])]).then(
    ([m]) => m.HomeToday,
  );
const loadFirstRun = () => import('./first-run.tsx').then((m) => m.FirstRun);

const LINKS_WAIT_MAX_MS = 10_000;

export function HomeScreen() {
  // In discreet mode the first screen says nothing of what the app is for (the help link stays).
  const discreet = useDiscreet();
  const Today = useLazyPart(loadToday);
  const FirstRun = useLazyPart(loadFirstRun);
  // The parts above the quick links (the first-run steps, today at a glance) arrive after the
  // first render and show nothing until the vault has opened. The links below them wait too, so
  // nothing already on screen is pushed down when those parts appear (no layout shift under a
  // finger about to tap). What is always there, the help card at the top, is never held.
  // Should the vault take unusually long to open (storage busy in another tab), the links come
  // anyway after LINKS_WAIT_MAX_MS: a shift is better than no links.
  const vaultOpening = useVaultStatus().state === 'opening';
  const [waitedLong, setWaitedLong] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWaitedLong(true), LINKS_WAIT_MAX_MS);
    return () => clearTimeout(timer);
  }, []);
  const settled =
    discreet || waitedLong || (Today !== undefined && FirstRun !== undefined && !vaultOpening);
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
      <Card tone="urgent" labelledBy="home-help-heading">
        <h2 id="home-help-heading">{t('home.helpHeading')}</h2>
        <p>{t('home.helpBody')}</p>
        <ButtonLink variant="urgent" size="large" block href={paths.help}>
          {t('home.helpLink')}
        </ButtonLink>
      </Card>
      {discreet ? <CountryNotice /> : FirstRun ? <FirstRun fallback={<CountryNotice />} /> : null}
      {discreet || !Today ? null : <Today />}
      {settled ? <HomeLinks /> : null}
    </>
  );
}

function HomeLinks() {
  return (
    <>
      <h2>{t('home.nowHeading')}</h2>
      <ul class="row-list">
        {quickLinks.map((q) => (
          <ListRow
            key={q.href}
            href={q.href}
            icon={q.icon}
            id={`home-${q.href.slice(1).replace('/', '-')}`}
            hint={t(q.hint)}
          >
            {t(q.label)}
          </ListRow>
        ))}
      </ul>
      <h2>{t('home.moreHeading')}</h2>
      <ul class="row-list">
        <ListRow
          href={paths.settings}
          icon="settings"
          id="home-settings"
          hint={t('home.settingsHint')}
        >
          {t('home.settingsLink')}
        </ListRow>
      </ul>
    </>
  );
}
