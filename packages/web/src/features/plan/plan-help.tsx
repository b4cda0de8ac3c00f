// The plan on the help screens ("Get help now"): after the emergency number and crisis lines,
// the person's own people with call and text buttons; on the "struggling but safe" path also the
// things they said help and their reasons for living. Bundled with the help screens, so tiny:
// it reads the vault synchronously and renders nothing when there is no plan. While Onward is
// locked it shows the crisis copy instead, if the person opted in to that.
import { displayNumber, readPlan, smsHref, telHref } from '@onward/core';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import {
  type CrisisContact,
  type CrisisCopy,
  helpVault,
  useCrisisCopy,
  useRecord,
} from '../../vault/index.ts';
import { isCopyEmpty, toCrisisCopy } from './crisis-copy.ts';

function useHelpPlan(): CrisisCopy | undefined {
  const record = useRecord(helpVault, 'safety-plan', 'current');
  const locked = useCrisisCopy(true);
  const copy = record ? toCrisisCopy(readPlan(record.value.plan)) : locked;
  return copy && !isCopyEmpty(copy) ? copy : undefined;
}

function Contact({ contact, id }: { contact: CrisisContact; id: string }) {
  const phone = contact.phone ?? '';
  return (
    <article class="card line-card" aria-labelledby={id}>
      <h3 id={id}>{contact.name}</h3>
      <p class="small muted">
        {displayNumber(phone)}
        {contact.note ? ` · ${contact.note}` : ''}
      </p>
      <ul class="line-methods">
        <li>
          <a class="button button-primary" href={telHref(phone)}>
            {t('plan.call', { name: contact.name })}
          </a>
        </li>
        <li>
          <a class="button button-secondary" href={smsHref(phone)}>
            {t('plan.text', { name: contact.name })}
          </a>
        </li>
      </ul>
    </article>
  );
}

function People({ copy, prefix }: { copy: CrisisCopy; prefix: string }) {
  const contacts = [...copy.people, ...copy.professionals].filter((c) => c.phone);
  if (contacts.length === 0) return null;
  return (
    <section aria-labelledby={`${prefix}-people`}>
      <h2 id={`${prefix}-people`}>{t('plan.help.peopleHeading')}</h2>
      <p>{t('plan.help.peopleIntro')}</p>
      {contacts.map((c, i) => (
        <Contact key={`${c.name}${c.phone}`} contact={c} id={`${prefix}-person-${i}`} />
      ))}
    </section>
  );
}

function List({ id, heading, items }: { id: string; heading: string; items?: readonly string[] }) {
  if (!items || items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul class="tools">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/** "Get help now" → "I might act on it": my people, to call or text. */
export function PlanDangerPeople() {
  const copy = useHelpPlan();
  return copy ? <People copy={copy} prefix="plan-danger" /> : null;
}

/** "Get help now" → "I'm struggling but safe": what helps me, my people, my reasons. */
export function PlanSafeSection() {
  const copy = useHelpPlan();
  if (!copy) return null;
  return (
    <>
      <List
        id="plan-safe-coping"
        heading={t('plan.help.copingHeading')}
        items={copy.copingStrategies}
      />
      <People copy={copy} prefix="plan-safe" />
      <List id="plan-safe-reasons" heading={t('plan.help.reasonsHeading')} items={copy.reasons} />
      <ul class="link-list">
        <li>
          <Link href="/plan">{t('plan.help.planLink')}</Link>
        </li>
      </ul>
    </>
  );
}
