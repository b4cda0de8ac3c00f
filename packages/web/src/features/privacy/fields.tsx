// Form pieces shared by the privacy screens: a labelled password field with its hint and its
// error in text beside it (never colour alone), tied together with aria-describedby.

export const MIN_PASSCODE = 4;
export const MIN_PASSPHRASE = 8;

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
