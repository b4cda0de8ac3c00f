// @onward/content: everything a person reads, as reviewed data.

export { gad7, phq9, type Questionnaire, questionnaires } from './assessments.ts';
export {
  crisisDirectory,
  FALLBACK_EMERGENCY,
  findCountry,
  INTERNATIONAL_DIRECTORY_URL,
  listedCountries,
} from './crisis-directory.ts';
export { type FirstAidSection, firstAid } from './first-aid.ts';
export * from './i18n.ts';
export * from './learn/index.ts';
export { en, parts } from './messages/en.ts';
export * from './tools/index.ts';
