export const privacyPaths = {
  privacy: '/settings/privacy',
  backup: '/settings/privacy/backup',
  recoveryKit: '/settings/privacy/recovery-kit',
} as const;
