// The frame shared by the print page and the wallet card: a heading, a hint and a print button
// that are hidden when printing, then the printable layout itself; with no plan yet, an
// invitation to make one instead.
import type { PlainMessageKey } from '@onward/content';
import type { PlanVersion } from '@onward/core';
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecord, vault } from '../../vault/index.ts';
import { CURRENT, readVersion } from './plan-records.ts';

export function PrintableScreen({
  title,
  hint,
  button,
  render,
}: {
  title: PlainMessageKey;
  hint: PlainMessageKey;
  button: PlainMessageKey;
  render: (version: PlanVersion) => ComponentChildren;
}) {
  const version = readVersion(useRecord(vault, 'safety-plan', CURRENT)?.value);
  return (
    <>
      <div class="print-hide">
        <PageHeading>{t(title)}</PageHeading>
        {version ? (
          <>
            <p>{t(hint)}</p>
            <div class="button-row">
              <button type="button" class="button button-primary" onClick={() => window.print()}>
                {t(button)}
              </button>
              <Link class="button button-secondary" href="/plan">
                {t('plan.print.back')}
              </Link>
            </div>
          </>
        ) : (
          <>
            <p>{t('plan.intro')}</p>
            <Link class="button button-primary" href="/plan/guide">
              {t('plan.empty.start')}
            </Link>
          </>
        )}
      </div>
      {version ? render(version) : null}
    </>
  );
}
