import { ForCountry } from '../country/for-country.tsx';
import { directoryFor } from '../crisis/directory.ts';
import { ChangeCountry, ShowingForCountry, UnlistedNotice } from '../crisis/emergency.tsx';
import { LineCard } from '../crisis/line-card.tsx';
import { HelpSlot } from '../features/help-slot.tsx';
import { t } from '../i18n.ts';
import { Link } from '../router/router.tsx';
import { paths } from '../router/routes.ts';
import { PageHeading } from './page-heading.tsx';

export function HelpSafeScreen() {
  return (
    <>
      <PageHeading>{t('safe.title')}</PageHeading>
      <p class="lead">{t('safe.intro')}</p>
      <HelpSlot name="safeTop" />
      <ForCountry>
        {(choice) => {
          const directory = directoryFor(choice);
          return directory ? <ShowingForCountry directory={directory} /> : null;
        }}
      </ForCountry>
      {/* Outside the country content, so choosing "not listed" keeps the picker open in place. */}
      <ChangeCountry />
      <ForCountry>
        {(choice) => {
          const directory = directoryFor(choice);
          // One id per country: a prerendered page holds every country's section.
          const headingId = `safe-lines-heading-${choice.toLowerCase()}`;
          return directory ? (
            <section aria-labelledby={headingId}>
              <h2 id={headingId}>{t('safe.linesHeading')}</h2>
              {directory.lines.map((line) => (
                <LineCard key={line.id} line={line} />
              ))}
            </section>
          ) : (
            <UnlistedNotice />
          );
        }}
      </ForCountry>
      <HelpSlot name="safeAfterLines" />
      <HelpSlot name="helpTools" />
      <section aria-labelledby="safe-tools-heading">
        <h2 id="safe-tools-heading">{t('safe.toolsHeading')}</h2>
        <ul class="tools">
          <li>{t('safe.toolBreathe')}</li>
          <li>{t('safe.toolCold')}</li>
          <li>{t('safe.toolPeople')}</li>
          <li>{t('safe.toolGround')}</li>
        </ul>
        <p>
          <Link href="/tools">{t('tools.safe.allTools')}</Link>
        </p>
      </section>
      <p class="notice">
        <Link href={paths.helpDanger}>{t('safe.dangerLink')}</Link>
      </p>
    </>
  );
}
