// GuideLink: how another screen points at the one guide that fits the moment, e.g.
//   <GuideLink id="relapse-is-not-failure" />   (after a relapse)
//   <GuideLink id="why-people-self-harm" />     (the log)
//   <GuideLink id="coping-and-alternatives" />  (the toolkit)
// Its words are a short message per guide ('learn.link.<id>'), so using it pulls no guide text
// into the calling screen's chunk; the guide itself loads when the person follows the link.
import type { GuideId, PlainMessageKey } from '@onward/content';
import { t } from '../../i18n.ts';
import { Link } from '../../router/router.tsx';
import { guidePath } from './paths.ts';
import './guide-link.css';

const linkText: Record<GuideId, PlainMessageKey> = {
  'what-is-self-harm': 'learn.link.what-is-self-harm',
  'why-people-self-harm': 'learn.link.why-people-self-harm',
  'relapse-is-not-failure': 'learn.link.relapse-is-not-failure',
  'coping-and-alternatives': 'learn.link.coping-and-alternatives',
  'treatments-explained': 'learn.link.treatments-explained',
  'for-friends-and-family': 'learn.link.for-friends-and-family',
  'getting-urgent-help': 'learn.link.getting-urgent-help',
};

export function GuideLink({ id }: { id: GuideId }) {
  return (
    <Link class="guide-link" href={guidePath(id)}>
      {t(linkText[id])}
    </Link>
  );
}
