import './styles/base.css';
import './styles/shell.css';
import './styles/components.css';
import './styles/help.css';
import { render } from 'preact';
import { App } from './app.tsx';
import { language } from './i18n.ts';
import { registerServiceWorker } from './sw/register.ts';

document.documentElement.lang = language;
const root = document.getElementById('app');
if (root) render(<App />, root);
registerServiceWorker();
