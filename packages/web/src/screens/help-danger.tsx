import { useCountry } from '../country/use-country.ts';
import { directoryFor } from '../crisis/directory.ts';
import {
  EmergencyNumbers,
  FallbackEmergency,
  ShowingFor,
  UnlistedNotice,
} from '../crisis/emergency.tsx';
import { LineCard } from '../crisis/line-card.tsx';
import { HelpSlot } from '../features/help-slot.tsx';
import { t } from '../i18n.ts';
import { PageHeading } from './page-heading.tsx';

const ALWAYS_OPEN = '24/7';

export function HelpDangerScreen() {
  const directory = directoryFor(useCountry().choice);
  const lines = directory?.lines.filter((line) => line.hours === ALWAYS_OPEN) ?? [];
  return (
    <>
      <PageHeading>{t('danger.title')}</PageHeading>
      <p class="lead">{t('danger.intro')}</p>
      {directory ? <EmergencyNumbers numbers={directory.emergency} /> : <FallbackEmergency />}
      <ShowingFor directory={directory} />
      <section aria-labelledby="danger-safety-heading">
        <h2 id="danger-safety-heading">{t('danger.safetyHeading')}</h2>
        <ul class="safety-steps">
          <li>{t('danger.safetyStay')}</li>
          <li>{t('danger.safetyAway')}</li>
        </ul>
      </section>
      {lines.length > 0 ? (
        <section aria-labelledby="danger-lines-heading">
          <h2 id="danger-lines-heading">{t('danger.linesHeading')}</h2>
          <p>{t('danger.linesIntro')}</p>
          {lines.map((line) => (
            <LineCard key={line.id} line={line} />
          ))}
        </section>
      ) : null}
      <HelpSlot name="dangerAfterLines" />
      {directory ? null : <UnlistedNotice withEmergency={false} />}
    </>
  );
}
