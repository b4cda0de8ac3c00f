// The shell's own screens. The help screens (and home, the first screen) are bundled eagerly:
// they must open instantly, offline, with nothing else to fetch. Settings is a lazy chunk.
import { paths } from '../router/routes.ts';
import { HelpScreen } from '../screens/help.tsx';
import { HelpDangerScreen } from '../screens/help-danger.tsx';
import { HelpSafeScreen } from '../screens/help-safe.tsx';
import { HomeScreen } from '../screens/home.tsx';
import { MoreScreen } from '../screens/more.tsx';
import type { Feature } from './feature.ts';

export const shellFeature: Feature = {
  routes: [
    { id: 'home', path: paths.home, title: 'home.title', screen: HomeScreen },
    { id: 'help', path: paths.help, title: 'help.title', screen: HelpScreen },
    { id: 'helpDanger', path: paths.helpDanger, title: 'danger.title', screen: HelpDangerScreen },
    { id: 'helpSafe', path: paths.helpSafe, title: 'safe.title', screen: HelpSafeScreen },
    {
      id: 'settings',
      path: paths.settings,
      title: 'settings.title',
      // Not a help screen: its own chunk, with the copy of what it links to.
      load: () => import('../screens/settings.tsx'),
      copy: ['privacy', 'language', 'sync'],
    },
    { id: 'more', path: paths.more, title: 'more.title', screen: MoreScreen },
  ],
};
