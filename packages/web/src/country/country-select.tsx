import { useState } from 'preact/hooks';
import { countryOptions, knownCountries } from '../crisis/directory.ts';
import { locale, t } from '../i18n.ts';
import { NOT_LISTED, parseStoredChoice } from './country-choice.ts';
import { chooseCountry, useCountry } from './use-country.ts';

/** The country picker, the same on /help and /settings; a change is kept on this device. */
export function CountrySelect({ id }: { id: string }) {
  const country = useCountry();
  const [changed, setChanged] = useState(false);
  const options = countryOptions(locale);
  const onChange = (event: Event) => {
    const choice = parseStoredChoice(
      (event.currentTarget as HTMLSelectElement).value,
      knownCountries,
    );
    if (choice === undefined) return;
    chooseCountry(choice);
    setChanged(true);
  };
  let status = '';
  if (changed && country.lastSave) {
    status = country.lastSave.ok ? t('country.saved') : t('country.notSaved');
  }
  return (
    <div class="field">
      <label for={id}>{t('country.label')}</label>
      <select
        id={id}
        class="select"
        data-country-picker=""
        value={country.choice}
        onChange={onChange}
      >
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
        <option value={NOT_LISTED}>{t('country.notListed')}</option>
      </select>
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
