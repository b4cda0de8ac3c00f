// A tool's name for display: a guided tool's name, a library idea's title, or the person's own.
import { findAlternativeIn } from '@onward/content';
import { language, t } from '../../i18n.ts';
import type { OwnAlternative } from './records.ts';
import { isGuidedTool } from './tool-ids.ts';

export function toolName(id: string, own: ReadonlyMap<string, OwnAlternative>): string {
  if (isGuidedTool(id)) return t(`tools.name.${id}`);
  return (
    findAlternativeIn(language, id)?.title ?? own.get(id)?.title ?? t('tools.history.unknownTool')
  );
}
