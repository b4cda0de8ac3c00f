// Self-harm-free days per week as a small bar chart (SVG), with the same figures in a table.
// Each bar is out of the days counted that week (days before the first day of use, and today,
// are not counted), shown as a faint full-height track, so a short week never looks like a
// bad one. Colours come from the theme's variables.
import type { WeekSummary } from '@onward/core';
import { locale, t } from '../../i18n.ts';
import { ChartFrame } from '../../ui/chart-frame.tsx';
import { formatDay, formatFullDate } from '../journal/dates.ts';

const W = 320;
const H = 130;
const PAD = { top: 10, right: 6, bottom: 26, left: 6 };

const shortDate = new Intl.DateTimeFormat(locale, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

export function WeekChart({ weeks }: { weeks: readonly WeekSummary[] }) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / weeks.length;
  const bar = Math.min(26, slot * 0.6);
  const label = t('progress.chartLabel', { count: weeks.length });
  return (
    <ChartFrame
      id="week-chart"
      class="week-chart"
      caption={label}
      showTable={t('progress.showTable')}
      tableLabelledBy="week-table-caption"
      chart={
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} focusable="false">
          {weeks.map((w, i) => {
            const cx = PAD.left + slot * i + slot / 2;
            const trackH = (w.countedDays / 7) * innerH;
            const freeH = (w.freeDays / 7) * innerH;
            return (
              <g key={w.start}>
                <title>
                  {t('progress.chartWeek', {
                    date: formatDay(w.start),
                    free: w.freeDays,
                    counted: w.countedDays,
                  })}
                </title>
                <rect
                  class="chart-track"
                  x={cx - bar / 2}
                  y={PAD.top + innerH - trackH}
                  width={bar}
                  height={trackH}
                  rx={3}
                />
                <rect
                  class="chart-bar"
                  x={cx - bar / 2}
                  y={PAD.top + innerH - freeH}
                  width={bar}
                  height={freeH}
                  rx={3}
                />
                {/* Every other week is labelled (ending with this week), so labels never crowd. */}
                {(weeks.length - 1 - i) % 2 === 0 ? (
                  <text class="chart-axis" x={cx} y={H - 8} text-anchor="middle">
                    {shortDate.format(new Date(`${w.start}T12:00:00Z`))}
                  </text>
                ) : null}
              </g>
            );
          })}
          <line
            class="chart-grid"
            x1={PAD.left}
            x2={W - PAD.right}
            y1={PAD.top + innerH}
            y2={PAD.top + innerH}
          />
        </svg>
      }
      table={
        <table class="data-table">
          <caption id="week-table-caption">{t('progress.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.tableWeek')}</th>
              <th scope="col">{t('progress.tableFree')}</th>
              <th scope="col">{t('progress.tableCounted')}</th>
              <th scope="col">{t('progress.tableUrges')}</th>
              <th scope="col">{t('progress.tableSkills')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.start}>
                <th scope="row">{formatFullDate(w.start)}</th>
                <td>{w.freeDays}</td>
                <td>{w.countedDays}</td>
                <td>{w.urgesRiddenOut}</td>
                <td>{w.skillsPractised}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
