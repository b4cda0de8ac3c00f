// The clinic profile: "Your care team", shown only when the server running this copy of Onward
// has a clinic profile. The profile is refreshed from the server at launch (see
// clinic-store.ts); the screen is a lazy chunk.
import { t } from '../../i18n.ts';
import type { Feature, NavItem } from '../feature.ts';
import { clinicState, startClinicSync } from './clinic-store.ts';
import { careTeamPath } from './paths.ts';

startClinicSync();

const hasClinic = () => clinicState().status === 'present';

const navItem: NavItem = { href: careTeamPath, label: 'clinic.nav', order: 60, icon: 'care' };

export const clinicFeature: Feature = {
  copy: ['clinic', 'learn'],
  routes: [
    {
      id: 'care-team',
      path: careTeamPath,
      // Nothing clinic-specific without a profile, not even the page title.
      title: () => (hasClinic() ? t('clinic.title') : t('notFound.title')),
      load: () => import('./care-team-screen.tsx'),
    },
  ],
  /**
   * A getter, so the entry follows what the app knows when the shell reads it. Today the shell
   * reads the navigation once, at launch: the entry appears from the launch after the app first
   * learns of a profile (it is kept on the device), and goes from the launch after the server
   * stops having one. The screen itself always follows the latest answer.
   */
  get nav(): readonly NavItem[] {
    return hasClinic() ? [navItem] : [];
  },
};
