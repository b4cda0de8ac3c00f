// First-aid guidance after self-harm, with the emergency number (and, where the directory has
// one, the medical advice line) of the person's chosen country. The guidance is reviewed data
// from @onward/content; the numbers come from the reviewed crisis directory, never from here.
import { type FirstAidSection, firstAidIn } from '@onward/content';
import type { CountryDirectory } from '@onward/core';
import {
  CallButton,
  EmergencyNumbers,
  FallbackEmergency,
  ShowingFor,
} from '../../crisis/emergency.tsx';
import { language } from '../../i18n.ts';

const firstAid = firstAidIn(language);

function Section({
  id,
  section,
  children,
}: {
  id: string;
  section: FirstAidSection;
  children?: preact.ComponentChildren;
}) {
  return (
    <section class="first-aid-section" aria-labelledby={id}>
      <h3 id={id}>{section.heading}</h3>
      <ul>
        {section.items.map((item) => (
          <li key={item} class="first-aid-item">
            {item}
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}

export function FirstAidGuide({ directory }: { directory: CountryDirectory | undefined }) {
  const advice = directory?.medicalAdvice;
  return (
    <div class="first-aid">
      <section class="card card-urgent" aria-labelledby="first-aid-emergency">
        <h3 id="first-aid-emergency">{firstAid.emergencyLead}</h3>
        {directory ? (
          <>
            <EmergencyNumbers numbers={directory.emergency} />
            <ShowingFor directory={directory} />
          </>
        ) : (
          <FallbackEmergency />
        )}
      </section>
      <h3 class="first-aid-heading">{firstAid.heading}</h3>
      <p>{firstAid.intro}</p>
      <Section id="first-aid-call" section={firstAid.callNow} />
      <Section id="first-aid-ed" section={firstAid.emergencyDepartment}>
        <p>{firstAid.goingIn}</p>
      </Section>
      <Section id="first-aid-advice" section={firstAid.adviceSoon}>
        <p>{firstAid.adviceWhere}</p>
        {advice ? (
          <div class="advice-line">
            <p>
              {firstAid.adviceLineLead} {advice.label}
            </p>
            <CallButton number={advice.number} class="button button-secondary" />
          </div>
        ) : null}
      </Section>
      <p class="muted">{firstAid.notSure}</p>
    </div>
  );
}
