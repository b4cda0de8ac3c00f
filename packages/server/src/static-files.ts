import { relative, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

// Serves the built PWA (Vite output). Caching follows what each file is:
// - /assets/* carry a content hash in their names, so they never change: cache for a year.
// - index.html, sw.js, manifest.webmanifest, icons and every other un-hashed file must be
//   revalidated each time (no-cache + ETag/Last-Modified → 304), or a person could be stuck on an
//   old app shell or an old service worker after an update.
// Which HTML a navigation gets: a path with a page of its own in the build, <path>/index.html
// (the prerendered help screens: /help, /help/danger, /help/safe, with or without a trailing
// slash), gets that page; every other path falls back to the app shell, index.html (also "/"),
// and the app decides what the path means.

export const immutableCacheControl = 'public, max-age=31536000, immutable';
export const revalidateCacheControl = 'no-cache';

/** Files the compression hook may compress (see compression.ts). */
const compressibleFile = /\.(?:html|js|mjs|css|json|webmanifest|svg|txt|xml|map)$/i;

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

export function isAssetPath(pathname: string): boolean {
  return pathname === '/assets' || pathname.startsWith('/assets/');
}

function pathnameOf(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

/** A navigation by a browser: wants HTML (and did not refuse it with q=0). */
function acceptsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  if (!accept) return false;
  return accept.split(',').some((part) => {
    const [type = '', ...params] = part.trim().toLowerCase().split(';');
    if (type.trim() !== 'text/html') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * True when an unknown path should get the app shell (index.html), so that the client-side
 * router can show the screen: GET/HEAD, wants HTML, and not an API or asset path (those get real
 * 404s, so a missing script is never answered with HTML).
 */
export function wantsAppShell(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = pathnameOf(request.url);
  return !isApiPath(pathname) && !isAssetPath(pathname) && acceptsHtml(request);
}

export function sendAppShell(reply: FastifyReply): FastifyReply {
  // 200, not 404: for the browser this is the app, and the app decides what the path means.
  return reply.code(200).sendFile('index.html');
}

export async function registerStaticFiles(app: FastifyInstance, webRoot: string): Promise<void> {
  const root = resolve(webRoot);
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // With redirect: false, a directory path with or without its trailing slash that holds an
    // index.html is answered with that file directly, with no redirect round trip on a slow
    // connection. A directory without one goes to the not-found handler, i.e. the app shell for
    // navigations. Tested in static-files.test.ts ("prerendered pages").
    index: ['index.html'],
    // We set Cache-Control ourselves, per file kind, in setHeaders.
    cacheControl: false,
    etag: true,
    lastModified: true,
    // Whole files only: keeps compression and caching simple; the app has no large media.
    acceptRanges: false,
    // Dotfiles (.env, .git) that end up in a web root by accident are never served.
    dotfiles: 'ignore',
    redirect: false,
    // /api/* is the API's namespace even if a file of that name sits in the web root.
    allowedPath: (pathname) => !isApiPath(pathname),
    setHeaders: (reply, filePath) => {
      const inside = relative(root, filePath);
      const hashed = inside === 'assets' || inside.startsWith(`assets${sep}`);
      reply.header('cache-control', hashed ? immutableCacheControl : revalidateCacheControl);
      const type = reply.getHeader('content-type');
      // The service worker and modules are served as JavaScript under its current name.
      if (typeof type === 'string' && type.startsWith('application/javascript')) {
        reply.header('content-type', 'text/javascript; charset=utf-8');
      }
      // Caches must keep compressed and plain copies apart (also on 304s, which carry no type).
      if (compressibleFile.test(filePath)) reply.header('vary', 'accept-encoding');
    },
  });
}
