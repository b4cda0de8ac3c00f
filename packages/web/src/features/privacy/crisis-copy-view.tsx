// The person's own crisis copy (from their safety plan, if they chose to show it while locked):
// coping strategies, people and services with call and text buttons, reasons.
import { smsHref, telHref } from '@onward/core';
import { t } from '../../i18n.ts';
import type { CrisisContact, CrisisCopy } from '../../vault/types.ts';

function Contacts({ contacts, prefix }: { contacts: readonly CrisisContact[]; prefix: string }) {
  return (
    <ul class="privacy-contacts">
      {contacts.map((c, i) => (
        <li key={`${prefix}-${i}`}>
          <p class="privacy-contact-name">{c.name}</p>
          {c.note ? <p class="small muted">{c.note}</p> : null}
          {c.phone ? (
            <p class="button-row">
              <a class="button button-primary" href={telHref(c.phone)}>
                {t('privacy.lock.call', { name: c.name })}
              </a>
              <a class="button button-secondary" href={smsHref(c.phone)}>
                {t('privacy.lock.text', { name: c.name })}
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function CrisisCopyView({ copy }: { copy: CrisisCopy }) {
  const empty =
    copy.copingStrategies.length === 0 &&
    copy.people.length === 0 &&
    copy.professionals.length === 0 &&
    !copy.reasons?.length;
  if (empty) return null;
  return (
    <section class="card" aria-labelledby="crisis-copy-heading">
      <h2 id="crisis-copy-heading">{t('privacy.lock.copyHeading')}</h2>
      {copy.copingStrategies.length > 0 ? (
        <>
          <h3>{t('privacy.lock.copyCoping')}</h3>
          <ul>
            {copy.copingStrategies.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </>
      ) : null}
      {copy.people.length > 0 ? (
        <>
          <h3>{t('privacy.lock.copyPeople')}</h3>
          <Contacts contacts={copy.people} prefix="p" />
        </>
      ) : null}
      {copy.professionals.length > 0 ? (
        <>
          <h3>{t('privacy.lock.copyProfessionals')}</h3>
          <Contacts contacts={copy.professionals} prefix="s" />
        </>
      ) : null}
      {copy.reasons?.length ? (
        <>
          <h3>{t('privacy.lock.copyReasons')}</h3>
          <ul>
            {copy.reasons.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
