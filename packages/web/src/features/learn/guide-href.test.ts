import { GUIDE_IDS, type GuideLink as GuideTarget, guides } from '@onward/content';
import { describe, expect, it } from 'vitest';
import { paths } from '../../router/routes.ts';
import type { Feature, RouteDef, ScreenComponent } from '../feature.ts';
import { allRoutes } from '../resolve.ts';
import { guideLinkHref } from './guide-href.ts';
import { guidePath } from './paths.ts';

const Screen: ScreenComponent = () => null;
const load = async () => ({ default: Screen });

/** The shell's routes (as features/shell.ts declares them), plus whatever a test adds. */
function routesWith(...extra: Omit<RouteDef, 'load' | 'title'>[]): RouteDef[] {
  const shell: Feature = {
    routes: Object.entries(paths).map(([id, path]) => ({ id, path, title: 'home.title', load })),
  };
  const more: Feature = { routes: extra.map((r) => ({ ...r, title: 'home.title', load })) };
  return allRoutes([shell, more]);
}

describe('guideLinkHref', () => {
  it('links a guide to its page', () => {
    const to: GuideTarget = { kind: 'guide', id: 'relapse-is-not-failure' };
    expect(guideLinkHref(to, routesWith())).toBe('/learn/relapse-is-not-failure');
  });

  it('links a screen that exists to itself', () => {
    expect(guideLinkHref({ kind: 'route', path: '/help' }, routesWith())).toBe('/help');
    expect(guideLinkHref({ kind: 'route', path: '/help/danger' }, routesWith())).toBe(
      '/help/danger',
    );
    const withTools = routesWith({ id: 'tools', path: '/tools' });
    expect(guideLinkHref({ kind: 'route', path: '/tools' }, withTools)).toBe('/tools');
  });

  it('sends a screen that does not exist yet to "I\'m struggling but safe"', () => {
    for (const path of ['/tools', '/plan', '/log'] as const) {
      expect(guideLinkHref({ kind: 'route', path }, routesWith())).toBe('/help/safe');
    }
    // A feature with only deeper routes does not make the bare path exist.
    const deeper = routesWith({ id: 'log-entry', path: '/log/:id' });
    expect(guideLinkHref({ kind: 'route', path: '/log' }, deeper)).toBe('/help/safe');
  });

  it('never leaves a link in any guide pointing at a page that is not there', () => {
    const routes = routesWith({ id: 'learn-guide', path: '/learn/:id' });
    const known = new Set(GUIDE_IDS.map((id) => guidePath(id)));
    for (const guide of guides) {
      const targets = [
        ...guide.blocks.flatMap((b) => (b.type === 'link' ? [b.to] : [])),
        guide.nextStep.to,
      ];
      for (const to of targets) {
        const href = guideLinkHref(to, routes);
        const ok = known.has(href) || ['/help', '/help/safe', '/help/danger'].includes(href);
        expect(ok, `${guide.id}: ${JSON.stringify(to)} -> ${href}`).toBe(true);
      }
    }
  });
});
