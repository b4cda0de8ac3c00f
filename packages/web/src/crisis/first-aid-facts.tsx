// The first-aid facts, rendered the same way wherever they appear: the after-relapse flow, the
// diary card's safety check and the Learn guide "Getting urgent help". The facts come from the
// one reviewed source (@onward/content first-aid.ts, first-aid-es.ts in Spanish); the medical advice line comes from the
// crisis directory of the person's chosen country, never from here.
import { type FirstAidSection, firstAidIn } from '@onward/content';
import type { CountryDirectory } from '@onward/core';
import { language } from '../i18n.ts';
import { CallButton } from './emergency.tsx';
import './first-aid.css';

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

export function FirstAidFacts({ directory }: { directory: CountryDirectory | undefined }) {
  const advice = directory?.medicalAdvice;
  return (
    <div class="first-aid-facts">
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
