// The plan, read: every section in Stanley-Brown order with the person's own words, people with
// call and text buttons, and (on the overview) an Edit link per section. Also used, without
// buttons, for an earlier version.
import {
  displayNumber,
  methodHref,
  type PlanPerson,
  type PlanSection,
  type PlanService,
  type SafetyPlan,
  smsHref,
  telHref,
} from '@onward/core';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { lineById } from './lines.ts';
import { NOTE_COPY, PLAN_SECTIONS, SECTION_COPY, sectionHeading } from './sections.ts';

export interface PlanViewOptions {
  /** Edit links and call/text buttons (the overview); off for an earlier version. */
  live: boolean;
  /** Heading level of each section (2 under the screen's h1, 3 under another h2). */
  level: 2 | 3;
}

function CallText({ name, phone }: { name: string; phone: string }) {
  return (
    <div class="plan-call-text">
      <a class="button button-primary" href={telHref(phone)}>
        {t('plan.call', { name })}
      </a>
      <a class="button button-secondary" href={smsHref(phone)}>
        {t('plan.text', { name })}
      </a>
    </div>
  );
}

function Person({ person, live }: { person: PlanPerson; live: boolean }) {
  const name = person.name || person.phone;
  return (
    <li class="plan-person">
      <span class="plan-person-name">{person.name}</span>
      {person.phone ? <span class="plan-person-phone">{displayNumber(person.phone)}</span> : null}
      {live && person.phone ? <CallText name={name} phone={person.phone} /> : null}
    </li>
  );
}

function Service({ service, live }: { service: PlanService; live: boolean }) {
  const line = service.kind === 'line' ? lineById(service.lineId) : undefined;
  if (line) {
    const ways = line.methods.filter((m) => m.kind !== 'chat');
    return (
      <li class="plan-person">
        <span class="plan-person-name">{line.name}</span>
        <span class="plan-person-phone">
          {ways
            .map((m) =>
              m.kind === 'text'
                ? m.keyword
                  ? t('line.textKeyword', { keyword: m.keyword, number: displayNumber(m.number) })
                  : t('line.text', { number: displayNumber(m.number) })
                : m.kind === 'call'
                  ? displayNumber(m.number)
                  : '',
            )
            .join(' · ')}
        </span>
        {live ? (
          <div class="plan-call-text">
            {ways.map((m) => (
              <a
                key={methodHref(m)}
                class={`button ${m.kind === 'call' ? 'button-primary' : 'button-secondary'}`}
                href={methodHref(m)}
              >
                {m.kind === 'call'
                  ? t('plan.call', { name: line.name })
                  : t('plan.text', { name: line.name })}
              </a>
            ))}
          </div>
        ) : null}
      </li>
    );
  }
  const name = service.name || service.phone;
  return (
    <li class="plan-person">
      <span class="plan-person-name">{service.name}</span>
      {service.address ? <span class="plan-person-phone">{service.address}</span> : null}
      {service.phone ? <span class="plan-person-phone">{displayNumber(service.phone)}</span> : null}
      {live && service.phone ? <CallText name={name} phone={service.phone} /> : null}
    </li>
  );
}

function SectionBody({
  plan,
  section,
  live,
}: {
  plan: SafetyPlan;
  section: PlanSection;
  live: boolean;
}) {
  if (section.kind === 'notes') {
    const answered = section.fields.filter((f) => plan[f].trim() !== '');
    if (answered.length === 0) return <p class="muted">{t('plan.nothingYet')}</p>;
    return (
      <dl class="plan-notes">
        {answered.map((f) => (
          <div key={f}>
            <dt>{t(NOTE_COPY[f].label)}</dt>
            <dd>{plan[f]}</dd>
          </div>
        ))}
      </dl>
    );
  }
  if (section.kind === 'services') {
    if (plan.professionals.length === 0) return <p class="muted">{t('plan.nothingYet')}</p>;
    return (
      <ul class="plan-people">
        {plan.professionals.map((s) => (
          <Service key={s.id} service={s} live={live} />
        ))}
      </ul>
    );
  }
  if (section.kind === 'people') {
    const people = plan[section.field as 'people' | 'distractions'];
    if (people.length === 0) return <p class="muted">{t('plan.nothingYet')}</p>;
    return (
      <ul class="plan-people">
        {people.map((p) => (
          <Person key={p.id} person={p} live={live} />
        ))}
      </ul>
    );
  }
  const entries = plan[section.field as 'warningSigns' | 'coping' | 'safeEnvironment' | 'reasons'];
  if (entries.length === 0) return <p class="muted">{t('plan.nothingYet')}</p>;
  return (
    <ul class="plan-items">
      {entries.map((e) => (
        <li key={e.id}>{e.text}</li>
      ))}
    </ul>
  );
}

export function PlanView({ plan, live, level }: { plan: SafetyPlan } & PlanViewOptions) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div class="plan-view">
      {PLAN_SECTIONS.map((section) => {
        const id = `plan-section-${section.id}${live ? '' : '-old'}`;
        return (
          <section key={section.id} class="card plan-section" aria-labelledby={id}>
            <Heading id={id}>{sectionHeading(section)}</Heading>
            <SectionBody plan={plan} section={section} live={live} />
            {live ? (
              <p class="plan-edit">
                <Link class="button button-secondary" href={`/plan/edit/${section.id}`}>
                  {t('plan.edit')}
                  <span class="visually-hidden"> {t(SECTION_COPY[section.id].title)}</span>
                </Link>
              </p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
