// The in-the-moment toolkit: urge surfing, paced breathing, grounding, TIPP, the alternatives
// library and "what helps me". Every screen is its own lazy chunk and private (it reads or
// writes the person's tool records); only the help screen's small suggestion is eager.
import type { Feature } from '../feature.ts';
import { ToolsSafeTop } from './safe-top.tsx';
import { toolsPaths } from './tool-ids.ts';

export const toolsFeature: Feature = {
  routes: [
    {
      id: 'tools',
      path: toolsPaths.tools,
      title: 'tools.title',
      load: () => import('./tools-screen.tsx'),
      private: true,
    },
    {
      id: 'tools-urge-surfing',
      path: toolsPaths['urge-surfing'],
      title: 'tools.surf.title',
      load: () => import('./urge-surfing-screen.tsx'),
      private: true,
    },
    {
      id: 'tools-breathing',
      path: toolsPaths.breathing,
      title: 'tools.breathe.title',
      load: () => import('./breathing-screen.tsx'),
      private: true,
    },
    {
      id: 'tools-grounding',
      path: toolsPaths.grounding,
      title: 'tools.ground.title',
      load: () => import('./grounding-screen.tsx'),
      private: true,
    },
    {
      id: 'tools-tipp',
      path: toolsPaths.tipp,
      title: 'tools.tipp.title',
      load: () => import('./tipp-screen.tsx'),
      private: true,
    },
    {
      id: 'tools-alternatives',
      path: toolsPaths.alternatives,
      title: 'tools.alt.title',
      load: () => import('./alternatives-screen.tsx'),
      private: true,
    },
    {
      id: 'tools-try',
      path: '/tools/try/:id',
      title: 'tools.try.title',
      load: () => import('./try-screen.tsx'),
      private: true,
    },
    {
      id: 'tools-history',
      path: toolsPaths.history,
      title: 'tools.history.title',
      load: () => import('./history-screen.tsx'),
      private: true,
    },
  ],
  nav: [{ href: toolsPaths.tools, label: 'tools.nav', order: 10 }],
  help: { safeTop: ToolsSafeTop },
};
