// The guides as the Learn chunk sees them, in the app's language: imported here (and only from
// the lazy screens), so the guide text stays out of the shell's bundle. Loading this module also
// tells the route titles what each guide is called.
import { type Guide, guides as guidesEn, guidesEs } from '@onward/content';
import { language } from '../../i18n.ts';
import { rememberGuideTitles } from './guide-titles.ts';

export const guides: readonly Guide[] = language === 'es' ? guidesEs : guidesEn;

rememberGuideTitles(guides);

/** The guide with this id in the app's language, or undefined (an old bookmark, a typo). */
export function findGuide(id: string): Guide | undefined {
  return guides.find((g) => g.id === id);
}
