// Discreet mode: a neutral name ("Notes"), icon and theme colour for the tab, the home-screen
// app and the task switcher, so Onward does not say what it is for at a glance.
//
// The choice is kept in localStorage, outside the vault, because it must apply before anything
// is unlocked (it says nothing about the person's records, only how the app looks). The web
// manifest is a static file, so discreet mode points <link rel="manifest"> at a second one,
// /manifest-discreet.webmanifest (or its Spanish twin, -es), with the neutral name and icons.
import { useEffect, useState } from 'preact/hooks';
import { language, t } from '../../i18n.ts';

const STORAGE_KEY = 'discreet';
/** The neutral manifest, with its name ("Notes", "Notas") in the app's language. */
export const DISCREET_MANIFEST =
  language === 'es' ? '/manifest-discreet-es.webmanifest' : '/manifest-discreet.webmanifest';
const NEUTRAL_ICON_SVG = '/notes-icon.svg';
const NEUTRAL_ICON_PNG = '/notes-icon-192.png';
const NEUTRAL_TOUCH_ICON = '/notes-apple-touch-icon.png';
/** Neutral greys, light and dark (the app's own warm tones are part of what makes it known). */
const NEUTRAL_THEME = { light: '#f4f4f5', dark: '#27272a' } as const;

const listeners = new Set<() => void>();

export function isDiscreet(): boolean {
  // The build-time prerender (Node) renders the usual look; the app applies discreet mode on start.
  if (import.meta.env.SSR) return false;
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** The element's original attribute value, remembered the first time it is changed. */
function swap(el: Element | null, attr: string, discreetValue: string, on: boolean) {
  if (!el) return;
  const saved = `data-original-${attr}`;
  if (!el.hasAttribute(saved)) el.setAttribute(saved, el.getAttribute(attr) ?? '');
  el.setAttribute(attr, on ? discreetValue : (el.getAttribute(saved) ?? ''));
}

/** Points the page's manifest, icons and theme colour at the neutral or the usual ones. */
export function applyDiscreet(on: boolean = isDiscreet()): void {
  if (typeof document === 'undefined') return;
  const head = document.head;
  swap(head.querySelector('link[rel="manifest"]'), 'href', DISCREET_MANIFEST, on);
  swap(head.querySelector('link[rel="icon"][type="image/svg+xml"]'), 'href', NEUTRAL_ICON_SVG, on);
  swap(head.querySelector('link[rel="icon"][type="image/png"]'), 'href', NEUTRAL_ICON_PNG, on);
  swap(head.querySelector('link[rel="apple-touch-icon"]'), 'href', NEUTRAL_TOUCH_ICON, on);
  for (const meta of head.querySelectorAll('meta[name="theme-color"]')) {
    const dark = meta.getAttribute('media')?.includes('dark') ?? false;
    swap(meta, 'content', dark ? NEUTRAL_THEME.dark : NEUTRAL_THEME.light, on);
  }
  if (on) document.title = t('privacy.discreet.name');
}

export function setDiscreet(on: boolean): boolean {
  try {
    if (on) localStorage.setItem(STORAGE_KEY, '1');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    return false;
  }
  applyDiscreet(on);
  for (const l of [...listeners]) l();
  return true;
}

export function useDiscreet(): boolean {
  const [on, setOn] = useState(isDiscreet);
  useEffect(() => {
    const update = () => setOn(isDiscreet());
    listeners.add(update);
    // Another tab switched it.
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEY) {
        applyDiscreet();
        update();
      }
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(update);
      window.removeEventListener('storage', onStorage);
    };
  }, []);
  return on;
}

/** The name and icon at the top left of every screen. */
export const appIcon = (discreet: boolean) => (discreet ? NEUTRAL_ICON_SVG : '/favicon.svg');

// Applied as soon as the app's code runs, before anything is unlocked or rendered.
if (isDiscreet()) applyDiscreet(true);
