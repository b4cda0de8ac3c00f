// How a feature plugs into the app: its routes (screens loaded on demand, so the help screens
// stay small and fast) and, optionally, entries in the main navigation. Each feature declares
// one `Feature` in its own folder and is listed once in features/index.ts.
import type { Part, PlainMessageKey, ShellKey } from '@onward/content';
import type { FunctionComponent } from 'preact';
import type { RouteParams } from '../router/match.ts';
import type { IconName } from '../ui/icons.tsx';

export interface ScreenProps {
  params: RouteParams;
}

export type ScreenComponent = FunctionComponent<ScreenProps>;

export interface RouteDef {
  /** Unique across the app, e.g. 'learn-guide'. */
  id: string;
  /** A path pattern, e.g. '/learn/:id'. */
  path: string;
  /** The document title: a message key, or a function of the params (e.g. a guide's title). */
  title: PlainMessageKey | ((params: RouteParams) => string);
  /**
   * The screen. Eager screens (a component) are bundled with the shell: only the help screens
   * should be. Everything else is `load: () => import('./x.tsx')` with a default export, so it
   * is fetched (and precached by the service worker) as its own chunk.
   */
  screen?: ScreenComponent;
  load?: () => Promise<{ default: ScreenComponent }>;
  /** True for screens that read or write the person's private records (behind the app lock). */
  private?: boolean;
  /**
   * The copy parts this route's screen needs besides the shell's, loaded together with its
   * chunk. Filled from the feature's `copy` by allRoutes(); a route may add more.
   */
  copy?: readonly Part[];
}

export interface NavItem {
  href: string;
  /** Shell copy (messages/en/shell.ts): the navigation shows before any feature's copy loads. */
  label: ShellKey;
  /** Lower comes first. */
  order: number;
  icon?: IconName;
  /**
   * In the phone's bottom bar (at most three features: with Home and More, five in all). The
   * rest appear on the More screen, and in the side navigation on wide screens.
   */
  primary?: boolean;
}

/**
 * Places on the help screens where a feature may add a small, eagerly bundled section (the help
 * screens must work offline at once, so keep these light):
 * - safeTop: top of "I'm struggling but safe" (e.g. one suggested tool, started in one tap);
 * - safeAfterLines: after the crisis lines there (e.g. my coping strategies, my people);
 * - dangerAfterLines: after the emergency number and lines on the danger path (my people);
 * - helpTools: on the help screen and "struggling but safe", tools that work while locked.
 */
export type HelpSlot = 'safeTop' | 'safeAfterLines' | 'dangerAfterLines' | 'helpTools';

export interface Feature {
  /**
   * The parts of the message catalogue this feature's screens use (@onward/content
   * messages/parts.ts), e.g. ['tools']; a screen that also shows another feature's words names
   * that part too. The router loads them with the screen's chunk, never before: the first load
   * carries only the shell's copy. The help-screen sections (`help`) and nav labels are eager, so
   * their words are in the shell part. copy-coverage.test.ts checks every screen against this.
   */
  copy?: readonly Part[];
  routes: readonly RouteDef[];
  nav?: readonly NavItem[];
  help?: Partial<Record<HelpSlot, FunctionComponent>>;
}
