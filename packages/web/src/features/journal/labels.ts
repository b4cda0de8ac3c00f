// Display labels for the stable codes stored in records. The keys are built from the codes, and
// the compiler checks that every code has its message in @onward/content.
import type {
  LinkKind,
  LogEmotion,
  StandardEmotion,
  SymptomBand,
  TriggerCode,
  TriggerGroup,
  VulnerabilityFactor,
} from '@onward/core';
import { t } from '../../i18n.ts';
import { GUIDED_TOOLS } from '../tools/tool-ids.ts';

/** What can be ticked under "What helped": the toolkit's tools (by their ids), then a few more. */
export const HELPED_OPTIONS = [...GUIDED_TOOLS, 'safety-plan', 'talking', 'distraction'] as const;
export type HelpedOption = (typeof HELPED_OPTIONS)[number];

export const emotionLabel = (code: LogEmotion): string => t(`journal.emotion.${code}`);
export const triggerLabel = (code: TriggerCode): string => t(`journal.trigger.${code}`);
export const triggerGroupLabel = (group: TriggerGroup): string =>
  t(`journal.triggerGroup.${group}`);
export const bandLabel = (band: SymptomBand): string => t(`journal.band.${band}`);
export const factorLabel = (f: VulnerabilityFactor): string => t(`journal.chain.factor.${f}`);
export const linkKindLabel = (k: LinkKind): string => t(`journal.chain.linkKind.${k}`);
export const cardEmotionLabel = (e: StandardEmotion): string => t(`journal.diary.row.emotion.${e}`);

/** A tool id that helped: our label when we know it, else the id itself (e.g. an own idea). */
export function helpedLabel(id: string): string {
  return (HELPED_OPTIONS as readonly string[]).includes(id)
    ? t(`journal.helped.${id as HelpedOption}`)
    : id;
}
