// Progress: the relapse-aware figures from the journal, on one private screen.
import type { Feature } from '../feature.ts';

export const progressFeature: Feature = {
  copy: ['progress', 'journal'],
  routes: [
    {
      id: 'progress',
      path: '/progress',
      title: 'progress.title',
      private: true,
      load: () => import('./progress-screen.tsx'),
    },
  ],
  nav: [{ href: '/progress', label: 'progress.nav', order: 40, icon: 'progress' }],
};
