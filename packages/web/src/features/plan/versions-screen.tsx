// /plan/versions: every saved version of the plan, newest first, with its date and how much
// changed from the one before. Each opens on its own, with "what has changed since then".
import { countChanges, diffPlans } from '@onward/core';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecords, vault } from '../../vault/index.ts';
import { allVersions } from './plan-records.ts';
import { formatDate } from './share.ts';
import './plan.css';

export default function PlanVersionsScreen() {
  // Re-renders when versions change (a save in another tab, a sync).
  useRecords(vault, 'safety-plan-version');
  const versions = allVersions();
  return (
    <>
      <PageHeading>{t('plan.versions.title')}</PageHeading>
      <p>{t('plan.versions.intro')}</p>
      {versions.length === 0 ? (
        <p class="muted">{t('plan.versions.none')}</p>
      ) : (
        <ol class="link-list plan-versions">
          {versions.map((version, i) => {
            const before = versions[i + 1];
            const date = formatDate(version.savedAt);
            const hintId = `plan-version-${version.id}-hint`;
            return (
              <li key={version.id}>
                <Link
                  href={`/plan/versions/${encodeURIComponent(version.id)}`}
                  aria-describedby={hintId}
                >
                  {t('plan.versions.savedOn', { date })}
                </Link>
                <p class="hint" id={hintId}>
                  {i === 0 ? <span>{t('plan.versions.current')} </span> : null}
                  {before
                    ? t('plan.versions.changes', {
                        count: countChanges(diffPlans(before.plan, version.plan)),
                      })
                    : t('plan.versions.first')}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <p>
        <Link href="/plan">{t('plan.print.back')}</Link>
      </p>
    </>
  );
}
