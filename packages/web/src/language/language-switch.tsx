// Choosing the language: a select in settings, and a one-tap switch on the help screen. Each
// language's name is written in that language and marked with its `lang`, so a person who cannot
// read the current language can still find theirs (and a screen reader says it correctly).
import { LANGUAGE_NAMES, LANGUAGES, type Language, SWITCH_TO_LANGUAGE } from '@onward/content';
import { useState } from 'preact/hooks';
import { chooseLanguage, language, t } from '../i18n.ts';

function useSwitch() {
  const [notSaved, setNotSaved] = useState(false);
  const choose = (next: Language) => setNotSaved(!chooseLanguage(next));
  return { notSaved, choose };
}

/** Settings: every language Onward ships, by its own name. */
export function LanguageSelect({ id }: { id: string }) {
  const { notSaved, choose } = useSwitch();
  const onChange = (event: Event) => {
    const value = (event.currentTarget as HTMLSelectElement).value;
    const next = LANGUAGES.find((l) => l === value);
    if (next !== undefined) choose(next);
  };
  return (
    <div class="field">
      <label for={id}>{t('language.label')}</label>
      <select id={id} class="select" value={language} onChange={onChange}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
      {notSaved ? (
        <p class="status" role="alert">
          {t('language.notSaved')}
        </p>
      ) : null}
    </div>
  );
}

/** The help screen: one tap into each other language, written in that language. */
export function LanguageSwitch() {
  const { notSaved, choose } = useSwitch();
  const others = LANGUAGES.filter((l) => l !== language);
  return (
    <nav class="language-switch" aria-label={t('language.switchLabel')}>
      <ul class="button-row">
        {others.map((l) => (
          <li key={l}>
            <button
              type="button"
              class="button button-secondary"
              lang={l}
              onClick={() => choose(l)}
            >
              {SWITCH_TO_LANGUAGE[l]}
            </button>
          </li>
        ))}
      </ul>
      {notSaved ? (
        <p class="status" role="alert">
          {t('language.notSaved')}
        </p>
      ) : null}
    </nav>
  );
}
