// Charts over time: the daily highest urge (acted days ringed), check-in scores over their
// published bands, and diary card rows by week. Pictures only (see chart-svg.tsx).
import { BANDS, dayNumber, type Instrument, type LocalDate, MAX_TOTAL } from '@onward/core';
import type { DiaryWeekSummary, ScorePoint, UrgeDay } from '@onward/core/insights';
import { language } from '../../i18n.ts';
import { Svg, W } from './chart-svg.tsx';

const H = 150;
const PAD = { top: 10, right: 10, bottom: 24, left: 26 };
const innerW = W - PAD.left - PAD.right;
const innerH = H - PAD.top - PAD.bottom;

const shortDate = new Intl.DateTimeFormat(language, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const label = (day: LocalDate) => shortDate.format(new Date(`${day}T12:00:00Z`));

function xScale(from: LocalDate, to: LocalDate) {
  const a = dayNumber(from);
  const span = Math.max(1, dayNumber(to) - a);
  return (day: LocalDate) => PAD.left + ((dayNumber(day) - a) / span) * innerW;
}

const yScale = (max: number) => (v: number) => PAD.top + innerH - (v / max) * innerH;

function Axes({
  from,
  to,
  ticks,
  y,
}: {
  from: LocalDate;
  to: LocalDate;
  ticks: number[];
  y: (v: number) => number;
}) {
  return (
    <>
      {ticks.map((v) => (
        <g key={v}>
          <line class="chart-grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
          <text class="chart-axis" x={PAD.left - 5} y={y(v) + 4} text-anchor="end">
            {v}
          </text>
        </g>
      ))}
      <text class="chart-axis" x={PAD.left} y={H - 6}>
        {label(from)}
      </text>
      <text class="chart-axis" x={W - PAD.right} y={H - 6} text-anchor="end">
        {label(to)}
      </text>
    </>
  );
}

/** A path through points, broken where `gap` says two neighbours should not be joined. */
function pathOf(points: readonly [number, number][]): string {
  return points
    .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`)
    .join('');
}

export function UrgeDaysSvg({
  days,
  from,
  to,
}: {
  days: readonly UrgeDay[];
  from: LocalDate;
  to: LocalDate;
}) {
  const x = xScale(from, to);
  const y = yScale(10);
  const logged = days.filter((d) => d.highest !== null);
  const dots = logged.length <= 120;
  return (
    <Svg height={H}>
      <Axes from={from} to={to} ticks={[0, 5, 10]} y={y} />
      {logged.length > 1 ? (
        <path
          class="chart-line"
          fill="none"
          d={pathOf(logged.map((d) => [x(d.day), y(d.highest ?? 0)]))}
        />
      ) : null}
      {dots
        ? logged.map((d) => (
            <circle key={d.day} class="chart-point" cx={x(d.day)} cy={y(d.highest ?? 0)} r={3} />
          ))
        : null}
      {days
        .filter((d) => d.acted)
        .map((d) => (
          <circle
            key={`acted-${d.day}`}
            class="chart-ring"
            cx={x(d.day)}
            cy={y(d.highest ?? 0)}
            r={6}
            fill="none"
          />
        ))}
    </Svg>
  );
}

export function ScoresSvg({
  instrument,
  points,
  from,
  to,
}: {
  instrument: Instrument;
  points: readonly ScorePoint[];
  from: LocalDate;
  to: LocalDate;
}) {
  const max = MAX_TOTAL[instrument];
  const x = xScale(from, to);
  const y = yScale(max);
  const bands = BANDS[instrument];
  return (
    <Svg height={H}>
      {bands.map(([low], i) => {
        const high = bands[i + 1]?.[0] ?? max + 1;
        const top = y(Math.min(high, max));
        const bottom = y(low);
        return (
          <rect
            key={low}
            class={i % 2 === 0 ? 'chart-band' : 'chart-band-alt'}
            x={PAD.left}
            y={top}
            width={innerW}
            height={Math.max(0, bottom - top)}
          />
        );
      })}
      <Axes from={from} to={to} ticks={[0, Math.round(max / 2), max]} y={y} />
      {points.length > 1 ? (
        <path
          class="chart-line"
          fill="none"
          d={pathOf(points.map((p) => [x(p.day), y(p.total)]))}
        />
      ) : null}
      {points.map((p) => (
        <circle key={p.at} class="chart-point" cx={x(p.day)} cy={y(p.total)} r={4} />
      ))}
    </Svg>
  );
}

export const DIARY_LINES = [
  {
    key: 'urge',
    className: 'chart-line',
    pick: (w: DiaryWeekSummary) => w.targetUrge.selfHarm ?? null,
  },
  {
    key: 'sadness',
    className: 'chart-line chart-line-dashed',
    pick: (w: DiaryWeekSummary) => w.emotions.sadness ?? null,
  },
  {
    key: 'skills',
    className: 'chart-line chart-line-dotted',
    // Skills are 0–7; drawn on the 0–5 scale so the three lines share one axis.
    pick: (w: DiaryWeekSummary) => (w.skills === null ? null : (w.skills * 5) / 7),
  },
] as const;

export function DiaryWeeksSvg({
  weeks,
  from,
  to,
}: {
  weeks: readonly DiaryWeekSummary[];
  from: LocalDate;
  to: LocalDate;
}) {
  const x = xScale(from, to);
  const y = yScale(5);
  return (
    <Svg height={H}>
      <Axes from={from} to={to} ticks={[0, 5]} y={y} />
      {DIARY_LINES.map((line) => {
        const pts = weeks.flatMap((w) => {
          const v = line.pick(w);
          return v === null ? [] : [[x(w.start), y(v)] as [number, number]];
        });
        return pts.length > 1 ? (
          <path key={line.key} class={line.className} fill="none" d={pathOf(pts)} />
        ) : pts.length === 1 ? (
          <circle key={line.key} class="chart-point" cx={pts[0]?.[0]} cy={pts[0]?.[1]} r={3} />
        ) : null;
      })}
    </Svg>
  );
}

/** A small legend swatch (a line sample) next to its text. */
export function LineSwatch({ className }: { className: string }) {
  return (
    <svg class="legend-swatch" viewBox="0 0 28 10" aria-hidden="true" focusable="false">
      <path class={className} fill="none" d="M1,5L27,5" />
    </svg>
  );
}
