// The plan on one printed page: every step in order and the reasons for living, in two columns
// of small but readable type (print.css fits it to one A4 or Letter page).
import { displayNumber, type PlanSection, type SafetyPlan } from '@onward/core';
import { useCountry } from '../../country/use-country.ts';
import { directoryFor } from '../../crisis/directory.ts';
import { t } from '../../i18n.ts';
import { describeService } from './lines.ts';
import { NOTE_COPY, PLAN_SECTIONS, sectionHeading } from './sections.ts';
import { formatDay } from './share.ts';

export function itemsOf(plan: SafetyPlan, section: PlanSection): string[] {
  if (section.kind === 'notes') {
    return section.fields
      .filter((f) => plan[f].trim() !== '')
      .map((f) => `${t(NOTE_COPY[f].short)} ${plan[f]}`);
  }
  if (section.kind === 'services') return plan.professionals.map(describeService);
  if (section.kind === 'people') {
    return plan[section.field as 'people' | 'distractions'].map((p) =>
      [p.name, p.phone ? displayNumber(p.phone) : ''].filter(Boolean).join(': '),
    );
  }
  return plan[section.field as 'warningSigns' | 'coping' | 'safeEnvironment' | 'reasons'].map(
    (e) => e.text,
  );
}

export function useEmergencyNumber(): string | undefined {
  const directory = directoryFor(useCountry().choice);
  const main = directory?.emergency[0];
  return main ? displayNumber(main.number) : undefined;
}

/** Past this many lines the printed plan uses smaller type, so it still fits one page. */
const DENSE_AFTER = 28;

export function PrintSheet({ plan, savedAt }: { plan: SafetyPlan; savedAt: string }) {
  const emergency = useEmergencyNumber();
  const lines = PLAN_SECTIONS.reduce((n, s) => n + Math.max(1, itemsOf(plan, s).length), 0);
  return (
    <article
      class={lines > DENSE_AFTER ? 'print-sheet print-dense' : 'print-sheet'}
      aria-labelledby="print-sheet-title"
    >
      <header class="print-sheet-header">
        <h2 id="print-sheet-title">{t('plan.print.heading')}</h2>
        <p>{t('plan.print.savedOn', { date: formatDay(savedAt) })}</p>
        {emergency ? (
          <p class="print-emergency">{t('plan.print.emergency', { number: emergency })}</p>
        ) : null}
      </header>
      <div class="print-sections">
        {PLAN_SECTIONS.map((section) => {
          const items = itemsOf(plan, section);
          if (section.kind === 'notes' && items.length === 0) return null;
          const id = `print-${section.id}`;
          return (
            <section key={section.id} class="print-section" aria-labelledby={id}>
              <h3 id={id}>{sectionHeading(section)}</h3>
              {items.length === 0 ? (
                <p class="print-empty">{t('plan.nothingYet')}</p>
              ) : (
                <ul>
                  {items.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </article>
  );
}
