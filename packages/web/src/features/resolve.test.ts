import { describe, expect, it } from 'vitest';
import { paths } from '../router/routes.ts';
import type { Feature, ScreenComponent } from './feature.ts';
import { allRoutes, navItems, resolveRoute } from './resolve.ts';

const Screen: ScreenComponent = () => null;
const load = async () => ({ default: Screen });
const features: Feature[] = [
  {
    routes: [
      { id: 'home', path: paths.home, title: 'home.title', screen: Screen },
      { id: 'help', path: paths.help, title: 'help.title', screen: Screen },
      { id: 'helpSafe', path: paths.helpSafe, title: 'safe.title', screen: Screen },
    ],
  },
  {
    routes: [
      { id: 'log-entry', path: '/log/:id', title: 'home.title', load },
      { id: 'log-new', path: '/log/new', title: 'home.title', load },
    ],
    nav: [{ href: '/log', label: 'home.title', order: 20 }],
  },
  { routes: [], nav: [{ href: '/tools', label: 'home.title', order: 10 }] },
];

describe('resolveRoute', () => {
  const routes = allRoutes(features);
  it('finds shell routes, ignoring case and a trailing slash', () => {
    expect(resolveRoute(routes, '/').route?.id).toBe('home');
    expect(resolveRoute(routes, '/Help/Safe/').route?.id).toBe('helpSafe');
  });
  it('prefers a literal segment over a parameter', () => {
    expect(resolveRoute(routes, '/log/new').route?.id).toBe('log-new');
    const r = resolveRoute(routes, '/log/abc');
    expect(r.route?.id).toBe('log-entry');
    expect(r.params).toEqual({ id: 'abc' });
  });
  it('returns no route for unknown paths', () => {
    for (const p of ['/helpx', '/help/danger/now', '/index.html', '/log']) {
      expect(resolveRoute(routes, p).route, p).toBeNull();
    }
  });
});

describe('allRoutes', () => {
  it('refuses duplicate ids and routes without exactly one screen source', () => {
    expect(() => allRoutes([...features, features[0] as Feature])).toThrow(/share the id/);
    expect(() => allRoutes([{ routes: [{ id: 'x', path: '/x', title: 'home.title' }] }])).toThrow(
      /exactly one/,
    );
  });
});

describe('navItems', () => {
  it('orders navigation entries across features', () => {
    expect(navItems(features).map((n) => n.href)).toEqual(['/tools', '/log']);
  });
});
