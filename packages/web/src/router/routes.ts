// The shell's paths and the pure parts of the router (normalising paths, deciding which clicks
// to take over), kept apart from the DOM so they can be tested in Node.

export const paths = {
  home: '/',
  help: '/help',
  helpDanger: '/help/danger',
  helpSafe: '/help/safe',
  settings: '/settings',
  more: '/more',
} as const;

/** "/help/" and "/help" are the same screen; matching ignores case in the path too. */
export function normalisePath(pathname: string): string {
  const lower = pathname.toLowerCase();
  const trimmed = lower.length > 1 ? lower.replace(/\/+$/, '') : lower;
  return trimmed === '' ? '/' : trimmed;
}

export interface ClickFacts {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

export interface AnchorFacts {
  /** The resolved absolute URL of the link. */
  href: string;
  /** The anchor's target attribute ('' when absent). */
  target: string;
  hasDownload: boolean;
}

/**
 * Whether a click on a link should become an in-app navigation. Anything the person asked the
 * browser to do differently (new tab, new window, download) is left to the browser.
 */
export function shouldHandleClick(
  click: ClickFacts,
  anchor: AnchorFacts,
  currentOrigin: string,
): boolean {
  if (click.defaultPrevented || click.button !== 0) return false;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return false;
  if (anchor.hasDownload || (anchor.target !== '' && anchor.target !== '_self')) return false;
  let url: URL;
  try {
    url = new URL(anchor.href);
  } catch {
    return false;
  }
  return url.origin === currentOrigin;
}
