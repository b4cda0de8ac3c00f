// The report itself, as printed: a header (title, optional name, date range, when it was made),
// then the sections the person chose. Plain tables and lists; print.css keeps every row, table
// head and plan section whole on a page.
import {
  addDays,
  computeProgress,
  diaryWeek,
  type LocalDate,
  type Progress,
  readChainAnalysis,
  type SafetyPlan,
  startOfWeek,
} from '@onward/core';
import { computeInsights, type Insights } from '@onward/core/insights';
import { t } from '../../i18n.ts';
import { vault } from '../../vault/index.ts';
import { formatFullDate } from '../journal/dates.ts';
import { DiaryGrid } from '../journal/diary-grid.tsx';
import { linkKindLabel } from '../journal/labels.ts';
import { getSettings } from '../journal/records.ts';
import { itemsOf } from '../plan/print-sheet.tsx';
import { PLAN_SECTIONS, sectionHeading } from '../plan/sections.ts';
import { num } from './chart-frame.tsx';
import { type AllRecords, deviceOffsetAt } from './records.ts';
import { ScoreRows } from './score-rows.tsx';
import { instrumentName, toolLabel, triggerText } from './sentence.ts';

export const REPORT_SECTIONS = [
  'progress',
  'weeks',
  'triggers',
  'helped',
  'diary',
  'checkIns',
  'plan',
  'chains',
  'notes',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** On unless the person turns them off; chain analyses and notes are private writing: off. */
export const DEFAULT_SECTIONS: ReadonlySet<ReportSection> = new Set(
  REPORT_SECTIONS.filter((s) => s !== 'chains' && s !== 'notes'),
);

export interface ReportOptions {
  from: LocalDate;
  to: LocalDate;
  today: LocalDate;
  name: string;
  sections: ReadonlySet<ReportSection>;
}

function reportInsights(records: AllRecords, o: ReportOptions): Insights {
  return computeInsights({
    today: o.to,
    period: { from: o.from },
    entries: records.entries.map((e) => e.value),
    cards: records.cards,
    checkIns: records.checkIns.map((c) => c.value),
    toolUses: records.toolUses.map((u) => u.value),
    offsetAt: deviceOffsetAt,
  });
}

function reportProgress(records: AllRecords, o: ReportOptions): Progress {
  // Figures as they stood at the end of the range (the day after it, so its last day counts).
  const dayAfter = addDays(o.to, 1);
  let asOf = o.today;
  if (dayAfter < o.today) asOf = dayAfter;
  return computeProgress({
    today: asOf,
    entries: records.entries.map((e) => e.value).filter((e) => e.day < asOf),
    cards: records.cards.filter((c) => c.day < asOf),
    weeks: 1,
  });
}

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: preact.ComponentChildren;
}) {
  return (
    <section class="report-section" aria-labelledby={`report-${id}`}>
      <h2 id={`report-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

const None = () => <p class="report-none">{t('report.none')}</p>;

export function ReportDoc({
  records,
  options: o,
  plan,
}: {
  records: AllRecords;
  options: ReportOptions;
  plan: SafetyPlan | undefined;
}) {
  const i = reportInsights(records, o);
  const on = (s: ReportSection) => o.sections.has(s);
  const settings = getSettings();
  return (
    <article class="report-doc" aria-labelledby="report-doc-title">
      <header class="report-header">
        <h2 id="report-doc-title" class="report-title">
          {t('report.docTitle')}
        </h2>
        {o.name.trim() !== '' ? (
          <p class="report-for">{t('report.docFor', { name: o.name.trim() })}</p>
        ) : null}
        <p class="report-range">
          {t('report.docRange', { from: formatFullDate(o.from), to: formatFullDate(o.to) })}
        </p>
        <p class="report-made small">{t('report.docMade', { date: formatFullDate(o.today) })}</p>
      </header>

      {on('progress') ? <ProgressSection p={reportProgress(records, o)} i={i} /> : null}

      {on('weeks') ? (
        <Section id="weeks" title={t('report.section.weeks')}>
          {i.urges.weeks.length === 0 ? (
            <None />
          ) : (
            <table class="data-table report-table">
              <thead>
                <tr>
                  <th scope="col">{t('report.weeks.week')}</th>
                  <th scope="col">{t('report.weeks.logged')}</th>
                  <th scope="col">{t('report.weeks.ridden')}</th>
                  <th scope="col">{t('report.weeks.acted')}</th>
                  <th scope="col">{t('report.weeks.highest')}</th>
                </tr>
              </thead>
              <tbody>
                {i.urges.weeks.map((w) => (
                  <tr key={w.start}>
                    <th scope="row">{formatFullDate(w.start)}</th>
                    <td>{w.logged}</td>
                    <td>{w.riddenOut}</td>
                    <td>{w.actedDays}</td>
                    <td>{num(w.highest)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>
      ) : null}

      {on('triggers') ? (
        <Section id="triggers" title={t('report.section.triggers')}>
          {i.triggers.counts.length === 0 ? (
            <None />
          ) : (
            <table class="data-table report-table">
              <thead>
                <tr>
                  <th scope="col">{t('insights.triggers.trigger')}</th>
                  <th scope="col">{t('insights.triggers.count')}</th>
                  <th scope="col">{t('insights.triggers.beforeActing')}</th>
                </tr>
              </thead>
              <tbody>
                {i.triggers.counts.slice(0, 10).map((c) => (
                  <tr key={`${c.own}-${c.code}`}>
                    <th scope="row">{triggerText(c.code)}</th>
                    <td>{c.count}</td>
                    <td>{c.beforeActing}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>
      ) : null}

      {on('helped') ? (
        <Section id="helped" title={t('report.section.helped')}>
          {i.whatHelps.tools.length === 0 ? (
            <None />
          ) : (
            <table class="data-table report-table">
              <thead>
                <tr>
                  <th scope="col">{t('insights.helps.tool')}</th>
                  <th scope="col">{t('insights.helps.uses')}</th>
                  <th scope="col">{t('insights.helps.rated')}</th>
                  <th scope="col">{t('insights.helps.drop')}</th>
                  <th scope="col">{t('insights.helps.sure')}</th>
                </tr>
              </thead>
              <tbody>
                {i.whatHelps.tools.map((x) => (
                  <tr key={x.tool}>
                    <th scope="row">{toolLabel(x.tool)}</th>
                    <td>{x.uses}</td>
                    <td>{x.rated}</td>
                    <td>{num(x.observedDrop)}</td>
                    <td>{t(`insights.sureness.${x.sureness}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Section>
      ) : null}

      {on('diary') ? (
        <Section id="diary" title={t('report.section.diary')}>
          {i.diaryWeeks.weeks.length === 0 ? (
            <None />
          ) : (
            i.diaryWeeks.weeks.map((w) => {
              const week = diaryWeek(records.cards, startOfWeek(w.start), {
                targets: settings.customTargets,
                emotions: settings.customEmotions,
              });
              const rows = on('notes') ? week.rows : week.rows.filter((r) => r.kind !== 'note');
              return (
                <div class="report-week" key={w.start}>
                  <h3>{t('report.diary.week', { date: formatFullDate(w.start) })}</h3>
                  <DiaryGrid
                    week={{ ...week, rows }}
                    captionId={`report-week-${w.start}`}
                    today={o.today}
                  />
                </div>
              );
            })
          )}
        </Section>
      ) : null}

      {on('checkIns') ? (
        <Section id="check-ins" title={t('report.section.checkIns')}>
          {[i.checkIns.phq9, i.checkIns.gad7].map((s) => (
            <div class="report-block" key={s.instrument}>
              <h3>{instrumentName(s.instrument)}</h3>
              {s.points.length === 0 ? (
                <None />
              ) : (
                <table class="data-table report-table">
                  <ScoreRows series={s} />
                </table>
              )}
            </div>
          ))}
          <p class="small">{t('insights.checkIns.about')}</p>
        </Section>
      ) : null}

      {on('plan') ? (
        <Section id="plan" title={t('report.section.plan')}>
          {plan === undefined ? (
            <p class="report-none">{t('report.plan.empty')}</p>
          ) : (
            PLAN_SECTIONS.map((section) => {
              const items = itemsOf(plan, section);
              if (section.kind === 'notes' && items.length === 0) return null;
              return (
                <div class="report-block" key={section.id}>
                  <h3>{sectionHeading(section)}</h3>
                  {items.length === 0 ? (
                    <p class="report-none">{t('plan.nothingYet')}</p>
                  ) : (
                    <ul>
                      {items.map((item, n) => (
                        <li key={n}>{item}</li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })
          )}
        </Section>
      ) : null}

      {on('chains') ? <ChainsSection o={o} /> : null}
      {on('notes') ? <NotesSection records={records} o={o} /> : null}
    </article>
  );
}

function ProgressSection({ p, i }: { p: Progress; i: Insights }) {
  const rows: [string, string][] = [
    [t('report.progress.ridden'), String(i.urges.totals.riddenOut)],
    [t('report.weeks.acted'), String(i.urges.totals.actedDays)],
    [t('report.progress.totalFree'), String(p.freeDaysTotal)],
    [t('report.progress.longest'), String(p.longestStretch)],
    [t('report.progress.skills'), String(p.skillsPractised)],
  ];
  return (
    <Section id="progress" title={t('report.section.progress')}>
      <table class="data-table report-table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function ChainsSection({ o }: { o: ReportOptions }) {
  const chains = vault
    .list('journal-chain')
    .flatMap((r) => {
      const c = readChainAnalysis(r.value);
      return c && c.day >= o.from && c.day <= o.to ? [c] : [];
    })
    .sort((a, b) => (a.day < b.day ? -1 : 1));
  return (
    <Section id="chains" title={t('report.section.chains')}>
      {chains.length === 0 ? (
        <p class="report-none">{t('report.chains.none')}</p>
      ) : (
        chains.map((c, n) => (
          <div class="report-block" key={`${c.day}-${n}`}>
            <h3>{formatFullDate(c.day)}</h3>
            <dl class="report-dl">
              <dt>{t('report.chains.behaviour')}</dt>
              <dd>{c.behaviour || t('insights.blank')}</dd>
              <dt>{t('report.chains.event')}</dt>
              <dd>{c.promptingEvent || t('insights.blank')}</dd>
              {c.links.map((l) => (
                <>
                  <dt key={`${l.id}-k`}>{linkKindLabel(l.kind)}</dt>
                  <dd key={`${l.id}-v`}>
                    {l.text}
                    {l.skill ? ` → ${l.skill}` : ''}
                  </dd>
                </>
              ))}
            </dl>
          </div>
        ))
      )}
    </Section>
  );
}

function NotesSection({ records, o }: { records: AllRecords; o: ReportOptions }) {
  const inRange = (day: LocalDate) => day >= o.from && day <= o.to;
  const notes = [
    ...records.entries
      .filter((e) => inRange(e.value.day) && e.value.note.trim() !== '')
      .map((e) => ({
        day: e.value.day,
        at: e.value.at,
        kind: t('report.notes.log'),
        text: e.value.note,
      })),
    ...records.cards
      .filter((c) => inRange(c.day) && c.note.trim() !== '')
      .map((c) => ({
        day: c.day,
        at: `${c.day}T12:00:00.000Z`,
        kind: t('report.notes.diary'),
        text: c.note,
      })),
  ].sort((a, b) => (a.at < b.at ? -1 : 1));
  return (
    <Section id="notes" title={t('report.section.notes')}>
      {notes.length === 0 ? (
        <p class="report-none">{t('report.notes.none')}</p>
      ) : (
        <ul class="report-notes">
          {notes.map((n, k) => (
            <li key={k}>
              <strong>
                {formatFullDate(n.day)} · {n.kind}:
              </strong>{' '}
              {n.text}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
