// The SVG primitives the insight charts share. Every chart is a picture only (aria-hidden): its
// words and numbers are in the sentence and the table next to it. Colours come from the theme's
// variables (light and dark); differences never rely on colour alone (shape, dash or position).
import type { ComponentChildren } from 'preact';

export const W = 320;

export function Svg({ height, children }: { height: number; children: ComponentChildren }) {
  return (
    <svg
      class="insight-svg"
      viewBox={`0 0 ${W} ${height}`}
      aria-hidden="true"
      focusable="false"
      preserveAspectRatio="xMidYMid meet"
    >
      {children}
    </svg>
  );
}

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** A part of the value drawn inside the bar with a pattern (e.g. "before acting"). */
  part?: number;
}

/** Horizontal bars with their labels and values, for counts. */
export function BarsSvg({ bars, labelWidth = 118 }: { bars: readonly Bar[]; labelWidth?: number }) {
  const row = 26;
  const height = Math.max(row, bars.length * row) + 4;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = W - labelWidth - 34;
  return (
    <Svg height={height}>
      {bars.map((b, i) => {
        const y = 2 + i * row;
        const w = (b.value / max) * width;
        const pw = ((b.part ?? 0) / max) * width;
        return (
          <g key={b.key}>
            <text class="chart-axis" x={labelWidth - 6} y={y + 16} text-anchor="end">
              {b.label.length > 18 ? `${b.label.slice(0, 17)}…` : b.label}
            </text>
            <rect class="chart-track" x={labelWidth} y={y + 4} width={width} height={16} rx={3} />
            <rect class="chart-bar" x={labelWidth} y={y + 4} width={w} height={16} rx={3} />
            {pw > 0 ? (
              <rect class="chart-part" x={labelWidth} y={y + 4} width={pw} height={16} rx={3} />
            ) : null}
            <text class="chart-axis" x={labelWidth + w + 4} y={y + 16}>
              {b.value}
            </text>
          </g>
        );
      })}
    </Svg>
  );
}

/** Vertical columns (e.g. the hours of the day, skills levels). */
export function ColumnsSvg({
  columns,
  max,
  height = 130,
}: {
  columns: readonly { key: string; label: string; value: number | null }[];
  max: number;
  height?: number;
}) {
  const pad = { top: 8, bottom: 22, left: 6, right: 6 };
  const innerH = height - pad.top - pad.bottom;
  const slot = (W - pad.left - pad.right) / columns.length;
  const bar = Math.min(28, slot * 0.7);
  return (
    <Svg height={height}>
      <line
        class="chart-grid"
        x1={pad.left}
        x2={W - pad.right}
        y1={pad.top + innerH}
        y2={pad.top + innerH}
      />
      {columns.map((c, i) => {
        const cx = pad.left + slot * i + slot / 2;
        const h = c.value === null ? 0 : (c.value / Math.max(max, 1e-9)) * innerH;
        return (
          <g key={c.key}>
            <rect
              class="chart-bar"
              x={cx - bar / 2}
              y={pad.top + innerH - h}
              width={bar}
              height={h}
              rx={2}
            />
            <text class="chart-axis" x={cx} y={height - 6} text-anchor="middle">
              {c.label}
            </text>
          </g>
        );
      })}
    </Svg>
  );
}
