// A segmented tap scale (0-5, 0-10, yes/no): one tap instead of a drop-down. Native radio
// buttons in a fieldset, drawn as equal segments: one tab stop for the group, arrow keys move
// and choose, and screen readers say "radio button, 3 of 7" with the fieldset's legend, exactly
// as for any radio group. The input is visually covered by its segment, never removed.
export interface ScaleOption<V> {
  value: V;
  label: string;
  /** Styled as the quieter "not filled in" choice. */
  blank?: boolean;
}

export function Scale<V>({
  id,
  label,
  hint,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  options: readonly ScaleOption<V>[];
  value: V;
  onChange: (value: V) => void;
}) {
  const segment = (option: ScaleOption<V>, index: number) => (
    <label
      key={String(option.value)}
      class={option.blank ? 'scale-option scale-blank' : 'scale-option'}
    >
      <input
        type="radio"
        name={id}
        value={String(index)}
        checked={option.value === value}
        onChange={() => onChange(option.value)}
      />
      <span>{option.label}</span>
    </label>
  );
  // Word choices (Yes / No / Not prescribed) get wider segments, so a word is never split.
  const words = options.some((o) => !o.blank && o.label.length > 3);
  return (
    <fieldset class="scale-field" id={id} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend class="scale-label">{label}</legend>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div class="scale">
        {options.some((o) => o.blank) ? (
          <div class="scale-blank-row">
            {options.map((o, i) => (o.blank ? segment(o, i) : null))}
          </div>
        ) : null}
        <div class={words ? 'scale-values scale-words' : 'scale-values'}>
          {options.map((o, i) => (o.blank ? null : segment(o, i)))}
        </div>
      </div>
    </fieldset>
  );
}
