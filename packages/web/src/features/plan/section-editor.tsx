// The editor for one section of the plan, whichever kind it is. The guided first run shows one
// section per page; "Edit" on the overview opens one section on its own.
import type { PlanSection, PlanService, PlanServiceKind, SafetyPlan } from '@onward/core';
import { useCountry } from '../../country/use-country.ts';
import { directoryFor } from '../../crisis/directory.ts';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { lineById, serviceFromLine } from './lines.ts';
import { ContactsEditor, EntriesEditor } from './list-editor.tsx';
import type { PhoneErrors } from './phone-errors.ts';
import { newId } from './plan-records.ts';
import { NOTE_COPY, SECTION_COPY } from './sections.ts';

export interface EditorProps {
  section: PlanSection;
  plan: SafetyPlan;
  onChange: (plan: SafetyPlan) => void;
  errors: PhoneErrors;
}

/** The step's explanation and the questions that may help, above its editor. */
export function SectionIntro({ section }: { section: PlanSection }) {
  const copy = SECTION_COPY[section.id];
  return (
    <>
      <p class="lead">{t(copy.short)}</p>
      <p>{t(copy.about)}</p>
      {copy.prompts.length > 0 ? (
        <div class="card card-soft plan-prompts">
          <h2 class="plan-prompts-heading">{t('plan.promptsLabel')}</h2>
          <ul>
            {copy.prompts.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

function LinesPicker({ plan, onChange }: Omit<EditorProps, 'section' | 'errors'>) {
  const country = useCountry();
  const directory = directoryFor(country.choice);
  const onPlan = plan.professionals.filter((s) => s.kind === 'line');
  const has = (lineId: string) => onPlan.some((s) => s.lineId === lineId);
  const toggle = (lineId: string) => {
    const line = lineById(lineId);
    if (has(lineId)) {
      onChange({ ...plan, professionals: plan.professionals.filter((s) => s.lineId !== lineId) });
    } else if (line) {
      onChange({ ...plan, professionals: [...plan.professionals, serviceFromLine(line, newId())] });
    }
  };
  const elsewhere = onPlan.filter((s) => !directory?.lines.some((line) => line.id === s.lineId));
  return (
    <section aria-labelledby="plan-lines-heading">
      <h2 id="plan-lines-heading">{t('plan.lines.heading')}</h2>
      {directory ? (
        <>
          <p>
            {t('plan.lines.intro')} {t('plan.lines.forCountry', { country: directory.name })}
          </p>
          <ul class="plan-line-choices">
            {directory.lines.map((line) => (
              <li key={line.id} class="plan-line-item">
                <button
                  type="button"
                  class="plan-line-choice"
                  aria-pressed={has(line.id) ? 'true' : 'false'}
                  aria-describedby={`plan-line-${line.id}`}
                  onClick={() => toggle(line.id)}
                >
                  {line.name}
                </button>
                <span class="small muted" id={`plan-line-${line.id}`}>
                  {line.audience}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {t('plan.lines.noCountry')} <Link href="/settings">{t('plan.lines.chooseCountry')}</Link>
        </p>
      )}
      {elsewhere.length > 0 ? (
        <>
          <p>{t('plan.lines.otherCountry')}</p>
          <ul class="plan-rows">
            {elsewhere.map((s) => (
              <li key={s.id} class="plan-row plan-row-inline">
                <span>{lineById(s.lineId)?.name ?? s.name}</span>
                <button
                  type="button"
                  class="button button-quiet"
                  onClick={() =>
                    onChange({
                      ...plan,
                      professionals: plan.professionals.filter((x) => x.id !== s.id),
                    })
                  }
                >
                  {t('plan.lines.remove', { name: lineById(s.lineId)?.name ?? s.name })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Step 5 in three parts: my clinicians, crisis lines from the directory, urgent care. */
function ProfessionalsEditor({ plan, onChange, errors }: Omit<EditorProps, 'section'>) {
  const ofKind = (kind: PlanServiceKind) => plan.professionals.filter((s) => s.kind === kind);
  const setKind = (kind: PlanServiceKind, list: PlanService[]) => {
    const order: PlanServiceKind[] = ['clinician', 'line', 'urgent-care'];
    const professionals = order.flatMap((k) => (k === kind ? list : ofKind(k)));
    onChange({ ...plan, professionals });
  };
  return (
    <>
      <section aria-labelledby="plan-clinicians-heading">
        <h2 id="plan-clinicians-heading">{t('plan.clinicians.heading')}</h2>
        <ContactsEditor
          prefix="clinicians"
          items={ofKind('clinician')}
          onChange={(list) => setKind('clinician', list)}
          itemLabel={(n) => t('plan.clinicians.item', { n })}
          fields={{ name: t('plan.clinicians.name'), phone: t('plan.clinicians.phone') }}
          placeholder={t('plan.clinicians.placeholder')}
          errors={errors}
          make={({ name, phone }) => ({ id: newId(), kind: 'clinician', name, phone })}
          picker
        />
      </section>
      <LinesPicker plan={plan} onChange={onChange} />
      <section aria-labelledby="plan-urgent-heading">
        <h2 id="plan-urgent-heading">{t('plan.urgent.heading')}</h2>
        <ContactsEditor
          prefix="urgent"
          items={ofKind('urgent-care')}
          onChange={(list) => setKind('urgent-care', list)}
          itemLabel={(n) => t('plan.urgent.item', { n })}
          fields={{
            name: t('plan.urgent.name'),
            phone: t('plan.urgent.phone'),
            address: t('plan.urgent.address'),
          }}
          placeholder={t('plan.urgent.placeholder')}
          errors={errors}
          make={({ name, phone }) => ({ id: newId(), kind: 'urgent-care', name, phone })}
        />
      </section>
    </>
  );
}

function NotesEditor({ plan, onChange }: Omit<EditorProps, 'section' | 'errors'>) {
  return (
    <div class="plan-editor">
      {(['likelihood', 'obstacles', 'copyKeptAt'] as const).map((field) => {
        const copy = NOTE_COPY[field];
        const id = `plan-note-${field}`;
        return (
          <div class="field" key={field}>
            <label for={id}>{t(copy.label)}</label>
            <p class="hint" id={`${id}-hint`}>
              {t(copy.hint)}
            </p>
            <textarea
              id={id}
              class="input"
              rows={3}
              value={plan[field]}
              aria-describedby={`${id}-hint`}
              onInput={(e) =>
                onChange({ ...plan, [field]: (e.currentTarget as HTMLTextAreaElement).value })
              }
            />
          </div>
        );
      })}
    </div>
  );
}

export function SectionEditor({ section, plan, onChange, errors }: EditorProps) {
  const copy = SECTION_COPY[section.id];
  if (section.kind === 'notes') return <NotesEditor plan={plan} onChange={onChange} />;
  if (section.kind === 'services') {
    return <ProfessionalsEditor plan={plan} onChange={onChange} errors={errors} />;
  }
  const itemKey = copy.item;
  const itemLabel = (n: number) => (itemKey ? t(itemKey, { n }) : String(n));
  const placeholder = copy.placeholder ? t(copy.placeholder) : '';
  if (section.kind === 'people') {
    const field = section.field as 'people' | 'distractions';
    return (
      <ContactsEditor
        prefix={section.id}
        items={plan[field]}
        onChange={(list) => onChange({ ...plan, [field]: list })}
        itemLabel={itemLabel}
        fields={{
          name: copy.name ? t(copy.name) : '',
          phone: copy.phone ? t(copy.phone) : '',
        }}
        placeholder={placeholder}
        errors={errors}
        make={({ name, phone }) => ({ id: newId(), name, phone })}
        picker
      />
    );
  }
  const field = section.field as 'warningSigns' | 'coping' | 'safeEnvironment' | 'reasons';
  return (
    <EntriesEditor
      prefix={section.id}
      items={plan[field]}
      onChange={(list) => onChange({ ...plan, [field]: list })}
      itemLabel={itemLabel}
      placeholder={placeholder}
    />
  );
}

/** A section to edit starts with one empty row, so there is somewhere to type. */
export function withStarterRow(plan: SafetyPlan, section: PlanSection): SafetyPlan {
  if (section.kind === 'entries') {
    const field = section.field as 'warningSigns' | 'coping' | 'safeEnvironment' | 'reasons';
    if (plan[field].length === 0) return { ...plan, [field]: [{ id: newId(), text: '' }] };
  }
  if (section.kind === 'people') {
    const field = section.field as 'people' | 'distractions';
    if (plan[field].length === 0)
      return { ...plan, [field]: [{ id: newId(), name: '', phone: '' }] };
  }
  if (section.kind === 'services') {
    const has = (kind: PlanServiceKind) => plan.professionals.some((s) => s.kind === kind);
    const clinician: PlanService[] = has('clinician')
      ? []
      : [{ id: newId(), kind: 'clinician', name: '', phone: '' }];
    const urgent: PlanService[] = has('urgent-care')
      ? []
      : [{ id: newId(), kind: 'urgent-care', name: '', phone: '' }];
    return { ...plan, professionals: [...clinician, ...plan.professionals, ...urgent] };
  }
  return plan;
}
