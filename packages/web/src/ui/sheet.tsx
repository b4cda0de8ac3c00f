// A sheet: a native modal <dialog> (focus moves in and is kept there, Escape closes, the page
// behind is inert), drawn as a bottom sheet on phones and a centred panel on wide screens. It
// opens when `open` is true; closing by Escape or the close button calls onClose, and focus
// returns to what opened it (the browser does this for showModal()).
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export function Sheet({
  id,
  title,
  open,
  onClose,
  closeLabel,
  children,
}: {
  id: string;
  title: string;
  open: boolean;
  onClose: () => void;
  /** The close button's text ("Close"). */
  closeLabel: string;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return (
    <dialog ref={ref} id={id} class="sheet" aria-labelledby={`${id}-title`} onClose={onClose}>
      <div class="sheet-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" class="button button-secondary button-small" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </dialog>
  );
}
