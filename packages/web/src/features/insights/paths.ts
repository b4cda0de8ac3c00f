export const insightsPaths = { insights: '/insights', report: '/report' } as const;
