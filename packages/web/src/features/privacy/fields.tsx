// Form pieces shared by the privacy screens: a labelled password field with its hint and its
// error in text beside it (never colour alone), tied together with aria-describedby.

import { checkNewPasscode, type PasscodeKind } from '@onward/core';
import { t } from '../../i18n.ts';

export const MIN_PASSPHRASE = 8;

/** The words for a new passcode that is not accepted, or undefined (see @onward/core). */
export function newPasscodeError(passcode: string): string | undefined {
  const checked = checkNewPasscode(passcode);
  if (checked.ok) return undefined;
  switch (checked.reason) {
    case 'short-pin':
      return t('privacy.passcode.tooShortPin');
    case 'short':
      return t('privacy.passcode.tooShort');
    case 'common':
      return t('privacy.passcode.common');
    case 'pattern':
      return t('privacy.passcode.pattern');
  }
}

const KIND_COPY = {
  pin: 'privacy.strength.pin',
  'long-pin': 'privacy.strength.longPin',
  password: 'privacy.strength.password',
  phrase: 'privacy.strength.phrase',
} as const satisfies Record<PasscodeKind, string>;

/**
 * What a new passcode protects against, in words (never a score or a meter), once it is one
 * Onward would accept. Polite live region: it updates as the person types.
 */
export function PasscodeStrength({ id, passcode }: { id: string; passcode: string }) {
  const checked = checkNewPasscode(passcode);
  return (
    <p id={id} class="hint small" aria-live="polite">
      {checked.ok ? t(KIND_COPY[checked.value]) : ''}
    </p>
  );
}

export interface PasswordFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  autocomplete: 'current-password' | 'new-password' | 'off';
  hint?: string;
  error?: string;
  /** Extra ids to describe the input (errors rendered elsewhere). */
  describedBy?: string;
  invalid?: boolean;
}

export function PasswordField(props: PasswordFieldProps) {
  const { id, label, value, onInput, autocomplete, hint, error } = props;
  const describedBy = [
    hint ? `${id}-hint` : '',
    error ? `${id}-error` : '',
    props.describedBy ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} class="hint small muted">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        class="privacy-input"
        type="password"
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        autocomplete={autocomplete}
        spellcheck={false}
        aria-describedby={describedBy || undefined}
        aria-invalid={error || props.invalid ? true : undefined}
      />
      {error ? (
        <p id={`${id}-error`} class="privacy-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
