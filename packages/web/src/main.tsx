// The entry: the stylesheets and a few lines that start the app (boot.tsx, its own chunk).
//
// On a prerendered help screen (src/prerender.tsx) the page is already readable and every call
// and text link already works before any script runs, so the app is fetched only after that
// page has painted: nothing the app needs competes with the help text for the network or the
// processor on a slow phone. The app then takes the page over in place (boot.tsx). Every other
// page is the empty app shell: there the app starts at once (index.html preloads its chunks,
// see build/prerender-plugin.ts).
import './styles/base.css';
import './styles/shell.css';
import './styles/components.css';
import './ui/ui.css';
import './styles/help.css';
// The app's own first-load styles (the quick-exit button in the top bar) go with the page's
// stylesheet, not with the app's chunk: a style arriving after the first paint could move what
// is on screen. The budget test (scripts/help-budget.test.ts) checks that boot brings no CSS.
import './features/privacy/privacy.css';

let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./boot.tsx');
};
const prerendered = document.getElementById('app')?.firstElementChild != null;
const paintTiming =
  typeof PerformanceObserver !== 'undefined' &&
  PerformanceObserver.supportedEntryTypes?.includes('paint');
if (prerendered && paintTiming && document.visibilityState === 'visible') {
  // The browser's own first-contentful-paint entry, not a timer: timers can be held (a
  // backgrounded tab, a test's fake clock), and then the app would never start.
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
  // A page hidden before it paints never paints: start then.
  document.addEventListener('visibilitychange', start, { once: true });
} else {
  start();
}
