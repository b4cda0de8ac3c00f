// A tiny router of our own over the History API: a store of the current path, a hook that
// re-renders on change, and <Link>, which turns ordinary link clicks into pushState.
import type { ComponentChildren, TargetedMouseEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { shouldHandleClick } from './routes.ts';

type Listener = () => void;
const listeners = new Set<Listener>();

const currentPath = () => window.location.pathname;

function notify(): void {
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', notify);

/** Goes to an in-app path, adding a history entry (or replacing the current one). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const url = new URL(to, window.location.href);
  const same = url.pathname === currentPath() && url.search === window.location.search;
  if (options.replace || same) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  notify();
}

/** The current path; the component re-renders whenever it changes. */
export function usePath(): string {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const update = () => setPath(currentPath());
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, []);
  return path;
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
