// What a share link carries once decrypted: a small, versioned, plain-text document (payload
// format v1, docs/share-links.md). The sharing device renders the report or plan as it would
// print, then reduces it to headings, paragraphs, lists and tables of plain text. The viewer
// shows those with textContent only: no HTML, no script, no link and no image can travel in a
// share, whatever the snapshot says, and the viewer needs none of the app's code to show it.
// This file is imported by both the app and the viewer, so it depends on nothing.

export type ShareKind = 'report' | 'plan' | 'supporter';

export type Block =
  | { t: 'h2' | 'h3' | 'p'; x: string }
  | { t: 'ul'; items: string[] }
  | { t: 'table'; caption: string; head: string[]; rows: string[][] };

export interface SharePayloadV1 {
  v: 1;
  kind: ShareKind;
  /** BCP 47 tag of the language the document is written in. */
  lang: string;
  title: string;
  /** Lines under the title (for whom, the dates). */
  subtitle: string[];
  /** ISO time this snapshot was made. */
  madeAt: string;
  blocks: Block[];
}

const MAX_BLOCKS = 4_000;
const MAX_TEXT = 20_000;
const MAX_ITEMS = 2_000;

const text = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_TEXT;
const texts = (x: unknown, max = MAX_ITEMS): x is string[] =>
  Array.isArray(x) && x.length <= max && x.every(text);

function isBlock(b: unknown): b is Block {
  if (typeof b !== 'object' || b === null) return false;
  const r = b as Record<string, unknown>;
  if (r.t === 'h2' || r.t === 'h3' || r.t === 'p') return text(r.x);
  if (r.t === 'ul') return texts(r.items);
  if (r.t === 'table') {
    return (
      text(r.caption) &&
      texts(r.head, 50) &&
      Array.isArray(r.rows) &&
      r.rows.length <= MAX_ITEMS &&
      r.rows.every((row) => texts(row, 50))
    );
  }
  return false;
}

/** Parses a decrypted payload; undefined for anything this version cannot show. */
export function readSharePayload(json: string): SharePayloadV1 | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Record<string, unknown>;
  const ok =
    p.v === 1 &&
    (p.kind === 'report' || p.kind === 'plan' || p.kind === 'supporter') &&
    text(p.lang) &&
    /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(p.lang) &&
    text(p.title) &&
    texts(p.subtitle, 10) &&
    text(p.madeAt) &&
    !Number.isNaN(Date.parse(p.madeAt)) &&
    Array.isArray(p.blocks) &&
    p.blocks.length <= MAX_BLOCKS &&
    p.blocks.every(isBlock);
  return ok ? (value as SharePayloadV1) : undefined;
}

/**
 * Things on screen that are not part of the document: controls, decoration, what is hidden in
 * print, and words meant only for the person's screen reader on their own device ("fill in or
 * change this day" on a link that a shared copy does not have).
 */
function skipped(el: Element): boolean {
  return (
    el.matches('svg, button, input, select, textarea, script, style, [aria-hidden="true"]') ||
    el.classList.contains('print-hide') ||
    el.classList.contains('visually-hidden') ||
    el.classList.contains('sr-only')
  );
}

/** The text of an element without its skipped parts, whitespace collapsed. */
function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1 && !skipped(node as Element))
      out += ` ${textOf(node as Element)} `;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Reduces a rendered document (the report as printed) to blocks of plain text. Headings become
 * h2/h3, paragraphs p, lists and definition lists ul, tables table; other elements are walked
 * into. Empty text is dropped.
 */
export function blocksFromElement(root: Element): Block[] {
  const out: Block[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (skipped(child)) continue;
      const tag = child.tagName.toLowerCase();
      if (/^h[1-6]$/.test(tag)) {
        const x = textOf(child);
        if (x) out.push({ t: tag === 'h1' || tag === 'h2' ? 'h2' : 'h3', x });
      } else if (tag === 'p') {
        const x = textOf(child);
        if (x) out.push({ t: 'p', x });
      } else if (tag === 'ul' || tag === 'ol') {
        const items = Array.from(child.querySelectorAll(':scope > li'))
          .map((li) => textOf(li))
          .filter(Boolean);
        if (items.length > 0) out.push({ t: 'ul', items });
      } else if (tag === 'dl') {
        const items: string[] = [];
        for (const dt of Array.from(child.querySelectorAll('dt'))) {
          const dd = dt.nextElementSibling;
          items.push([textOf(dt), textOf(dd)].filter(Boolean).join(': '));
        }
        if (items.length > 0) out.push({ t: 'ul', items });
      } else if (tag === 'table') {
        const cells = (row: Element) =>
          Array.from(row.querySelectorAll(':scope > th, :scope > td')).map((c) => textOf(c));
        const headRow = child.querySelector('thead tr');
        const bodyRows = Array.from(child.querySelectorAll('tbody tr, :scope > tr'));
        out.push({
          t: 'table',
          caption: textOf(child.querySelector('caption')),
          head: headRow ? cells(headRow) : [],
          rows: bodyRows.map(cells),
        });
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}
