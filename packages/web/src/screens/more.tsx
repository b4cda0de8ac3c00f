// /more: everything that is not in the phone's bottom bar (Progress, Learn, the clinic's care
// team when this server has a profile, the hope box, settings). On wide screens the side
// navigation lists the same destinations.

import { features } from '../features/index.ts';
import { navItems } from '../features/resolve.ts';
import { t } from '../i18n.ts';
import { paths } from '../router/routes.ts';
import { ListRow } from '../ui/list-row.tsx';
import { PageHeading } from './page-heading.tsx';

export function MoreScreen() {
  const secondary = navItems(features).filter((item) => !item.primary);
  return (
    <>
      <PageHeading>{t('more.title')}</PageHeading>
      <ul class="row-list">
        {secondary.map((item) => (
          <ListRow key={item.href} href={item.href} icon={item.icon}>
            {t(item.label)}
          </ListRow>
        ))}
        <ListRow href="/hope-box" icon="hope">
          {t('hope.title')}
        </ListRow>
        <ListRow
          href={paths.settings}
          icon="settings"
          id="more-settings"
          hint={t('home.settingsHint')}
        >
          {t('home.settingsLink')}
        </ListRow>
        <ListRow
          href="/settings/privacy"
          icon="settings"
          id="more-privacy"
          hint={t('privacy.settingsHint')}
        >
          {t('privacy.settingsLink')}
        </ListRow>
      </ul>
    </>
  );
}
