// /report: the clinician report. The person picks the dates, the sections (chain analyses and
// notes are off unless chosen) and, if they like, a name; sees the report as it will print; and
// prints or saves it as a PDF in one step (the browser's print window). The same dates can be
// exported as CSV, JSON or FHIR. Nothing is sent anywhere: files are made on the device.
import { addDays, isLocalDate, type LocalDate } from '@onward/core';
import { exportCsv, exportFhir, exportJson } from '@onward/core/insights';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { useRecord, vault } from '../../vault/index.ts';
import { formatFullDate, today as localToday } from '../journal/dates.ts';
import { CURRENT, readVersion } from '../plan/plan-records.ts';
import { sharePaths } from '../share/paths.ts';
import { download } from './download.ts';
import { insightsPaths } from './paths.ts';
import { deviceOffsetAt, useAllRecords } from './records.ts';
import { DEFAULT_SECTIONS, ReportDoc, type ReportSection } from './report-doc.tsx';
import { SectionPicker } from './section-picker.tsx';
import '../journal/journal.css';
import './report.css';

/** The page header printed on every page (a CSS margin box reads it from this property). */
function usePrintHeader(text: string) {
  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--report-header', JSON.stringify(text));
    return () => root.style.removeProperty('--report-header');
  }, [text]);
}

export default function ReportScreen() {
  const now = localToday();
  const [from, setFrom] = useState<LocalDate>(addDays(now, -27));
  const [to, setTo] = useState<LocalDate>(now);
  const [name, setName] = useState('');
  const [sections, setSections] = useState<ReadonlySet<ReportSection>>(DEFAULT_SECTIONS);
  const [saved, setSaved] = useState('');
  const records = useAllRecords();
  const plan = readVersion(useRecord(vault, 'safety-plan', CURRENT)?.value)?.plan;
  const rangeOk = isLocalDate(from) && isLocalDate(to) && from <= to;
  const options = useMemo(
    () => ({ from, to, today: now, name, sections }),
    [from, to, now, name, sections],
  );
  const header = [
    t('report.docTitle'),
    name.trim() === '' ? '' : t('report.docFor', { name: name.trim() }),
    rangeOk ? t('report.docRange', { from: formatFullDate(from), to: formatFullDate(to) }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  usePrintHeader(header);

  const exportInput = () => ({
    from,
    to,
    entries: records.entries,
    cards: records.cards,
    checkIns: records.checkIns,
    toolUses: records.toolUses,
    offsetAt: deviceOffsetAt,
    notes: sections.has('notes'),
    exportedAt: new Date().toISOString(),
  });
  const save = (file: string, text: string, type: string) => {
    download(file, text, type);
    setSaved(t('report.exportDone', { file }));
  };
  const stem = `onward-${from}-to-${to}`;
  const csvFiles = exportCsv(exportInput());

  return (
    <>
      <div class="print-hide">
        <PageHeading>{t('report.title')}</PageHeading>
        <p class="lead">{t('report.intro')}</p>
        <form class="report-settings" onSubmit={(e) => e.preventDefault()}>
          <h2>{t('report.settingsHeading')}</h2>
          <div class="report-dates">
            <div class="field">
              <label for="report-from">{t('report.from')}</label>
              <input
                id="report-from"
                class="input"
                type="date"
                value={from}
                max={to}
                onInput={(e) => setFrom(e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label for="report-to">{t('report.to')}</label>
              <input
                id="report-to"
                class="input"
                type="date"
                value={to}
                min={from}
                onInput={(e) => setTo(e.currentTarget.value)}
              />
            </div>
          </div>
          {rangeOk ? null : (
            <p class="field-error" role="alert">
              {t('report.rangeProblem')}
            </p>
          )}
          <div class="field">
            <label for="report-name">{t('report.name')}</label>
            <input
              id="report-name"
              class="input"
              type="text"
              autoComplete="name"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </div>
          <SectionPicker name="section" sections={sections} onChange={setSections} />
          <div class="button-row">
            <button
              type="button"
              class="button button-primary"
              disabled={!rangeOk}
              onClick={() => window.print()}
            >
              {t('report.print')}
            </button>
          </div>
          <p class="small muted">{t('report.printHint')}</p>
        </form>

        <section aria-labelledby="report-export-heading" class="report-export">
          <h2 id="report-export-heading">{t('report.exportHeading')}</h2>
          <p>{t('report.exportIntro')}</p>
          <ul class="button-list">
            {csvFiles.map((f) => (
              <li key={f.name}>
                <button
                  type="button"
                  class="button button-secondary"
                  disabled={!rangeOk}
                  onClick={() => save(f.name, f.text, 'text/csv;charset=utf-8')}
                >
                  {t('report.csv', { file: f.name })}
                </button>
              </li>
            ))}
            <li>
              <button
                type="button"
                class="button button-secondary"
                disabled={!rangeOk}
                onClick={() => save(`${stem}.json`, exportJson(exportInput()), 'application/json')}
              >
                {t('report.json')}
              </button>
            </li>
            <li>
              <button
                type="button"
                class="button button-secondary"
                disabled={!rangeOk}
                onClick={() =>
                  save(
                    `${stem}.fhir.json`,
                    `${JSON.stringify(exportFhir(exportInput()), null, 2)}\n`,
                    'application/fhir+json',
                  )
                }
              >
                {t('report.fhir')}
              </button>
            </li>
          </ul>
          <p role="status" class="small">
            {saved}
          </p>
        </section>

        <h2 id="report-preview-heading">{t('report.previewHeading')}</h2>
      </div>
      {rangeOk ? <ReportDoc records={records} options={options} plan={plan} /> : null}
      <p class="print-hide">
        <Link href={insightsPaths.insights}>{t('report.insightsLink')}</Link>
        {' · '}
        <Link href={sharePaths.share}>{t('share.fromReport')}</Link>
      </p>
    </>
  );
}
