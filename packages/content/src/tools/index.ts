// The in-the-moment toolkit's content that is data rather than messages: the alternatives
// library. (The tools' own copy is in messages/en/tools.ts, by key.)
export {
  ALTERNATIVE_CATEGORIES,
  type Alternative,
  type AlternativeCategory,
  alternatives,
  findAlternative,
  isAlternativeCategory,
} from './alternatives.ts';
export { alternativesIn, alternativesWordingEs, findAlternativeIn } from './alternatives-es.ts';
