// The safety plan's domain, in one export line for the package index.
export * from './safety-plan.ts';
export * from './safety-plan-conflict.ts';
export * from './safety-plan-diff.ts';
export * from './safety-plan-phone.ts';
export * from './safety-plan-text.ts';
export * from './safety-plan-versions.ts';
