// @onward/core/insights: insights and exports, a separate entry so that only the screens that use
// them (insights and the report, each a lazy chunk) pull them in; the app's first load never does.
export * from './export-csv.ts';
export * from './export-fhir.ts';
export * from './export-json.ts';
export * from './export-records.ts';
export * from './insights.ts';
export * from './insights-check-ins.ts';
export * from './insights-diary-weeks.ts';
export * from './insights-input.ts';
export * from './insights-triggers.ts';
export * from './insights-urges.ts';
export * from './insights-what-helps.ts';
export * from './insights-when.ts';
