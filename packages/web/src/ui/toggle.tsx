// An on/off choice: one native checkbox with its label, the whole row a 44 px target. It stays
// a checkbox for assistive technology (announced "checkbox, checked"), with the keyboard and
// form behaviour of one; the label may wrap, the box never shrinks.
import type { ComponentChildren } from 'preact';

export function Toggle({
  id,
  checked,
  onChange,
  disabled,
  describedBy,
  children,
}: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  describedBy?: string;
  children: ComponentChildren;
}) {
  return (
    <div class="toggle">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{children}</label>
    </div>
  );
}
