// Finds the route for a path among all features' routes. Pure, so it is tested in Node.
import { matchPattern, type RouteParams } from '../router/match.ts';
import type { Feature, NavItem, RouteDef } from './feature.ts';

export type Resolved =
  | { route: RouteDef; params: RouteParams }
  | { route: null; params: RouteParams };

export function allRoutes(features: readonly Feature[]): RouteDef[] {
  const routes = features.flatMap((f) =>
    f.routes.map((r) => ({ ...r, copy: [...new Set([...(f.copy ?? []), ...(r.copy ?? [])])] })),
  );
  const ids = new Set<string>();
  for (const r of routes) {
    if (ids.has(r.id)) throw new Error(`Two routes share the id "${r.id}"`);
    ids.add(r.id);
    if (!r.screen === !r.load) throw new Error(`Route "${r.id}" needs exactly one of screen, load`);
  }
  return routes;
}

/** Literal patterns win over parameterised ones, so '/log/new' beats '/log/:id'. */
export function resolveRoute(routes: readonly RouteDef[], pathname: string): Resolved {
  let best: Resolved = { route: null, params: {} };
  let bestScore = -1;
  for (const route of routes) {
    const params = matchPattern(route.path, pathname);
    if (!params) continue;
    const score = route.path.split('/').filter((s) => s !== '' && !s.startsWith(':')).length;
    if (score > bestScore) {
      best = { route, params };
      bestScore = score;
    }
  }
  return best;
}

export function navItems(features: readonly Feature[]): NavItem[] {
  return features.flatMap((f) => f.nav ?? []).sort((a, b) => a.order - b.order);
}
