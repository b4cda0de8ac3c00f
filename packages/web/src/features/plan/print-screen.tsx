// /plan/print: the plan laid out for one printed page, with a button that opens the browser's
// print window (where "Save as PDF" keeps a copy as a file). Nothing is generated or sent.
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecord, vault } from '../../vault/index.ts';
import { CURRENT, readVersion } from './plan-records.ts';
import { PrintSheet } from './print-sheet.tsx';
import './plan.css';
import './print.css';

export default function PlanPrintScreen() {
  const version = readVersion(useRecord(vault, 'safety-plan', CURRENT)?.value);
  return (
    <>
      <div class="print-hide">
        <PageHeading>{t('plan.print.title')}</PageHeading>
        {version ? (
          <>
            <p>{t('plan.print.hint')}</p>
            <div class="button-row">
              <button type="button" class="button button-primary" onClick={() => window.print()}>
                {t('plan.print.button')}
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
      {version ? <PrintSheet plan={version.plan} savedAt={version.savedAt} /> : null}
    </>
  );
}
