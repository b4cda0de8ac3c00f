// The clinician report's sections as checkbox chips: which parts go into the printed report or a
// shared link. One component for the report screen and the share screen.
import { t } from '../../i18n.ts';
import { REPORT_SECTIONS, type ReportSection } from './report-doc.tsx';

export function SectionPicker({
  name,
  sections,
  onChange,
}: {
  /** The checkboxes' form name (unique per screen). */
  name: string;
  sections: ReadonlySet<ReportSection>;
  onChange: (next: ReadonlySet<ReportSection>) => void;
}) {
  const toggle = (s: ReportSection) => {
    const next = new Set(sections);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    onChange(next);
  };
  return (
    <fieldset class="report-sections">
      <legend>{t('report.sectionsLegend')}</legend>
      <ul class="chips">
        {REPORT_SECTIONS.map((s) => (
          <li key={s}>
            <label class="chip">
              <input
                type="checkbox"
                name={name}
                value={s}
                checked={sections.has(s)}
                onChange={() => toggle(s)}
              />
              <span>{t(`report.section.${s}`)}</span>
            </label>
          </li>
        ))}
      </ul>
      <p class="small muted">{t('report.privateHint')}</p>
    </fieldset>
  );
}
