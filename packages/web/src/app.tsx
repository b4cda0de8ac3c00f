import type { MessageKey } from '@onward/content';
import type { FunctionComponent } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { NEW_TAB_HINT_ID } from './crisis/new-tab-link.tsx';
import { t } from './i18n.ts';
import { Link, usePath } from './router/router.tsx';
import { matchRoute, paths, type RouteId } from './router/routes.ts';
import { HelpScreen } from './screens/help.tsx';
import { HelpDangerScreen } from './screens/help-danger.tsx';
import { HelpSafeScreen } from './screens/help-safe.tsx';
import { HomeScreen } from './screens/home.tsx';
import { NotFoundScreen } from './screens/not-found.tsx';
import { PAGE_HEADING_ID } from './screens/page-heading.tsx';
import { SettingsScreen } from './screens/settings.tsx';

/** Each route's screen and the key of its title (its <h1>, and the document title). */
const screens: Record<RouteId, { Screen: FunctionComponent; title: MessageKey }> = {
  home: { Screen: HomeScreen, title: 'home.title' },
  help: { Screen: HelpScreen, title: 'help.title' },
  helpDanger: { Screen: HelpDangerScreen, title: 'danger.title' },
  helpSafe: { Screen: HelpSafeScreen, title: 'safe.title' },
  settings: { Screen: SettingsScreen, title: 'settings.title' },
  notFound: { Screen: NotFoundScreen, title: 'notFound.title' },
};

function documentTitle(route: RouteId): string {
  const app = t('app.name');
  if (route === 'home') return app;
  return t('meta.pageTitle', { page: t(screens[route].title as 'help.title'), app });
}

function focusHeading(): void {
  document.getElementById(PAGE_HEADING_ID)?.focus({ preventScroll: true });
}

export function App() {
  const path = usePath();
  const route = matchRoute(path);
  const { Screen } = screens[route];
  const firstRender = useRef(true);

  // A layout effect, so the title and focus change in the same task as the new screen appears.
  useLayoutEffect(() => {
    document.title = documentTitle(route);
    // On first load focus stays at the top of the document, so "Skip to content" and then
    // "Get help now" are the first two Tab stops. After an in-app navigation, focus moves to
    // the new screen's heading so screen readers announce where the person is.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.scrollTo(0, 0);
    focusHeading();
  }, [path]);

  return (
    <>
      <a class="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header class="top-bar">
        <div class="top-bar-inner">
          <Link
            class="help-now"
            href={paths.help}
            aria-current={route === 'help' ? 'page' : undefined}
          >
            {t('shell.getHelp')}
          </Link>
          <Link class="app-name" href={paths.home}>
            <img src="/favicon.svg" alt="" width={28} height={28} />
            {t('shell.homeLink')}
          </Link>
        </div>
      </header>
      {/* Focusable by script only, so "Skip to content" moves focus (not just scroll) here. */}
      <main id="main" tabIndex={-1}>
        <Screen />
      </main>
      <span id={NEW_TAB_HINT_ID} hidden>
        {t('shell.newTab')}
      </span>
    </>
  );
}
