import type { FunctionComponent } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { NEW_TAB_HINT_ID } from './crisis/new-tab-link.tsx';
import { useClinicState } from './features/clinic/use-clinic.ts';
import type { RouteDef, ScreenComponent } from './features/feature.ts';
import { features } from './features/index.ts';
import { appIcon, useDiscreet } from './features/privacy/discreet.ts';
import { LockGate } from './features/privacy/lock-gate.tsx';
import { QuickExit } from './features/privacy/quick-exit.tsx';
import { allRoutes, resolveRoute } from './features/resolve.ts';
import { copyReady, loadCopy, t, useCopyLoads } from './i18n.ts';
import { MainNav } from './main-nav.tsx';
import type { RouteParams } from './router/match.ts';
import { Link, useLocation } from './router/router.tsx';
import { normalisePath, paths } from './router/routes.ts';
import { NotFoundScreen } from './screens/not-found.tsx';
import { PAGE_HEADING_ID } from './screens/page-heading.tsx';

const routes = allRoutes(features);

// The sticky top bar must never hide the focused control (WCAG 2.4.11): its live height feeds
// scroll-padding-top (shell.css), which keyboard focus scrolling honours. It grows with text size.
let observer: ResizeObserver | undefined;
function trackTopBarHeight(header: HTMLElement | null): void {
  observer?.disconnect();
  if (!header || typeof ResizeObserver === 'undefined') return;
  observer = new ResizeObserver(() => {
    const root = document.documentElement;
    root.style.setProperty('--top-bar-height', `${header.offsetHeight}px`);
    // Large text on a short screen: the bottom navigation stops being fixed (shell.css).
    root.classList.toggle('crowded', header.offsetHeight > window.innerHeight * 0.14);
  });
  observer.observe(header);
}

function documentTitle(route: RouteDef | null, params: RouteParams): string {
  const app = t('app.name');
  if (route?.id === 'home') return app;
  // A lazy screen's title is its feature's copy: until that has arrived, just the app's name.
  if (route && !copyReady(route.copy ?? [])) return app;
  const page = !route
    ? t('notFound.title')
    : typeof route.title === 'function'
      ? route.title(params)
      : t(route.title);
  return t('meta.pageTitle', { page, app });
}

/** The document title for a path, outside discreet mode (the prerendered pages' <title>). */
/**
 * The title written into static HTML (prerendered pages): the page's own title, without the app
 * name, so a cold load in discreet mode never shows "Onward" in the tab, even for a moment
 * before the app's script runs and sets the neutral name.
 */
export function staticTitleFor(path: string): string {
  const { route, params } = resolveRoute(routes, path);
  if (!route) return t('notFound.title');
  return typeof route.title === 'function' ? route.title(params) : t(route.title);
}

export function titleFor(path: string): string {
  const { route, params } = resolveRoute(routes, path);
  return documentTitle(route, params);
}

// Set when a navigation happens before its (lazy) screen is ready; the screen takes focus
// to its heading as soon as it renders.
let focusPending = false;

function focusHeading(): boolean {
  const heading = document.getElementById(PAGE_HEADING_ID);
  heading?.focus({ preventScroll: true });
  return heading !== null;
}

const loaded = new Map<string, ScreenComponent>();

/**
 * Renders an on-demand screen once its chunk and its feature's copy have both arrived (the
 * service worker precaches both).
 */
function LazyScreen({ route, params }: { route: RouteDef; params: RouteParams }) {
  const [Screen, setScreen] = useState<ScreenComponent | undefined>(() => loaded.get(route.id));
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (loaded.has(route.id)) {
      setScreen(() => loaded.get(route.id));
      return;
    }
    let live = true;
    setScreen(undefined);
    Promise.all([route.load?.(), loadCopy(route.copy ?? [])])
      .then(([m]) => {
        if (!m) throw new Error(`Route "${route.id}" has nothing to load`);
        loaded.set(route.id, m.default);
        if (live) setScreen(() => m.default);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [route.id]);
  useLayoutEffect(() => {
    if (Screen && focusPending && focusHeading()) focusPending = false;
  }, [Screen]);
  if (failed) return <NotFoundScreen />;
  if (!Screen) return <p class="muted loading">{t('shell.loading')}</p>;
  return <Screen params={params} />;
}

export function App() {
  const { path, navigation } = useLocation();
  // Read on every render: a feature's entries can change (the care team appears once the
  // server's clinic profile arrives).
  useClinicState();
  const { route, params } = resolveRoute(routes, path);
  const firstRender = useRef(true);
  const discreet = useDiscreet();
  // Re-render when a part of the catalogue arrives: the title may need it.
  useCopyLoads();
  const title = discreet ? t('privacy.discreet.name') : documentTitle(route, params);

  // Layout effects, so the title and focus change in the same task as the new screen appears.
  useLayoutEffect(() => {
    document.title = title;
  }, [title]);
  useLayoutEffect(() => {
    // On first load focus stays at the top of the document, so "Skip to content" and then
    // "Get help now" are the first two Tab stops. After an in-app navigation, focus moves to
    // the new screen's heading so screen readers announce where the person is.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    focusPending = !focusHeading();
  }, [path, navigation]);

  let body: preact.ComponentChildren;
  if (!route) body = <NotFoundScreen />;
  else if (route.screen) {
    const Screen: FunctionComponent<{ params: RouteParams }> = route.screen;
    body = <Screen params={params} />;
  } else body = <LazyScreen key={route.id} route={route} params={params} />;
  // Screens with the person's records wait behind the app lock; help screens never do.
  if (route?.private) body = <LockGate>{body}</LockGate>;

  return (
    <>
      <a class="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header class="top-bar" ref={trackTopBarHeight}>
        <div class="top-bar-inner">
          <Link
            class="help-now"
            href={paths.help}
            aria-current={route?.id === 'help' ? 'page' : undefined}
          >
            {t('shell.getHelp')}
          </Link>
          <QuickExit />
          <Link class="app-name" href={paths.home}>
            <img src={appIcon(discreet)} alt="" width={28} height={28} />
            <span>{discreet ? t('privacy.discreet.name') : t('shell.homeLink')}</span>
          </Link>
        </div>
      </header>
      <MainNav here={normalisePath(path)} />
      {/* Focusable by script only, so "Skip to content" moves focus (not just scroll) here. */}
      <main id="main" tabIndex={-1} class="has-nav">
        {body}
      </main>
      <span id={NEW_TAB_HINT_ID} hidden>
        {t('shell.newTab')}
      </span>
    </>
  );
}
