// Sets the document title from inside a lazy screen, for the case the shell cannot cover: the
// screen learns its title only after its chunk (or the server's answer) arrives. Discreet mode
// wins: then the title stays the neutral name the privacy feature set.
import { t } from '../../i18n.ts';
import { isDiscreet } from '../privacy/discreet.ts';

export function showScreenTitle(page: string): void {
  if (isDiscreet()) return;
  document.title = t('meta.pageTitle', { page, app: t('app.name') });
}
