// The in-the-moment toolkit: urge surfing, paced breathing, grounding, TIPP, the alternatives
// library and "what helps me". Every screen is its own lazy chunk; only the help screen's small
// suggestion and the four guided-tool links are eager. The four guided tools are NOT behind the
// app lock: they show nothing private, and a passcode must never stand between a person in a
// hard moment and "Start breathing" (help first). While locked their use simply is not recorded
// (the closing panel says so). The toolkit index (/tools) is not private either: it lists the
// four guided tools and shows its private parts (ranking by what helped, the library, history)
// only once the vault is open. The library, history and try screens read records: private.
import type { Feature } from '../feature.ts';
import { HelpGuidedTools } from './guided-links.tsx';
import { ToolsSafeTop } from './safe-top.tsx';
import { toolsPaths } from './tool-ids.ts';

export const toolsFeature: Feature = {
  copy: ['tools', 'journal', 'learn'],
  routes: [
    {
      id: 'tools',
      path: toolsPaths.tools,
      title: 'tools.title',
      load: () => import('./tools-screen.tsx'),
      // Not private: the screen itself keeps its private parts behind the lock (see the note).
    },
    {
      id: 'tools-urge-surfing',
      path: toolsPaths['urge-surfing'],
      title: 'tools.surf.title',
      load: () => import('./urge-surfing-screen.tsx'),
      // Open while locked: see the note at the top.
    },
    {
      id: 'tools-breathing',
      path: toolsPaths.breathing,
      title: 'tools.breathe.title',
      load: () => import('./breathing-screen.tsx'),
      // Open while locked: see the note at the top.
    },
    {
      id: 'tools-grounding',
      path: toolsPaths.grounding,
      title: 'tools.ground.title',
      load: () => import('./grounding-screen.tsx'),
      // Open while locked: see the note at the top.
    },
    {
      id: 'tools-tipp',
      path: toolsPaths.tipp,
      title: 'tools.tipp.title',
      load: () => import('./tipp-screen.tsx'),
      // Open while locked: see the note at the top.
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
  nav: [{ href: toolsPaths.tools, label: 'tools.nav', order: 10, icon: 'tools', primary: true }],
  help: { safeTop: ToolsSafeTop, helpTools: HelpGuidedTools },
};
