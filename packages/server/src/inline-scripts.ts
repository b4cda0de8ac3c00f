// The inline scripts the built app may run, by hash. The web build's prerender step
// (packages/web/build/prerender-plugin.ts) puts one small script inline in the <head> of each
// prerendered help page: it marks the person's language and country before the first paint, and
// as a separate file it was a render-blocking request on a slow phone's first visit. It writes
// that script's SHA-256 into dist/inline-script-hashes.json, and the server adds exactly those
// hashes to script-src: that script, byte for byte, may run; any other inline script, an injected
// one included, is still refused. No file (an older build, a test's minimal web root): no hash.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, type Result } from './result.ts';

/** The file's name in the web root (the web build writes it under the same name). */
export const INLINE_SCRIPT_HASHES_FILE = 'inline-script-hashes.json';

/** A CSP hash source without its quotes: sha256- and 44 characters of base64. */
const hashSource = /^sha256-[A-Za-z0-9+/]{43}=$/;

export function readInlineScriptHashes(webRoot: string): Result<string[], 'web-root-not-built'> {
  const path = join(webRoot, INLINE_SCRIPT_HASHES_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ok([]);
    return fail('web-root-not-built', `${path} cannot be read: rebuild the app (npm run build).`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const hashes = (parsed as { scriptSrc?: unknown } | undefined)?.scriptSrc;
  if (!Array.isArray(hashes) || !hashes.every((h) => typeof h === 'string' && hashSource.test(h))) {
    return fail(
      'web-root-not-built',
      `${path} is not a list of script hashes: rebuild the app (npm run build).`,
    );
  }
  return ok(hashes as string[]);
}
