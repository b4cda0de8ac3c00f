// A tiny router of our own over the History API: a store of the current path, a hook that
// re-renders on change, and <Link>, which turns ordinary link clicks into pushState.
import type { ComponentChildren, TargetedMouseEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { shouldHandleClick } from './routes.ts';

type Listener = () => void;
const listeners = new Set<Listener>();

// The build-time prerender (prerender.tsx, in Node: import.meta.env.SSR) has no window. It renders
// one fixed path at a time, set with setPrerenderPath(), and listens for nothing. The client build
// folds import.meta.env.SSR to false, so none of this reaches the browser's bundle.
let prerenderPath = '/';

/** Build time only: the path the next prerender shows. */
export function setPrerenderPath(path: string): void {
  prerenderPath = path;
}

const currentPath = () => (import.meta.env.SSR ? prerenderPath : window.location.pathname);

// Counts navigations, so a link to the page already shown still counts as one (focus moves to
// its heading again, as a screen-reader user expects after activating "Get help now" twice).
let navigations = 0;

function notify(): void {
  for (const listener of listeners) listener();
}

if (!import.meta.env.SSR) {
  window.addEventListener('popstate', () => {
    navigations++;
    notify();
  });
}

/** Goes to an in-app path, adding a history entry (or replacing the current one). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(to, window.location.href);
  const same = url.pathname === currentPath() && url.search === window.location.search;
  if (options.replace || same) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  navigations++;
  notify();
}

/** The current path and a navigation count; re-renders on every navigation. */
export function useLocation(): { path: string; navigation: number } {
  const [state, setState] = useState(() => ({ path: currentPath(), navigation: navigations }));
  useEffect(() => {
    const update = () => setState({ path: currentPath(), navigation: navigations });
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, []);
  return state;
}

/** The current path; the component re-renders whenever it changes. */
export function usePath(): string {
  return useLocation().path;
}

export interface LinkProps {
  href: string;
  class?: string;
  'aria-current'?: 'page';
  'aria-describedby'?: string;
  children?: ComponentChildren;
}

/** An in-app link: a real <a href>, so it also works with a middle click or a new tab. */
export function Link({ href, children, ...rest }: LinkProps) {
  const handle = (event: TargetedMouseEvent<HTMLAnchorElement>) => {
    const anchor = event.currentTarget;
    if (
      shouldHandleClick(
        event,
        { href: anchor.href, target: anchor.target, hasDownload: anchor.hasAttribute('download') },
        window.location.origin,
      )
    ) {
      event.preventDefault();
      navigate(href);
    }
  };
  return (
    <a href={href} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
