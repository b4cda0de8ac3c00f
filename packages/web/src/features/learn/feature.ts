// Learn: short guides in plain words. The guides and their screens are one lazy chunk (the
// service worker precaches it, so a guide opens offline after one online visit); only the
// paths, the titles map and GuideLink are in the shell.
import type { Feature } from '../feature.ts';
import { guideTitle } from './guide-titles.ts';
import { guidePattern, learnPath } from './paths.ts';

export const learnFeature: Feature = {
  copy: ['learn', 'clinic'],
  routes: [
    {
      id: 'learn',
      path: learnPath,
      title: 'learn.title',
      load: () => import('./learn-screen.tsx'),
    },
    {
      id: 'learn-guide',
      path: guidePattern,
      title: guideTitle,
      load: () => import('./guide-screen.tsx'),
    },
  ],
  nav: [{ href: learnPath, label: 'learn.nav', order: 50, icon: 'learn' }],
};
