// Build-time helpers for the service worker plugin: which emitted files to precache, and a
// version that changes whenever any of them does. Runs in Node during `vite build`.
import { createHash } from 'node:crypto';

export interface EmittedFile {
  /** Path relative to the output folder, with forward slashes ("assets/index-abc.js"). */
  fileName: string;
  content: string | Uint8Array;
}

/** Not worth (or not right) to put in the offline cache. */
function excluded(fileName: string): boolean {
  const base = fileName.split('/').pop() ?? fileName;
  return (
    fileName === 'sw.js' ||
    // The share viewer's page is for the people a link is sent to, always fetched fresh.
    fileName === 'share.html' ||
    // For the server's CSP only (build/prerender-plugin.ts); the app never fetches it.
    fileName === 'inline-script-hashes.json' ||
    base.startsWith('.') ||
    fileName.split('/').some((part) => part.startsWith('.')) ||
    base.endsWith('.map') ||
    base.endsWith('.LICENSE.txt')
  );
}

/** Absolute URLs of every file to cache at install, sorted and without duplicates. */
export function precacheUrls(fileNames: readonly string[]): string[] {
  const urls = new Set<string>();
  for (const raw of fileNames) {
    const fileName = raw.replaceAll('\\', '/').replace(/^\.?\/+/, '');
    if (fileName === '' || excluded(fileName)) continue;
    urls.add(`/${fileName}`);
  }
  return [...urls].sort();
}

/**
 * A short hash over the names and bytes of the precached files. Any change to any of them
 * gives a new sw.js, which is what makes the browser install the new version.
 */
export function precacheVersion(files: readonly EmittedFile[]): string {
  const wanted = new Set(precacheUrls(files.map((f) => f.fileName)));
  const hash = createHash('sha256');
  const sorted = [...files]
    .map((f) => ({ url: `/${f.fileName.replaceAll('\\', '/').replace(/^\.?\/+/, '')}`, f }))
    .filter(({ url }) => wanted.has(url))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  for (const { url, f } of sorted) {
    hash.update(url);
    hash.update('\0');
    hash.update(typeof f.content === 'string' ? Buffer.from(f.content) : f.content);
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
