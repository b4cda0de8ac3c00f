// One insight as the person meets it: a heading, the plain-language sentence, the chart (a
// picture only: the SVG is hidden from screen readers because every figure in it is also in
// the sentence and the table), a caption saying how to read it, and the same figures as a
// table behind a disclosure. Nothing here moves, so reduced motion needs no special case.
import type { ComponentChildren } from 'preact';
import { t } from '../../i18n.ts';
import { ChartFrame } from '../../ui/chart-frame.tsx';

export function InsightSection({
  id,
  heading,
  sentences,
  children,
}: {
  id: string;
  heading: string;
  sentences: readonly string[];
  children?: ComponentChildren;
}) {
  return (
    <section class="insight" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {sentences.map((s) => (
        <p key={s} class="insight-sentence">
          {s}
        </p>
      ))}
      {children}
    </section>
  );
}

/** An insight's chart: the design system's chart frame with the insights' table label. */
export function ChartFigure({
  id,
  label,
  svg,
  legend,
  table,
}: {
  id: string;
  /** How to read the chart, shown as its caption. */
  label: string;
  svg: ComponentChildren;
  legend?: ComponentChildren;
  table: ComponentChildren;
}) {
  return (
    <ChartFrame
      id={id}
      class="insight-figure"
      caption={label}
      chart={svg}
      legend={legend}
      showTable={t('insights.showTable')}
      table={table}
    />
  );
}

/** A number for a table cell: one decimal at most, a dash-free blank label when missing. */
export const num = (n: number | null): string =>
  n === null ? t('insights.blank') : String(Math.round(n * 10) / 10);
