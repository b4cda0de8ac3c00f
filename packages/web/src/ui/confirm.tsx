// "Remove this?" asked in place: the question as a group's legend and two buttons, the safe
// choice (keep) drawn as the primary one and focused when the question appears, so Enter or a
// second tap never removes anything by accident. Nothing modal: the rest of the screen, and
// Get help now, stay where they are.
import { useEffect, useRef } from 'preact/hooks';

export function InlineConfirm({
  question,
  yes,
  no,
  onYes,
  onNo,
}: {
  question: string;
  /** The action's button ("Delete"), drawn quietly. */
  yes: string;
  /** The safe choice ("Keep it"), focused first. */
  no: string;
  onYes: () => void;
  onNo: () => void;
}) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <fieldset class="confirm">
      <legend>{question}</legend>
      <div class="button-row">
        <button type="button" class="button button-secondary" onClick={onYes}>
          {yes}
        </button>
        <button type="button" class="button button-primary" ref={keep} onClick={onNo}>
          {no}
        </button>
      </div>
    </fieldset>
  );
}
