import { FALLBACK_EMERGENCY, INTERNATIONAL_DIRECTORY_URL } from '@onward/content';
import type { CountryDirectory, EmergencyNumber } from '@onward/core';
import { displayNumber, telHref } from '@onward/core';
import { CountrySelect } from '../country/country-select.tsx';
import { t } from '../i18n.ts';
import { NewTabLink } from './new-tab-link.tsx';

export function CallButton(props: { number: string; class: string }) {
  return (
    <a href={telHref(props.number)} class={props.class}>
      {t('emergency.call', { number: displayNumber(props.number) })}
    </a>
  );
}

/** The compact strip on /help: the main emergency number, one tap away. */
export function EmergencyStrip({ main }: { main: EmergencyNumber }) {
  return (
    <div class="emergency">
      <p>{t('help.emergencyLead')}</p>
      <CallButton number={main.number} class="button button-urgent" />
    </div>
  );
}

/** Every emergency number for the country, main number first and largest. */
export function EmergencyNumbers({ numbers }: { numbers: readonly EmergencyNumber[] }) {
  return (
    <ul class="emergency-numbers">
      {numbers.map((entry, index) => (
        <li key={entry.number} class="emergency-number">
          <CallButton
            number={entry.number}
            class={
              index === 0
                ? 'button button-urgent button-large'
                : 'button button-secondary button-large'
            }
          />
          <p class="small muted">{entry.label}</p>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Country: United Kingdom. Change country" on the crisis screens. The country changes in place,
 * on this screen (a native disclosure, so it opens even before the app's script has loaded): the
 * person never leaves the screen, and the emergency number stays in view (for a country we do not
 * list, the numbers that work in most places).
 */
export function ShowingFor({ directory }: { directory: CountryDirectory | undefined }) {
  return (
    <div class="showing-for">
      {directory ? <ShowingForCountry directory={directory} /> : null}
      <ChangeCountry />
    </div>
  );
}

/**
 * The two halves of ShowingFor, for the help screens, whose country content is prerendered once
 * per country (country/for-country.tsx): the country's name goes inside that content, the picker
 * outside it, once, so changing the country (to "not listed" too) keeps it open in place.
 */
export function ShowingForCountry({ directory }: { directory: CountryDirectory }) {
  return (
    <p class="small muted showing-for-country">
      {t('help.showingFor', { country: directory.name })}
    </p>
  );
}

export function ChangeCountry() {
  return (
    <details class="change-country">
      <summary>{t('help.changeCountry')}</summary>
      <CountrySelect id="in-place-country" />
    </details>
  );
}

/** Where we list no numbers: the emergency numbers that work in most places, as text and links. */
export function FallbackEmergency() {
  return (
    <>
      <p>
        {t('unlisted.body', {
          mostCountries: FALLBACK_EMERGENCY.mostCountries,
          northAmerica: FALLBACK_EMERGENCY.northAmerica,
        })}
      </p>
      <div class="button-row">
        <CallButton number={FALLBACK_EMERGENCY.mostCountries} class="button button-urgent" />
        <CallButton number={FALLBACK_EMERGENCY.northAmerica} class="button button-secondary" />
      </div>
    </>
  );
}

/**
 * For a country we do not list: say so plainly, give the widely working emergency numbers
 * (unless the screen already shows them first) and point to an international directory the
 * person opens themselves (never fetched by the app).
 */
export function UnlistedNotice({ withEmergency = true }: { withEmergency?: boolean }) {
  return (
    <section class="card card-soft unlisted" aria-labelledby="unlisted-heading">
      <h2 id="unlisted-heading">{t('unlisted.heading')}</h2>
      {withEmergency ? <FallbackEmergency /> : null}
      <p class="small">{t('unlisted.directory')}</p>
      <p>
        <NewTabLink href={INTERNATIONAL_DIRECTORY_URL}>{t('unlisted.directoryLink')}</NewTabLink>
      </p>
    </section>
  );
}
