// /plan/print: the plan laid out for one printed page, with a button that opens the browser's
// print window (where "Save as PDF" keeps a copy as a file). Nothing is generated or sent.

import { PrintSheet } from './print-sheet.tsx';
import { PrintableScreen } from './printable-screen.tsx';
import './plan.css';
import './print.css';

export default function PlanPrintScreen() {
  return (
    <PrintableScreen
      title="plan.print.title"
      hint="plan.print.hint"
      button="plan.print.button"
      render={(version) => <PrintSheet plan={version.plan} savedAt={version.savedAt} />}
    />
  );
}
