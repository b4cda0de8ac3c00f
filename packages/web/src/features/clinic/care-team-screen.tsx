// /care-team: the clinic that runs this copy of Onward — how to reach them (a real tel: link for
// each number), when they are open, where they are, the treatments and support groups they
// offer. Without a profile this is the ordinary "can't find that page" screen.
import type { ClinicProfile } from '@onward/core';
import { telHref } from '@onward/core';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { NewTabLink } from '../../crisis/new-tab-link.tsx';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { paths } from '../../router/routes.ts';
import { NotFoundScreen } from '../../screens/not-found.tsx';
import { PageHeading } from '../../screens/page-heading.tsx';
import { Card } from '../../ui/card.tsx';
import { GuideLink } from '../learn/guide-link.tsx';
import { showScreenTitle } from '../learn/screen-title.ts';
import { type ClinicState, useClinicState } from './use-clinic.ts';
import './care-team.css';

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="clinic-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * A call button. The number keeps ordinary spaces between its groups (unlike the crisis lines'
 * no-break spaces): a clinic's full international number is long, and at large text sizes on a
 * narrow phone it must be able to wrap between groups rather than push the page sideways.
 */
function CallLink({ number, primary }: { number: string; primary: boolean }) {
  return (
    <a class={`button ${primary ? 'button-primary' : 'button-secondary'}`} href={telHref(number)}>
      {t('clinic.call', { number })}
    </a>
  );
}

function Contact({ clinic }: { clinic: ClinicProfile }) {
  return (
    <Card class="clinic-contact" labelledBy="clinic-name">
      <h2 id="clinic-name">{clinic.name}</h2>
      <dl class="clinic-facts">
        <Fact label={t('clinic.phoneLabel')}>
          <CallLink number={clinic.phone} primary />
        </Fact>
        <Fact label={t('clinic.admissionsLabel')}>
          <CallLink number={clinic.admissionsLine} primary={false} />
          <p class="hint">{t('clinic.admissionsHint')}</p>
        </Fact>
        <Fact label={t('clinic.hoursLabel')}>
          <p>{clinic.hours}</p>
        </Fact>
        <Fact label={t('clinic.addressLabel')}>
          <address>
            {clinic.address.split('\n').map((line, i) => (
              <span key={i} class="address-line">
                {line}
              </span>
            ))}
          </address>
        </Fact>
        {clinic.email ? (
          <Fact label={t('clinic.emailLabel')}>
            <a href={`mailto:${clinic.email}`}>{clinic.email}</a>
          </Fact>
        ) : null}
        <Fact label={t('clinic.websiteLabel')}>
          {/* Opened only when the person chooses; the app itself never contacts the site. */}
          <NewTabLink href={clinic.website}>
            {t('clinic.websiteLink', { clinic: clinic.name })}
          </NewTabLink>
        </Fact>
      </dl>
    </Card>
  );
}

function CareTeam({ clinic, kept }: { clinic: ClinicProfile; kept: boolean }) {
  return (
    <>
      <PageHeading>{t('clinic.title')}</PageHeading>
      <p class="lead">{t('clinic.intro', { clinic: clinic.name })}</p>
      <Contact clinic={clinic} />
      <div class="notice">
        <p>{t('clinic.notCrisis')}</p>
        <p>
          <Link href={paths.help}>{t('clinic.helpLink')}</Link>
        </p>
      </div>
      {clinic.treatments.length > 0 ? (
        <section aria-labelledby="clinic-treatments">
          <h2 id="clinic-treatments">{t('clinic.treatmentsHeading')}</h2>
          {clinic.treatments.map((treatment, i) => (
            <article key={i} class="card clinic-item" aria-labelledby={`clinic-treatment-${i}`}>
              <h3 id={`clinic-treatment-${i}`}>{treatment.name}</h3>
              <p>{treatment.description}</p>
            </article>
          ))}
          <GuideLink id="treatments-explained" />
        </section>
      ) : null}
      {clinic.supportGroups.length > 0 ? (
        <section aria-labelledby="clinic-groups">
          <h2 id="clinic-groups">{t('clinic.groupsHeading')}</h2>
          {clinic.supportGroups.map((group, i) => (
            <article key={i} class="card clinic-item" aria-labelledby={`clinic-group-${i}`}>
              <h3 id={`clinic-group-${i}`}>{group.name}</h3>
              <dl class="clinic-facts">
                <Fact label={t('clinic.groupWhen')}>
                  <p>{group.when}</p>
                </Fact>
                <Fact label={t('clinic.groupJoin')}>
                  <p>{group.join}</p>
                </Fact>
              </dl>
            </article>
          ))}
        </section>
      ) : null}
      {kept ? <p class="muted small clinic-kept">{t('clinic.kept')}</p> : null}
    </>
  );
}

function pageTitle(state: ClinicState): string {
  if (state.status === 'present') return t('clinic.title');
  return state.status === 'none' ? t('notFound.title') : t('shell.loading');
}

export default function CareTeamScreen() {
  const state = useClinicState();
  // The answer may arrive after the shell set the title (a first visit straight to this page).
  useLayoutEffect(() => {
    showScreenTitle(pageTitle(state));
  }, [state]);
  if (state.status === 'none') return <NotFoundScreen />;
  if (state.status === 'unknown') return <PageHeading>{t('shell.loading')}</PageHeading>;
  return <CareTeam clinic={state.profile} kept={state.kept} />;
}
