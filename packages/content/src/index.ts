// @onward/content: everything a person reads, as reviewed data.

export { gad7, phq9, type Questionnaire, questionnaires } from './assessments.ts';
export { gad7Es, phq9Es, questionnairesIn } from './assessments-es.ts';
export {
  crisisDirectory,
  FALLBACK_EMERGENCY,
  findCountry,
  INTERNATIONAL_DIRECTORY_URL,
  listedCountries,
} from './crisis-directory.ts';
export { crisisDirectoryWordingEs, directoryText, localizeCountry } from './crisis-directory-es.ts';
export { type FirstAidSection, firstAid, firstAidSections } from './first-aid.ts';
export { type FirstAidCopy, firstAidEs, firstAidIn } from './first-aid-es.ts';
export * from './i18n.ts';
export { LANGUAGE_NAMES, SWITCH_TO_LANGUAGE } from './languages.ts';
export { guideReadabilityEs } from './learn/guide-text-es.ts';
export { guidesEs } from './learn/guides-es.ts';
export * from './learn/index.ts';
export { en, parts } from './messages/en.ts';
export * from './tools/index.ts';
