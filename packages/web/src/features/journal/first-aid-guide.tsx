// First-aid guidance after self-harm, with the emergency number of the person's chosen country
// first. The facts are the shared FirstAidFacts (one source, also used by the Learn guide); the
// numbers come from the reviewed crisis directory, never from here.
import { firstAidIn } from '@onward/content';
import type { CountryDirectory } from '@onward/core';
import { EmergencyNumbers, FallbackEmergency, ShowingFor } from '../../crisis/emergency.tsx';
import { FirstAidFacts } from '../../crisis/first-aid-facts.tsx';
import { language } from '../../i18n.ts';
import { Card } from '../../ui/card.tsx';

const firstAid = firstAidIn(language);

export function FirstAidGuide({ directory }: { directory: CountryDirectory | undefined }) {
  return (
    <div class="first-aid">
      <Card tone="urgent" labelledBy="first-aid-emergency">
        <h3 id="first-aid-emergency">{firstAid.emergencyLead}</h3>
        {directory ? <EmergencyNumbers numbers={directory.emergency} /> : <FallbackEmergency />}
        <ShowingFor directory={directory} />
      </Card>
      <h3 class="first-aid-heading">{firstAid.heading}</h3>
      <p>{firstAid.intro}</p>
      <FirstAidFacts directory={directory} />
    </div>
  );
}
