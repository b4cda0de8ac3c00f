import { t } from '../i18n.ts';
import { Link } from '../router/router.tsx';
import { paths } from '../router/routes.ts';
import { PageHeading } from './page-heading.tsx';

export function NotFoundScreen() {
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p class="lead">{t('notFound.body')}</p>
      <ul class="link-list">
        <li>
          <Link href={paths.help}>{t('notFound.helpLink')}</Link>
        </li>
        <li>
          <Link href={paths.home}>{t('notFound.homeLink')}</Link>
        </li>
      </ul>
    </>
  );
}
