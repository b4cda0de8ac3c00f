// Small form pieces the journal's screens share: chip groups (real checkboxes and radios inside
// pill-shaped labels, so they are keyboard and screen-reader native, 44 px tall) and the error
// line that sits next to a field.
import type { ComponentChildren } from 'preact';

export interface ChipOption {
  value: string;
  label: string;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  // Always rendered, so the described-by target exists; empty when there is nothing to say.
  return (
    <p class="field-error" id={id}>
      {message ?? ''}
    </p>
  );
}

interface GroupProps {
  /** Unique on the screen; used for ids. */
  name: string;
  legend: ComponentChildren;
  hint?: string;
  error?: string;
  /** Visually a smaller legend, for groups inside a group. */
  sub?: boolean;
  class?: string;
  children: ComponentChildren;
}

/** A fieldset with a legend, an optional hint and an error line, all wired for assistive tech. */
export function Group({ name, legend, hint, error, sub, children, class: extra }: GroupProps) {
  const describedBy = [hint ? `${name}-hint` : '', `${name}-error`].filter(Boolean).join(' ');
  return (
    <fieldset
      class={`group${sub ? ' group-sub' : ''}${error ? ' has-error' : ''}${extra ? ` ${extra}` : ''}`}
      id={`${name}-group`}
      aria-describedby={describedBy}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${name}-error`} message={error} />
      {children}
    </fieldset>
  );
}

interface ChipsProps {
  name: string;
  options: readonly ChipOption[];
  selected: readonly string[];
  onToggle: (value: string, on: boolean) => void;
}

/** Any number of choices: checkboxes. */
export function CheckChips({ name, options, selected, onToggle }: ChipsProps) {
  return (
    <ul class="chips">
      {options.map((o) => (
        <li key={o.value}>
          <label class="chip">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              checked={selected.includes(o.value)}
              onChange={(e) => onToggle(o.value, e.currentTarget.checked)}
            />
            <span>{o.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

interface RadioProps {
  name: string;
  options: readonly ChipOption[];
  value: string | null;
  onChange: (value: string) => void;
  /** A compact grid, for number scales. */
  scale?: boolean;
}

/** One choice: radios. */
export function RadioChips({ name, options, value, onChange, scale }: RadioProps) {
  return (
    <ul class={scale ? 'chips chips-scale' : 'chips'}>
      {options.map((o) => (
        <li key={o.value}>
          <label class="chip">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

/** Moves focus to the first control inside a field group (after a failed save). */
export function focusGroup(name: string): void {
  const group = document.getElementById(`${name}-group`);
  const control = group?.querySelector<HTMLElement>('input, select, textarea, button');
  control?.focus();
  group?.scrollIntoView({ block: 'center' });
}
