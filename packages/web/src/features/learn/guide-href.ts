// Where a link inside a guide goes. Guides may name screens that are not built yet (/tools,
// /plan, /log); such a link goes to "I'm struggling but safe" (/help/safe), which always exists
// and offers things that help right now, so no link in a guide ever lands on "page not found".
// Pure, so it is tested in Node.
import type { GuideLink as GuideTarget } from '@onward/content';
import { paths } from '../../router/routes.ts';
import type { RouteDef } from '../feature.ts';
import { resolveRoute } from '../resolve.ts';
import { guidePath } from './paths.ts';

export function guideLinkHref(to: GuideTarget, routes: readonly RouteDef[]): string {
  if (to.kind === 'guide') return guidePath(to.id);
  return resolveRoute(routes, to.path).route ? to.path : paths.helpSafe;
}
