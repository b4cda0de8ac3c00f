// Sync between a person's own devices: the device list and status, linking another device (QR
// code, link, confirmation code), and joining from the link. All private (behind the app lock:
// a locked vault has no key and does not sync) and lazy.
import type { Feature } from '../feature.ts';
import { syncPaths } from './paths.ts';

export const syncFeature: Feature = {
  copy: ['sync'],
  routes: [
    {
      id: 'sync-devices',
      path: syncPaths.devices,
      title: 'sync.title',
      load: () => import('./devices-screen.tsx'),
      private: true,
    },
    {
      id: 'sync-link',
      path: syncPaths.link,
      title: 'sync.link.title',
      load: () => import('./link-screen.tsx'),
      private: true,
    },
    {
      id: 'sync-join',
      path: syncPaths.join,
      title: 'sync.join.title',
      load: () => import('./join-screen.tsx'),
      private: true,
    },
  ],
};
