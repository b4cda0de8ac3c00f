// A small line chart of check-in totals over time, as SVG with a text alternative, plus the same
// figures as a table. Colours come from the theme's variables, so it follows light and dark.
import type { TrendPoint } from '@onward/core';
import { t } from '../../i18n.ts';
import { formatFullDate } from './dates.ts';
import { bandLabel } from './labels.ts';

const W = 320;
const H = 140;
const PAD = { top: 12, right: 12, bottom: 24, left: 30 };

export function ScoreChart({
  points,
  max,
  name,
}: {
  points: readonly TrendPoint[];
  max: number;
  name: string;
}) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + (points.length === 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.total).toFixed(1)}`)
    .join(' ');
  const label = t('journal.checkIn.chartLabel', { name, max });
  const ticks = [0, Math.round(max / 2), max];
  return (
    <figure class="score-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} focusable="false">
        {ticks.map((v) => (
          <g key={v}>
            <line class="chart-grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text class="chart-axis" x={PAD.left - 6} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {points.length > 1 ? <path class="chart-line" d={path} fill="none" /> : null}
        {points.map((p, i) => (
          <circle key={p.at} class="chart-point" cx={x(i)} cy={y(p.total)} r={4} />
        ))}
      </svg>
      <figcaption class="visually-hidden">{label}</figcaption>
      <table class="data-table">
        <caption class="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('journal.checkIn.date')}</th>
            <th scope="col">{t('journal.checkIn.score')}</th>
            <th scope="col">{t('journal.checkIn.level')}</th>
          </tr>
        </thead>
        <tbody>
          {[...points].reverse().map((p) => (
            <tr key={p.at}>
              <th scope="row">{formatFullDate(p.day)}</th>
              <td>
                {p.total} / {max}
              </td>
              <td>{bandLabel(p.band)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
