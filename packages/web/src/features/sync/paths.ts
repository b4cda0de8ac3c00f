export const syncPaths = {
  devices: '/settings/sync',
  link: '/settings/sync/link',
  /** The new device opens `/link#<slot id>`: the slot id stays in the fragment (never sent). */
  join: '/link',
} as const;
