// The main navigation. Phones: a bottom bar of five destinations with icons and labels (Home,
// the three primary features, More); everything else is on the More screen. Wide screens: the
// same destinations as a side navigation, plus the rest listed under them (so nothing needs the
// More screen there, though it stays). One <nav>, so the landmark is the same at every size.
import { features } from './features/index.ts';
import { navItems } from './features/resolve.ts';
import { t } from './i18n.ts';
import { Link } from './router/router.tsx';
import { paths } from './router/routes.ts';
import { Icon, type IconName } from './ui/icons.tsx';

function isCurrent(here: string, href: string): boolean {
  return here === href || (href !== '/' && here.startsWith(`${href}/`));
}

function Item({
  href,
  icon,
  label,
  here,
}: {
  href: string;
  icon?: IconName;
  label: string;
  here: string;
}) {
  return (
    <li>
      <Link href={href} aria-current={isCurrent(here, href) ? 'page' : undefined}>
        {icon ? <Icon name={icon} /> : null}
        <span class="nav-label">{label}</span>
      </Link>
    </li>
  );
}

export function MainNav({ here }: { here: string }) {
  // Read at render: the clinic's entry follows what the app knows of the clinic profile.
  const items = navItems(features);
  const primary = items.filter((item) => item.primary).slice(0, 3);
  const secondary = items.filter((item) => !primary.includes(item));
  const onSecondary = secondary.some((item) => isCurrent(here, item.href));
  return (
    <nav class="main-nav" aria-label={t('shell.navLabel')}>
      <ul class="nav-primary">
        <Item href={paths.home} icon="home" label={t('shell.nav.home')} here={here} />
        {primary.map((item) => (
          <Item
            key={item.href}
            href={item.href}
            icon={item.icon}
            label={t(item.label)}
            here={here}
          />
        ))}
        <li class="nav-more">
          <Link
            href={paths.more}
            aria-current={here === paths.more ? 'page' : undefined}
            class={onSecondary ? 'nav-more-active' : undefined}
          >
            <Icon name="more" />
            <span class="nav-label">{t('shell.nav.more')}</span>
          </Link>
        </li>
      </ul>
      {secondary.length > 0 ? (
        <ul class="nav-secondary">
          {secondary.map((item) => (
            <Item
              key={item.href}
              href={item.href}
              icon={item.icon}
              label={t(item.label)}
              here={here}
            />
          ))}
        </ul>
      ) : null}
    </nav>
  );
}
