// The share viewer's page script (share.html): read-only, for someone who has never used Onward.
// Plain DOM, no framework, so it stays small. Privacy, by construction:
// - the key is read from location.hash, which the browser never sends; the only request is one
//   GET of the ciphertext by id (plus, with a passphrase, our own Argon2id worker script);
// - nothing is written to storage, cookies, caches or a service worker; no third-party request;
// - every shared string is set with textContent: nothing in a share can become markup or script.
import type { SharePayloadV1 } from '../features/share/share-doc.ts';
import { createWorkerDerive } from '../vault/worker-derive.ts';
import { viewerCopy, viewerLanguage } from './copy.ts';
import { type Fetched, fetchShare, openFetched, type ViewFailure } from './open.ts';
import './viewer.css';

const language = viewerLanguage(
  navigator.languages?.length ? navigator.languages : [navigator.language],
);
const t = viewerCopy(language);
document.documentElement.lang = language;
document.title = t('shareView.pageTitle');

const main = document.getElementById('viewer') as HTMLElement;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

function show(...nodes: Node[]): void {
  main.replaceChildren(...nodes);
  main.focus({ preventScroll: true });
}

const date = (ms: number | string, withTime = false) =>
  new Intl.DateTimeFormat(
    language,
    withTime ? { dateStyle: 'long', timeStyle: 'short' } : { dateStyle: 'long' },
  ).format(new Date(ms));

const states: Record<Exclude<ViewFailure, 'wrong-passphrase'>, [string, string]> = {
  damaged: [t('shareView.damagedHeading'), t('shareView.damaged')],
  newer: [t('shareView.damagedHeading'), t('shareView.newerVersion')],
  expired: [t('shareView.expiredHeading'), t('shareView.expired')],
  revoked: [t('shareView.revokedHeading'), t('shareView.revoked')],
  unknown: [t('shareView.unknownHeading'), t('shareView.unknown')],
  offline: [t('shareView.offlineHeading'), t('shareView.offline')],
};

function showFailure(reason: Exclude<ViewFailure, 'wrong-passphrase'>): void {
  const [heading, body] = states[reason];
  const nodes: Node[] = [el('h1', heading), el('p', body)];
  main.dataset.state = reason;
  if (reason === 'offline') {
    const retry = el('button', t('shareView.retry'), { type: 'button', class: 'button' });
    retry.addEventListener('click', () => void start());
    nodes.push(retry);
  }
  show(...nodes);
}

function showDocument(payload: SharePayloadV1, expiresAt: number): void {
  const article = el('article', undefined, { lang: payload.lang, 'aria-labelledby': 'doc-title' });
  article.append(el('h2', payload.title, { id: 'doc-title' }));
  for (const line of payload.subtitle) if (line) article.append(el('p', line, { class: 'muted' }));
  let tables = 0;
  for (const block of payload.blocks) {
    if (block.t === 'ul') {
      const list = el('ul');
      for (const item of block.items) list.append(el('li', item));
      article.append(list);
    } else if (block.t === 'table') {
      // On a phone a wide table scrolls sideways in its frame: the frame takes keyboard focus
      // (arrow keys scroll it) and is named by the table's caption, as in the app.
      const captionId = `table-${++tables}`;
      const wrap = el('section', undefined, { class: 'table-wrap', tabindex: '0' });
      if (block.caption) wrap.setAttribute('aria-labelledby', captionId);
      const table = el('table');
      if (block.caption) table.append(el('caption', block.caption, { id: captionId }));
      if (block.head.length > 0) {
        const row = el('tr');
        for (const cell of block.head) row.append(el('th', cell, { scope: 'col' }));
        const head = el('thead');
        head.append(row);
        table.append(head);
      }
      const body = el('tbody');
      for (const cells of block.rows) {
        const row = el('tr');
        for (const cell of cells) row.append(el('td', cell));
        body.append(row);
      }
      table.append(body);
      wrap.append(table);
      article.append(wrap);
    } else {
      // Shared headings sit under the page's h1 and the document's h2.
      article.append(el(block.t === 'p' ? 'p' : block.t === 'h2' ? 'h3' : 'h4', block.x));
    }
  }
  const print = el('button', t('shareView.print'), { type: 'button', class: 'button print-hide' });
  print.addEventListener('click', () => window.print());
  const header = el('header', undefined, { class: 'viewer-header' });
  header.append(
    el('h1', t('shareView.heading')),
    el('p', t('shareView.readOnly'), { class: 'print-hide' }),
    el('p', t('shareView.updatedOn', { date: date(payload.madeAt, true) }), { class: 'muted' }),
    el('p', t('shareView.expiresOn', { date: date(expiresAt, true) }), {
      class: 'muted print-hide',
    }),
    print,
  );
  main.dataset.state = 'shown';
  show(header, article);
}

let derive: ReturnType<typeof createWorkerDerive>;

function askPassphrase(fetched: Fetched, wrong = false): void {
  const form = el('form', undefined, { class: 'passphrase-form' });
  const label = el('label', t('shareView.passphrase'), { for: 'passphrase' });
  const input = el('input', undefined, {
    id: 'passphrase',
    type: 'password',
    autocomplete: 'off',
    required: '',
    ...(wrong ? { 'aria-invalid': 'true', 'aria-describedby': 'passphrase-error' } : {}),
  });
  const button = el('button', t('shareView.open'), { type: 'submit', class: 'button' });
  const status = el('p', wrong ? t('shareView.wrongPassphrase') : '', {
    id: 'passphrase-error',
    role: wrong ? 'alert' : 'status',
    class: wrong ? 'error' : 'muted',
  });
  form.append(label, input, button, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (input.value === '') return;
    button.disabled = true;
    status.setAttribute('role', 'status');
    status.className = 'muted';
    status.textContent = t('shareView.opening');
    derive ??= createWorkerDerive();
    const opened = await openFetched(fetched, input.value, derive);
    if (opened.ok) showDocument(opened.value, fetched.expiresAt);
    else if (opened.reason === 'wrong-passphrase') askPassphrase(fetched, true);
    else showFailure(opened.reason);
  });
  main.dataset.state = wrong ? 'wrong-passphrase' : 'passphrase';
  show(el('h1', t('shareView.passphraseHeading')), el('p', t('shareView.passphraseIntro')), form);
  if (wrong) input.focus();
}

async function start(): Promise<void> {
  const fetched = await fetchShare(location.pathname, location.hash, Date.now());
  if (!fetched.ok) {
    showFailure(fetched.reason === 'wrong-passphrase' ? 'damaged' : fetched.reason);
    return;
  }
  if (fetched.value.needsPassphrase) {
    askPassphrase(fetched.value);
    return;
  }
  const opened = await openFetched(fetched.value);
  if (opened.ok) showDocument(opened.value, fetched.value.expiresAt);
  else showFailure(opened.reason === 'wrong-passphrase' ? 'damaged' : opened.reason);
}

void start();
