// Renders every feature's section for one place on the help screens, in feature order.
import type { HelpSlot as SlotName } from './feature.ts';
import { features } from './index.ts';

const bySlot = (name: SlotName) => features.flatMap((f) => (f.help?.[name] ? [f.help[name]] : []));

export function HelpSlot({ name }: { name: SlotName }) {
  return (
    <>
      {bySlot(name).map((Section, i) => (
        <Section key={i} />
      ))}
    </>
  );
}
