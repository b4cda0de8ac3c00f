// Crisis lines on the plan come from the reviewed directory by id, so the plan always shows a
// line's current numbers; the name and number saved with the plan are only a fallback.
import { crisisDirectory } from '@onward/content';
import { type CrisisLine, methodHref, type PlanService } from '@onward/core';
import { t } from '../../i18n.ts';

export function lineById(id: string | undefined): CrisisLine | undefined {
  if (!id) return undefined;
  for (const country of crisisDirectory) {
    const line = country.lines.find((l) => l.id === id);
    if (line) return line;
  }
  return undefined;
}

/** A plan entry for a directory line: its id, with its name and first number as a snapshot. */
export function serviceFromLine(line: CrisisLine, id: string): PlanService {
  const phoned =
    line.methods.find((m) => m.kind === 'call') ?? line.methods.find((m) => m.kind === 'text');
  return {
    id,
    kind: 'line',
    name: line.name,
    phone: phoned ? phoned.number : '',
    lineId: line.id,
  };
}

/** "Samaritans: Call 116 123" with the line's current numbers (for text export and print), in
 * plain spaces so the text pastes cleanly anywhere. */
export function describeService(service: PlanService): string {
  const line = service.kind === 'line' ? lineById(service.lineId) : undefined;
  if (!line) {
    return [service.name, service.phone, service.address].filter(Boolean).join(', ');
  }
  const ways = line.methods.flatMap((m) => {
    if (m.kind === 'call') return [t('line.call', { number: m.number })];
    if (m.kind === 'text') {
      const number = m.number;
      return [
        m.keyword
          ? t('line.textKeyword', { keyword: m.keyword, number })
          : t('line.text', { number }),
      ];
    }
    return [];
  });
  return ways.length > 0 ? `${line.name}: ${ways.join(', ')}` : line.name;
}

export { methodHref };
