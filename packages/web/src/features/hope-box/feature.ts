// The hope box: reasons, messages, photos, songs and links, memories and things to look forward
// to. Reached from the safety plan and from "Get help now" ("I'm struggling but safe").
import type { Feature } from '../../features/feature.ts';
import { HopeBoxHelpLink } from './hope-help.tsx';

export const hopeBoxFeature: Feature = {
  copy: ['plan'],
  routes: [
    {
      id: 'hope-box',
      path: '/hope-box',
      title: 'hope.title',
      load: () => import('./hope-box-screen.tsx'),
      private: true,
    },
    {
      id: 'hope-box-show',
      path: '/hope-box/show',
      title: 'hope.show.title',
      load: () => import('./slideshow-screen.tsx'),
      private: true,
    },
  ],
  help: { safeAfterLines: HopeBoxHelpLink },
};
