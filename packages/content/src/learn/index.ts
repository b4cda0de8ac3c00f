// The Learn guides: psychoeducation drawn from the clinic article's facts and rewritten in our
// own words, in the order the Learn screen lists them.
import { copingAndAlternatives } from './guides/coping-and-alternatives.ts';
import { forFriendsAndFamily } from './guides/for-friends-and-family.ts';
import { gettingUrgentHelp } from './guides/getting-urgent-help.ts';
import { relapseIsNotFailure } from './guides/relapse-is-not-failure.ts';
import { treatmentsExplained } from './guides/treatments-explained.ts';
import { whatIsSelfHarm } from './guides/what-is-self-harm.ts';
import { whyPeopleSelfHarm } from './guides/why-people-self-harm.ts';
import type { Guide } from './types.ts';

// Prefixed names, so the package root can re-export everything here without clashing.
export type {
  AppLink as GuideLink,
  AppRoutePath as GuideRoutePath,
  Block as GuideBlock,
  Guide,
  GuideId,
} from './types.ts';
export { GUIDE_IDS } from './types.ts';

export const guides: readonly Guide[] = [
  whatIsSelfHarm,
  whyPeopleSelfHarm,
  relapseIsNotFailure,
  copingAndAlternatives,
  treatmentsExplained,
  forFriendsAndFamily,
  gettingUrgentHelp,
];

/** The guide with this id, or undefined (an old bookmark, a mistyped link). */
export function findGuide(id: string): Guide | undefined {
  return guides.find((g) => g.id === id);
}
