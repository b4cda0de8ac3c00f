import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../http-errors.ts';

// The share viewer page, /s/<id>#<key>: its own small HTML entry (packages/web/share.html), not
// the app shell. The key is in the #fragment, which the browser never sends, so this route only
// ever sees the id. The page is never cached, and gets a tighter policy than the app: nothing
// beyond its own script, style and the share API; no service worker, no manifest, no images
// other than its own; not indexed by search engines.

export const viewerContentSecurityPolicy: string = [
  "default-src 'none'",
  // 'wasm-unsafe-eval' only for Argon2id when a link has a passphrase (hash-wasm, our bundle).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  // The passphrase's Argon2id runs in our own module worker (the page stays responsive).
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  'upgrade-insecure-requests',
].join('; ');

export function registerViewerRoute(app: FastifyInstance, webRoot: string): void {
  const built = existsSync(join(webRoot, 'share.html'));
  // Any id gets the viewer: a malformed one is shown as a damaged link, in kind words.
  const noStore = async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    // After the static plugin set its own cache policy: this page is never kept anywhere.
    reply.header('cache-control', 'no-store');
    return payload;
  };
  app.get('/s/:shareId', { onSend: noStore }, async (_request, reply) => {
    if (!built) return sendError(reply, 404);
    return reply
      .header('content-security-policy', viewerContentSecurityPolicy)
      .header('x-robots-tag', 'noindex, nofollow')
      .type('text/html; charset=utf-8')
      .sendFile('share.html');
  });
}
