// A card: a surface with a border, a radius and a little elevation. `urgent` is the help card
// (warm, never alarming); `soft` a quiet panel without a border. A card with a heading is a
// section labelled by it, so screen readers list it among the page's regions.
import type { ComponentChildren } from 'preact';

export function Card({
  tone,
  labelledBy,
  id,
  class: extra,
  children,
}: {
  tone?: 'urgent' | 'soft';
  /** The id of the card's heading: the card becomes a labelled section. */
  labelledBy?: string;
  id?: string;
  class?: string;
  children: ComponentChildren;
}) {
  let c = tone ? `card card-${tone}` : 'card';
  if (extra) c += ` ${extra}`;
  return labelledBy ? (
    <section id={id} class={c} aria-labelledby={labelledBy}>
      {children}
    </section>
  ) : (
    <div id={id} class={c}>
      {children}
    </div>
  );
}
