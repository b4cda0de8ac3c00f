import type { CountryChoice } from '../country/country-choice.ts';
import { ForCountry } from '../country/for-country.tsx';
import { directoryFor } from '../crisis/directory.ts';
import {
  ChangeCountry,
  EmergencyNumbers,
  FallbackEmergency,
  ShowingForCountry,
  UnlistedNotice,
} from '../crisis/emergency.tsx';
import { LineCard } from '../crisis/line-card.tsx';
import { HelpSlot } from '../features/help-slot.tsx';
import { t } from '../i18n.ts';
import { PageHeading } from './page-heading.tsx';

const ALWAYS_OPEN = '24/7';

const alwaysOpenLines = (choice: CountryChoice) =>
  directoryFor(choice)?.lines.filter((line) => line.hours === ALWAYS_OPEN) ?? [];

export function HelpDangerScreen() {
  return (
    <>
      <PageHeading>{t('danger.title')}</PageHeading>
      <p class="lead">{t('danger.intro')}</p>
      <ForCountry>
        {(choice) => {
          const directory = directoryFor(choice);
          return directory ? (
            <>
              <EmergencyNumbers numbers={directory.emergency} />
              <ShowingForCountry directory={directory} />
            </>
          ) : (
            <FallbackEmergency />
          );
        }}
      </ForCountry>
      {/* Outside the country content, so changing the country keeps the picker open in place. */}
      <ChangeCountry />
      <section aria-labelledby="danger-safety-heading">
        <h2 id="danger-safety-heading">{t('danger.safetyHeading')}</h2>
        <ul class="safety-steps">
          <li>{t('danger.safetyStay')}</li>
          <li>{t('danger.safetyAway')}</li>
        </ul>
      </section>
      <ForCountry>
        {(choice) => {
          const lines = alwaysOpenLines(choice);
          // One id per country: a prerendered page holds every country's section.
          const headingId = `danger-lines-heading-${choice.toLowerCase()}`;
          return lines.length > 0 ? (
            <section aria-labelledby={headingId}>
              <h2 id={headingId}>{t('danger.linesHeading')}</h2>
              <p>{t('danger.linesIntro')}</p>
              {lines.map((line) => (
                <LineCard key={line.id} line={line} />
              ))}
            </section>
          ) : null;
        }}
      </ForCountry>
      <HelpSlot name="dangerAfterLines" />
      <ForCountry>
        {(choice) => (directoryFor(choice) ? null : <UnlistedNotice withEmergency={false} />)}
      </ForCountry>
    </>
  );
}
