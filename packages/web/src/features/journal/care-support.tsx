// The caring response to a record, as core's care-response rule decides it (one rule for the
// urge log, the diary card and the check-ins). The urge log opens the full after-relapse flow
// (after-screen.tsx, whose first step is this same safety check); the diary card and the
// check-ins show this panel on their own screen. Calm, never an alarm: no red banner, no sound,
// nothing leaves the device.
import type { CareResponse } from '@onward/core';
import { careParts } from '@onward/core';
import { useEffect, useRef } from 'preact/hooks';
import { useCountry } from '../../country/use-country.ts';
import { directoryFor } from '../../crisis/directory.ts';
import { LineCard } from '../../crisis/line-card.tsx';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { paths } from '../../router/routes.ts';
import { Card } from '../../ui/card.tsx';
import { FirstAidGuide } from './first-aid-guide.tsx';
import { journalPaths } from './paths.ts';

/** The person's safety plan and the 24/7 lines of their chosen country. */
export function PlanAndLines({
  headingKey,
}: {
  headingKey: 'journal.care.planHeading' | 'journal.checkIn.thoughtsHeading';
}) {
  const directory = directoryFor(useCountry().choice);
  const lines = directory?.lines.filter((line) => line.hours === '24/7') ?? [];
  return (
    <Card tone="soft" class="thoughts-support" labelledBy="thoughts-heading">
      <h2 id="thoughts-heading">{t(headingKey)}</h2>
      <p>{t('journal.checkIn.thoughtsBody')}</p>
      <div class="button-row">
        <Link class="button button-primary" href={journalPaths.plan}>
          {t('journal.checkIn.thoughtsPlan')}
        </Link>
        <Link class="button button-secondary" href={paths.help}>
          {t('journal.checkIn.thoughtsHelp')}
        </Link>
      </div>
      {lines.map((line) => (
        <LineCard key={line.id} line={line} />
      ))}
    </Card>
  );
}

/** The safety check: the emergency number first, then first aid where it fits. */
function SafetyCheck({ firstAid }: { firstAid: boolean }) {
  const directory = directoryFor(useCountry().choice);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The panel appears after saving: move focus to it so screen readers announce it.
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <section class="care-check" aria-labelledby="care-check-heading">
      <h2 id="care-check-heading" tabIndex={-1} ref={ref}>
        {t('journal.after.safeHeading')}
      </h2>
      <p class="lead">{t('journal.care.intro')}</p>
      {firstAid ? <FirstAidGuide directory={directory} /> : null}
      <p>
        {t('journal.after.safeHelp')}{' '}
        <Link href={paths.help}>{t('journal.after.safeHelpLink')}</Link>
      </p>
    </section>
  );
}

export function CareSupport({ response }: { response: CareResponse }) {
  const parts = careParts(response);
  if (!parts.safetyCheck && !parts.planAndLines) return null;
  return (
    <div class="care-support">
      {parts.safetyCheck ? <SafetyCheck firstAid={parts.firstAid} /> : null}
      {parts.planAndLines ? (
        <PlanAndLines
          headingKey={
            parts.safetyCheck ? 'journal.care.planHeading' : 'journal.checkIn.thoughtsHeading'
          }
        />
      ) : null}
    </div>
  );
}
