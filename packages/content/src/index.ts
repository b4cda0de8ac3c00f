// @onward/content: everything a person reads, as reviewed data.

export {
  crisisDirectory,
  FALLBACK_EMERGENCY,
  findCountry,
  INTERNATIONAL_DIRECTORY_URL,
  listedCountries,
} from './crisis-directory.ts';
export * from './i18n.ts';
export * from './learn/index.ts';
export { en } from './messages/en.ts';
