// The document title of a guide's page. The guides are in the Learn chunk, not in the shell, so
// the titles become known when that chunk loads; until then (the very first guide opened) the
// title is "Learn" and the guide screen sets its own title as it renders.
import { t } from '../../i18n.ts';
import type { RouteParams } from '../../router/match.ts';

const titles = new Map<string, string>();

export function rememberGuideTitles(guides: readonly { id: string; title: string }[]): void {
  for (const guide of guides) titles.set(guide.id, guide.title);
}

export function guideTitle(params: RouteParams): string {
  const id = params.id ?? '';
  const known = titles.get(id);
  if (known !== undefined) return known;
  return titles.size > 0 ? t('notFound.title') : t('learn.title');
}
