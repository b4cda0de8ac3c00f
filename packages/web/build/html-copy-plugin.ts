// Fills `{{t:key}}` placeholders in index.html from the English message catalogue, so even the
// page title, description and the <noscript> emergency text are copy-as-data: reviewed and
// linted with everything else, never written inline.
import { createTranslator, en, type MessageKey } from '@onward/content';
import type { Plugin } from 'vite';

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

export function fillHtmlCopy(html: string): string {
  const t = createTranslator(en) as (key: MessageKey) => string;
  return html.replace(/\{\{t:([\w.]+)\}\}/g, (_whole, key: string) => {
    if (!Object.hasOwn(en, key)) throw new Error(`index.html uses an unknown message key: ${key}`);
    return escapeHtml(t(key as MessageKey));
  });
}

export function htmlCopyPlugin(): Plugin {
  return {
    name: 'onward:html-copy',
    transformIndexHtml: { order: 'pre', handler: fillHtmlCopy },
  };
}
