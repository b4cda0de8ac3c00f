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
import './styles/help.css';
// The app's own first-load styles (the quick-exit button in the top bar) go with the page's
// stylesheet, not with the app's chunk: a style arriving after the first paint could move what
// is on screen. The budget test (scripts/help-budget.test.ts) checks that boot brings no CSS.
import './features/privacy/privacy.css';

const start = () => void import('./boot.tsx');
const prerendered = document.getElementById('app')?.firstElementChild != null;
if (prerendered && document.visibilityState === 'visible') {
  // The next frame is the first paint; the app starts in the task after it.
  requestAnimationFrame(() => setTimeout(start, 0));
} else {
  start();
}
