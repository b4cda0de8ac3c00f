// /insights: pictures of the person's records for a chosen period, each with a plain-language
// sentence and the same figures as a table. Computed on the device by @onward/core's insights.
// With under a week of records it says so kindly and shows what there is.
import { STANDARD_EMOTIONS, STANDARD_TARGETS } from '@onward/core';
import { computeInsights, DAY_PARTS, type Insights, type Period } from '@onward/core/insights';
import { useMemo, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { formatFullDate, today } from '../journal/dates.ts';
import { cardEmotionLabel } from '../journal/labels.ts';
import { ChartFigure, InsightSection, num } from './chart-frame.tsx';
import { BarsSvg, ColumnsSvg, Svg, W } from './chart-svg.tsx';
import { insightsPaths } from './paths.ts';
import { PeriodPicker } from './period-picker.tsx';
import { deviceOffsetAt, useAllRecords } from './records.ts';
import { ScoreRows } from './score-rows.tsx';
import {
  instrumentName,
  sentenceText,
  toolLabel,
  triggerText,
  weekdayName,
  weekdayShort,
} from './sentence.ts';
import { DIARY_LINES, DiaryWeeksSvg, LineSwatch, ScoresSvg, UrgeDaysSvg } from './time-charts.tsx';
import '../journal/journal.css';
import './insights.css';

const targetLabel = (id: string) =>
  (STANDARD_TARGETS as readonly string[]).includes(id)
    ? t(`journal.diary.row.${id as (typeof STANDARD_TARGETS)[number]}.urge`)
    : id;

function Urges({ i }: { i: Insights }) {
  const u = i.urges;
  return (
    <InsightSection
      id="insight-urges"
      heading={t('insights.urges.heading')}
      sentences={[sentenceText(u.sentence)]}
    >
      {u.days.length > 0 ? (
        <ChartFigure
          id="urges"
          label={t('insights.urges.chartLabel')}
          svg={<UrgeDaysSvg days={u.days} from={i.range.from} to={i.range.to} />}
          legend={
            <ul class="chart-legend small">
              <li>
                <LineSwatch className="chart-line" /> {t('insights.urges.legendHighest')}
              </li>
              <li>
                <svg class="legend-swatch" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
                  <circle class="chart-ring" cx="14" cy="7" r="5" fill="none" />
                </svg>{' '}
                {t('insights.urges.legendActed')}
              </li>
            </ul>
          }
          table={
            <table class="data-table">
              <caption id="urges-table">{t('insights.urges.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.urges.week')}</th>
                  <th scope="col">{t('insights.urges.highest')}</th>
                  <th scope="col">{t('insights.urges.logged')}</th>
                  <th scope="col">{t('insights.urges.ridden')}</th>
                  <th scope="col">{t('insights.urges.actedDays')}</th>
                </tr>
              </thead>
              <tbody>
                {u.weeks.map((w) => (
                  <tr key={w.start}>
                    <th scope="row">{formatFullDate(w.start)}</th>
                    <td>{num(w.highest)}</td>
                    <td>{w.logged}</td>
                    <td>{w.riddenOut}</td>
                    <td>{w.actedDays}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      ) : null}
    </InsightSection>
  );
}

function Triggers({ i }: { i: Insights }) {
  const tr = i.triggers;
  const top = tr.counts.slice(0, 8);
  return (
    <InsightSection
      id="insight-triggers"
      heading={t('insights.triggers.heading')}
      sentences={[
        sentenceText(tr.sentence),
        ...(tr.counts.length > 0 ? [sentenceText(tr.actedSentence)] : []),
      ]}
    >
      {top.length > 0 ? (
        <ChartFigure
          id="triggers"
          label={t('insights.triggers.chartLabel')}
          svg={
            <BarsSvg
              bars={top.map((c) => ({
                key: `${c.own}-${c.code}`,
                label: triggerText(c.code),
                value: c.count,
                part: c.beforeActing,
              }))}
            />
          }
          table={
            <table class="data-table">
              <caption id="triggers-table">{t('insights.triggers.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.triggers.trigger')}</th>
                  <th scope="col">{t('insights.triggers.count')}</th>
                  <th scope="col">{t('insights.triggers.beforeActing')}</th>
                </tr>
              </thead>
              <tbody>
                {tr.counts.map((c) => (
                  <tr key={`${c.own}-${c.code}`}>
                    <th scope="row">{triggerText(c.code)}</th>
                    <td>{c.count}</td>
                    <td>{c.beforeActing}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      ) : null}
    </InsightSection>
  );
}

function When({ i }: { i: Insights }) {
  const w = i.when;
  const any = w.weekdays.some((d) => d.urges > 0);
  return (
    <InsightSection
      id="insight-when"
      heading={t('insights.when.heading')}
      sentences={[sentenceText(w.sentence)]}
    >
      {any ? (
        <ChartFigure
          id="when"
          label={`${t('insights.when.partsLabel')} ${t('insights.when.weekdaysLabel')}`}
          svg={
            <div class="chart-pair">
              <BarsSvg
                labelWidth={90}
                bars={DAY_PARTS.map((p) => ({
                  key: p,
                  label: t(`insights.partShort.${p}`),
                  value: w.parts[p].urges,
                  part: w.parts[p].acted,
                }))}
              />
              <ColumnsSvg
                max={Math.max(1, ...w.weekdays.map((d) => d.urges))}
                columns={w.weekdays.map((d, n) => ({
                  key: String(n),
                  label: weekdayShort(n),
                  value: d.urges,
                }))}
              />
            </div>
          }
          table={
            <table class="data-table">
              <caption id="when-table">{t('insights.when.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.when.time')}</th>
                  <th scope="col">{t('insights.when.urges')}</th>
                  <th scope="col">{t('insights.when.acted')}</th>
                </tr>
              </thead>
              <tbody>
                {DAY_PARTS.map((p) => (
                  <tr key={p}>
                    <th scope="row">{t(`insights.part.${p}`)}</th>
                    <td>{w.parts[p].urges}</td>
                    <td>{w.parts[p].acted}</td>
                  </tr>
                ))}
                {w.weekdays.map((d, n) => (
                  <tr key={weekdayName(n)}>
                    <th scope="row">{weekdayName(n)}</th>
                    <td>{d.urges}</td>
                    <td>{d.acted}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      ) : null}
    </InsightSection>
  );
}

function HelpsSvg({ i }: { i: Insights }) {
  const tools = i.whatHelps.tools.filter((x) => x.rated > 0).slice(0, 8);
  const labelWidth = 118;
  const row = 26;
  const lows = tools.map((x) => x.expectedDrop - 1.96 * x.uncertainty);
  const highs = tools.map((x) => x.expectedDrop + 1.96 * x.uncertainty);
  const min = Math.min(0, Math.floor(Math.min(...lows)));
  const max = Math.max(1, Math.ceil(Math.max(...highs)));
  const width = W - labelWidth - 12;
  const x = (v: number) => labelWidth + ((v - min) / (max - min)) * width;
  const height = tools.length * row + 22;
  return (
    <Svg height={height}>
      <line class="chart-grid" x1={x(0)} x2={x(0)} y1={0} y2={height - 18} />
      <text class="chart-axis" x={x(0)} y={height - 4} text-anchor="middle">
        0
      </text>
      <text class="chart-axis" x={x(max)} y={height - 4} text-anchor="end">
        {max}
      </text>
      {tools.map((tool, n) => {
        const y = n * row + 13;
        const name = toolLabel(tool.tool);
        return (
          <g key={tool.tool}>
            <text class="chart-axis" x={labelWidth - 6} y={y + 4} text-anchor="end">
              {name.length > 18 ? `${name.slice(0, 17)}…` : name}
            </text>
            <line class="chart-range" x1={x(lows[n] ?? 0)} x2={x(highs[n] ?? 0)} y1={y} y2={y} />
            <circle class="chart-point" cx={x(tool.expectedDrop)} cy={y} r={5} />
          </g>
        );
      })}
    </Svg>
  );
}

function Helps({ i }: { i: Insights }) {
  const h = i.whatHelps;
  const s = i.skillsUrges;
  const round = (n: number) => Math.round(n * 10) / 10;
  return (
    <InsightSection
      id="insight-helps"
      heading={t('insights.helps.heading')}
      sentences={[sentenceText(h.sentence)]}
    >
      {h.tools.some((x) => x.rated > 0) ? (
        <ChartFigure
          id="helps"
          label={t('insights.helps.chartLabel')}
          svg={<HelpsSvg i={i} />}
          table={
            <table class="data-table">
              <caption id="helps-table">{t('insights.helps.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.helps.tool')}</th>
                  <th scope="col">{t('insights.helps.uses')}</th>
                  <th scope="col">{t('insights.helps.rated')}</th>
                  <th scope="col">{t('insights.helps.drop')}</th>
                  <th scope="col">{t('insights.helps.estimate')}</th>
                  <th scope="col">{t('insights.helps.sure')}</th>
                </tr>
              </thead>
              <tbody>
                {h.tools.map((x) => (
                  <tr key={x.tool}>
                    <th scope="row">{toolLabel(x.tool)}</th>
                    <td>{x.uses}</td>
                    <td>{x.rated}</td>
                    <td>{num(x.observedDrop)}</td>
                    <td>
                      {x.rated === 0
                        ? t('insights.blank')
                        : t('insights.helps.range', {
                            mid: round(x.expectedDrop),
                            low: round(x.expectedDrop - 1.96 * x.uncertainty),
                            high: round(x.expectedDrop + 1.96 * x.uncertainty),
                          })}
                    </td>
                    <td>{t(`insights.sureness.${x.sureness}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      ) : null}
      <h3>{t('insights.skills.heading')}</h3>
      <p class="insight-sentence">{sentenceText(s.sentence)}</p>
      {s.used.days + s.notUsed.days > 0 ? (
        <ChartFigure
          id="skills"
          label={t('insights.skills.chartLabel')}
          svg={
            <ColumnsSvg
              max={5}
              columns={s.levels.map((l) => ({
                key: String(l.skills),
                label: String(l.skills),
                value: l.averageUrge,
              }))}
            />
          }
          table={
            <table class="data-table">
              <caption id="skills-table">{t('insights.skills.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.skills.level')}</th>
                  <th scope="col">{t('insights.skills.days')}</th>
                  <th scope="col">{t('insights.skills.urge')}</th>
                </tr>
              </thead>
              <tbody>
                {s.levels.map((l) => (
                  <tr key={l.skills}>
                    <th scope="row">{l.skills}</th>
                    <td>{l.days}</td>
                    <td>{num(l.averageUrge)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      ) : null}
      <p class="small muted">{t('insights.notCause')}</p>
    </InsightSection>
  );
}

function CheckIns({ i }: { i: Insights }) {
  const series = [i.checkIns.phq9, i.checkIns.gad7];
  return (
    <InsightSection
      id="insight-check-ins"
      heading={t('insights.checkIns.heading')}
      sentences={series.map((s) => sentenceText(s.sentence))}
    >
      {series
        .filter((s) => s.points.length > 0)
        .map((s) => (
          <ChartFigure
            key={s.instrument}
            id={`scores-${s.instrument}`}
            label={t('insights.checkIns.chartLabel', {
              instrument: instrumentName(s.instrument),
              max: s.max,
            })}
            svg={
              <ScoresSvg
                instrument={s.instrument}
                points={s.points}
                from={i.range.from}
                to={i.range.to}
              />
            }
            table={
              <table class="data-table">
                <caption id={`scores-${s.instrument}-table`}>
                  {t('insights.checkIns.tableCaption', {
                    instrument: instrumentName(s.instrument),
                  })}
                </caption>
                <ScoreRows series={s} />
              </table>
            }
          />
        ))}
      <p class="small muted">{t('insights.checkIns.about')}</p>
    </InsightSection>
  );
}

function DiaryWeeks({ i }: { i: Insights }) {
  const d = i.diaryWeeks;
  const legend = {
    urge: t('insights.diary.legendUrge'),
    sadness: t('insights.diary.legendSadness'),
    skills: t('insights.diary.legendSkills'),
  };
  return (
    <InsightSection
      id="insight-diary"
      heading={t('insights.diary.heading')}
      sentences={[sentenceText(d.sentence)]}
    >
      {d.weeks.length > 0 ? (
        <ChartFigure
          id="diary"
          label={t('insights.diary.chartLabel')}
          svg={<DiaryWeeksSvg weeks={d.weeks} from={i.range.from} to={i.range.to} />}
          legend={
            <ul class="chart-legend small">
              {DIARY_LINES.map((l) => (
                <li key={l.key}>
                  <LineSwatch className={l.className} /> {legend[l.key]}
                </li>
              ))}
            </ul>
          }
          table={
            <table class="data-table">
              <caption id="diary-table">{t('insights.diary.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.urges.week')}</th>
                  <th scope="col">{t('insights.diary.cards')}</th>
                  {STANDARD_TARGETS.map((target) => (
                    <th scope="col" key={target}>
                      {targetLabel(target)}
                    </th>
                  ))}
                  {STANDARD_TARGETS.map((target) => (
                    <th scope="col" key={`acted-${target}`}>
                      {t(`journal.diary.row.${target}.acted`)}
                    </th>
                  ))}
                  {STANDARD_EMOTIONS.map((e) => (
                    <th scope="col" key={e}>
                      {cardEmotionLabel(e)}
                    </th>
                  ))}
                  <th scope="col">{t('journal.diary.row.skills')}</th>
                  <th scope="col">{t('insights.diary.skillsDays')}</th>
                </tr>
              </thead>
              <tbody>
                {d.weeks.map((w) => (
                  <tr key={w.start}>
                    <th scope="row">{formatFullDate(w.start)}</th>
                    <td>{w.cards}</td>
                    {STANDARD_TARGETS.map((target) => (
                      <td key={target}>{num(w.targetUrge[target] ?? null)}</td>
                    ))}
                    {STANDARD_TARGETS.map((target) => (
                      <td key={`acted-${target}`}>{w.targetActed[target] ?? 0}</td>
                    ))}
                    {STANDARD_EMOTIONS.map((e) => (
                      <td key={e}>{num(w.emotions[e] ?? null)}</td>
                    ))}
                    <td>{num(w.skills)}</td>
                    <td>{w.skillsDays}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      ) : null}
    </InsightSection>
  );
}

export default function InsightsScreen() {
  const [period, setPeriod] = useState<Period>('4w');
  const records = useAllRecords();
  const insights = useMemo(
    () =>
      computeInsights({
        today: today(),
        period,
        entries: records.entries.map((e) => e.value),
        cards: records.cards,
        checkIns: records.checkIns.map((c) => c.value),
        toolUses: records.toolUses.map((u) => u.value),
        offsetAt: deviceOffsetAt,
      }),
    [records, period],
  );
  return (
    <>
      <PageHeading>{t('insights.title')}</PageHeading>
      <p class="lead">{t('insights.intro')}</p>
      <PeriodPicker value={period} onChange={setPeriod} />
      <p class="small muted" id="insights-range">
        {t('insights.range', {
          from: formatFullDate(insights.range.from),
          to: formatFullDate(insights.range.to),
        })}
      </p>
      {insights.daysWithData === 0 ? (
        <p class="insight-note">{t('insights.empty')}</p>
      ) : insights.early ? (
        <p class="insight-note">{t('insights.early')}</p>
      ) : null}
      <Urges i={insights} />
      <Triggers i={insights} />
      <When i={insights} />
      <Helps i={insights} />
      <CheckIns i={insights} />
      <DiaryWeeks i={insights} />
      <p>
        <Link href={insightsPaths.report}>{t('insights.reportLink')}</Link>
      </p>
    </>
  );
}
