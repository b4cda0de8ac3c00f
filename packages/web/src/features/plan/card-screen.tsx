// /plan/card: the plan as a wallet card. Four panels, each the size of a bank card
// (85.6 × 54 mm); printed, cut out and folded twice, it fits a wallet. The panels hold the most
// useful parts: when to use it, what helps, who to call, and why it matters.
import type { SafetyPlan } from '@onward/core';
import { planSection } from '@onward/core';
import { t } from '../../i18n.ts';
import { itemsOf, useEmergencyNumber } from './print-sheet.tsx';
import { PrintableScreen } from './printable-screen.tsx';
import { sectionHeading } from './sections.ts';
import './plan.css';
import './print.css';

function Part({ plan, id }: { plan: SafetyPlan; id: string }) {
  const section = planSection(id);
  if (!section) return null;
  const items = itemsOf(plan, section);
  if (items.length === 0) return null;
  return (
    <>
      <h3>{sectionHeading(section)}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}

function WalletCard({ plan }: { plan: SafetyPlan }) {
  const emergency = useEmergencyNumber();
  return (
    <div class="wallet-card">
      <section class="wallet-panel wallet-front" aria-labelledby="wallet-title">
        <h2 id="wallet-title">{t('plan.card.front')}</h2>
        <p>{t('plan.card.frontNote')}</p>
        {emergency ? (
          <p class="wallet-emergency">{t('plan.card.emergency', { number: emergency })}</p>
        ) : null}
        <Part plan={plan} id="reasons" />
      </section>
      <div class="wallet-panel">
        <Part plan={plan} id="warning-signs" />
        <Part plan={plan} id="coping" />
      </div>
      <div class="wallet-panel">
        <Part plan={plan} id="distractions" />
        <Part plan={plan} id="people" />
      </div>
      <div class="wallet-panel">
        <Part plan={plan} id="professionals" />
        <Part plan={plan} id="safe-environment" />
      </div>
    </div>
  );
}

export default function PlanCardScreen() {
  return (
    <PrintableScreen
      title="plan.card.title"
      hint="plan.card.intro"
      button="plan.card.button"
      render={(version) => <WalletCard plan={version.plan} />}
    />
  );
}
