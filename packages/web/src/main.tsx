// The entry: the stylesheets and a line that starts the app (boot.tsx, its own chunk).
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

// On a prerendered help screen this file itself arrives only after the page has painted (the
// country script in the page's head adds it then, src/country/early.ts); everywhere else it is
// the page's own module script. Either way the app can start at once.
void import('./boot.tsx');
