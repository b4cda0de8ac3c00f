// @onward/core: the domain, pure TypeScript. This entry must never import zod (the web bundle
// imports it); schemas live behind @onward/core/schemas.

export * from './assessments.ts';
export * from './calendar-day.ts';
export * from './care-response.ts';
export * from './chain-analysis.ts';
export * from './clinic-profile.ts';
export * from './country.ts';
export * from './crisis-directory.ts';
export * from './crisis-links.ts';
export * from './diary-card.ts';
export * from './hlc.ts';
export * from './lines-by-language.ts';
export * from './lww.ts';
export * from './passcode-policy.ts';
export * from './progress.ts';
export * from './result.ts';
export * from './safety-plan-all.ts';
export * from './triggers.ts';
export * from './urge-log.ts';
export * from './what-helps.ts';
