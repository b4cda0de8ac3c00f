// An insight's sentence (a message key and values from @onward/core) as text. Values that are
// codes (a trigger, a tool, a part of the day, a weekday, an instrument, a band) become their
// labels here; the person's own words are shown as they wrote them.
import { findAlternative, type MessageKey } from '@onward/content';
import { isTriggerCode, type SymptomBand } from '@onward/core';
import type { DayPart, Sentence } from '@onward/core/insights';
import { language, t } from '../../i18n.ts';
import { vault } from '../../vault/index.ts';
import { bandLabel, HELPED_OPTIONS, helpedLabel, triggerLabel } from '../journal/labels.ts';

const weekdayFormat = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });

/** Monday = 0 … Sunday = 6 as a weekday name (2024-01-01 was a Monday). */
export const weekdayName = (i: number): string =>
  weekdayFormat.format(new Date(Date.UTC(2024, 0, 1 + i, 12)));

const shortWeekday = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' });
export const weekdayShort = (i: number): string =>
  shortWeekday.format(new Date(Date.UTC(2024, 0, 1 + i, 12)));

export const partLabel = (p: DayPart): string => t(`insights.part.${p}`);
export const instrumentName = (i: string): string =>
  i === 'gad7' ? t('insights.instrument.gad7') : t('insights.instrument.phq9');
/** A tool id as its name: ours, a library idea's title, or the person's own idea's title. */
export function toolLabel(id: string): string {
  if ((HELPED_OPTIONS as readonly string[]).includes(id)) return helpedLabel(id);
  const own = vault.get('tool-own-alternative', id)?.value.title;
  return findAlternative(id)?.title ?? own ?? t('insights.unknownTool');
}
export const triggerText = (code: string): string =>
  isTriggerCode(code) ? triggerLabel(code) : code;

export function sentenceText(s: Sentence): string {
  const p: Record<string, string | number> = { ...s.params };
  if (typeof p.trigger === 'string') p.trigger = triggerText(p.trigger);
  if (typeof p.tool === 'string') p.tool = toolLabel(p.tool);
  if (typeof p.part === 'string') p.part = partLabel(p.part as DayPart);
  if (typeof p.weekday === 'number') p.weekday = weekdayName(p.weekday);
  if (typeof p.instrument === 'string') p.instrument = instrumentName(p.instrument);
  if (typeof p.band === 'string') p.band = bandLabel(p.band as SymptomBand);
  // Keys come from core's insights, checked against the catalogue by sentence.test.ts.
  return (t as (key: MessageKey, params?: Record<string, string | number>) => string)(
    s.key as MessageKey,
    p,
  );
}
