// A chart as the person meets it: the picture, an optional legend, a caption saying how to read
// it, and the same figures as a table behind a disclosure (its scrolling box takes keyboard
// focus, so a wide table scrolls without a mouse). Nothing here moves, so reduced motion needs
// no special case. The chart decides for itself whether it is an image with a label or hidden
// from screen readers (when every figure is also in a sentence and the table).
import type { ComponentChildren } from 'preact';

export function ChartFrame({
  id,
  caption,
  chart,
  legend,
  showTable,
  tableLabelledBy,
  table,
  class: extra,
}: {
  id: string;
  /** How to read the chart, shown as its caption. */
  caption: string;
  chart: ComponentChildren;
  legend?: ComponentChildren;
  /** The disclosure's label ("Show as a table"). */
  showTable: string;
  /** The id of the table's <caption>; defaults to `${id}-table`. */
  tableLabelledBy?: string;
  table: ComponentChildren;
  class?: string;
}) {
  const tableId = tableLabelledBy ?? `${id}-table`;
  return (
    <figure
      class={extra ? `chart-frame ${extra}` : 'chart-frame'}
      aria-labelledby={`${id}-caption`}
    >
      {chart}
      {legend}
      <figcaption id={`${id}-caption`} class="small muted">
        {caption}
      </figcaption>
      <details class="table-details">
        <summary>{showTable}</summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take keyboard focus so it can be scrolled without a mouse (WCAG 2.1.1). */}
        <section class="table-scroll" aria-labelledby={tableId} tabIndex={0}>
          {table}
        </section>
      </details>
    </figure>
  );
}
