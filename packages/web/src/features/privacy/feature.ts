// Privacy and security: the settings page, backup and restore, and the recovery kit. All three
// are private (behind the app lock) and lazy. The lock gate, the quick-exit control and discreet
// mode are wired into app.tsx directly, because they belong to every screen.
import type { Feature } from '../feature.ts';
import { privacyPaths } from './paths.ts';

export const privacyFeature: Feature = {
  copy: ['privacy'],
  routes: [
    {
      id: 'privacy',
      path: privacyPaths.privacy,
      title: 'privacy.title',
      load: () => import('./privacy-screen.tsx'),
      private: true,
    },
    {
      id: 'privacy-backup',
      path: privacyPaths.backup,
      title: 'privacy.backup.title',
      load: () => import('./backup-screen.tsx'),
      private: true,
    },
    {
      id: 'privacy-recovery-kit',
      path: privacyPaths.recoveryKit,
      title: 'privacy.kit.title',
      load: () => import('./recovery-kit-screen.tsx'),
      private: true,
    },
  ],
};
