import './styles/base.css';
import './styles/shell.css';
import './styles/components.css';
import './ui/ui.css';
import './styles/help.css';
import { render } from 'preact';
import { App } from './app.tsx';
import { language } from './i18n.ts';
import { registerServiceWorker } from './sw/register.ts';

document.documentElement.lang = language;
const root = document.getElementById('app');
// The help screens arrive prerendered (src/prerender.tsx): #app already holds their markup, as
// rendered for nobody in particular (no country, no records). render() takes it over in place:
// Preact reuses each existing element that fits, rereads its attributes from the page and
// corrects any that differ, and removes what the app does not render, all in this one task, so
// nothing flashes. Not hydrate(): hydration trusts the markup's attributes, so wherever the
// person's state differs from the prerender (their country above all) it could leave a stale
// attribute behind, such as the tel: link of a number that is not theirs.
if (root) render(<App />, root);
registerServiceWorker();
