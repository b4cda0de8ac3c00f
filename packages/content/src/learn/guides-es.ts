// The Learn guides in Spanish: the same ids, order, blocks and links as the English guides
// (guides.test.ts and guides-es.test.ts check that they mirror each other), written for a
// Spanish-speaking reader rather than translated word by word.
import { copingAndAlternativesEs } from './guides-es/coping-and-alternatives.ts';
import { forFriendsAndFamilyEs } from './guides-es/for-friends-and-family.ts';
import { gettingUrgentHelpEs } from './guides-es/getting-urgent-help.ts';
import { relapseIsNotFailureEs } from './guides-es/relapse-is-not-failure.ts';
import { treatmentsExplainedEs } from './guides-es/treatments-explained.ts';
import { whatIsSelfHarmEs } from './guides-es/what-is-self-harm.ts';
import { whyPeopleSelfHarmEs } from './guides-es/why-people-self-harm.ts';
import type { Guide } from './types.ts';

export const guidesEs: readonly Guide[] = [
  whatIsSelfHarmEs,
  whyPeopleSelfHarmEs,
  relapseIsNotFailureEs,
  copingAndAlternativesEs,
  treatmentsExplainedEs,
  forFriendsAndFamilyEs,
  gettingUrgentHelpEs,
];
