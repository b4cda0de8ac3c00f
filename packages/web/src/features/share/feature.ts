// Share links (docs/share-links.md): the person makes an encrypted, expiring, revocable link to
// their report or safety plan for their care team, and manages the links they made. Private
// (behind the app lock) and lazy; the viewer the link opens is a separate page (share.html).
import type { Feature } from '../feature.ts';
import { sharePaths } from './paths.ts';

export const shareFeature: Feature = {
  // The share screen builds the clinician report and the safety plan it shares.
  copy: ['share', 'report', 'insights', 'journal', 'plan'],
  routes: [
    {
      id: 'share',
      path: sharePaths.share,
      title: 'share.title',
      private: true,
      load: () => import('./share-screen.tsx'),
    },
  ],
  nav: [{ href: sharePaths.share, label: 'share.nav', order: 46, icon: 'care' }],
};
