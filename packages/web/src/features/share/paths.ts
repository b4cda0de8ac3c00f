export const sharePaths = { share: '/share' } as const;
