import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { bearerHash, isOctetStream, wholeNumber } from '../api-helpers.ts';
import type { Storage } from '../storage/storage.ts';
import { idPattern } from '../sync/base64url.ts';
import { createRateLimiter, type RateLimiter } from '../sync/rate-limit.ts';
import { type ShareReason, sendShareError } from './errors.ts';
import { fixedShareLimits, type ShareSettings } from './limits.ts';
import * as store from './store.ts';

// The share-link API, v1 (docs/share-links.md is the contract; keep them in step).
// Trust boundary: the snapshot is ciphertext the server cannot open (its key is only in the
// link's #fragment, which browsers never send). Handlers check ids, sizes and expiry, and
// authenticate changes by the SHA-256 of a revoke credential only the sharing device holds.
// No handler logs or echoes a body, a credential or an id; views are counted with a number and
// a time, never an address or a user agent.

export interface ShareRouteOptions {
  settings: ShareSettings;
  /** Milliseconds since the epoch; injected so tests can move time. */
  now?: () => number;
}

export const sharePrefix = '/api/share/v1';

type Params = Record<string, string | undefined>;

export async function registerShareRoutes(
  app: FastifyInstance,
  storage: Storage,
  { settings, now = Date.now }: ShareRouteOptions,
): Promise<void> {
  const ipLimiter: RateLimiter = createRateLimiter(settings.ipRatePerMinute, now);
  const createLimiter: RateLimiter = createRateLimiter(settings.createPerMinute, now);
  const linkLimiter: RateLimiter = createRateLimiter(settings.linkRatePerMinute, now);
  const sweep = () => store.sweepExpiredShares(storage, now()).catch(() => 0);
  await sweep();
  const sweeper = setInterval(sweep, settings.sweepSeconds * 1000);
  sweeper.unref();

  await app.register(
    async (scope) => {
      scope.addHook('onClose', async () => {
        clearInterval(sweeper);
        ipLimiter.close();
        createLimiter.close();
        linkLimiter.close();
      });
      scope.addContentTypeParser(
        'application/octet-stream',
        { parseAs: 'buffer', bodyLimit: settings.maxBytes },
        (_request, body, done) => done(null, body),
      );
      scope.setErrorHandler(async (error: FastifyError, request, reply) => {
        const code = error.statusCode;
        if (code === 413) return sendShareError(reply, 'too-large');
        if (code === 415) return sendShareError(reply, 'unsupported-media-type');
        if (typeof code === 'number' && code >= 400 && code < 500) {
          return sendShareError(reply, 'malformed-body');
        }
        if (!(await storage.health())) return sendShareError(reply, 'unavailable', 5);
        request.log.error({ err: error }, 'share request failed');
        return sendShareError(reply, 'server-error');
      });
      scope.setNotFoundHandler((_request, reply) => sendShareError(reply, 'not-found'));
      // Every request first spends from its address's allowance (kept in memory only).
      scope.addHook('onRequest', async (request, reply) => {
        const wait = ipLimiter.take(request.ip);
        if (wait > 0) return sendShareError(reply, 'rate-limited', wait);
      });

      // ---- helpers (each sends the error itself and returns undefined)

      const limited = (reply: FastifyReply, limiter: RateLimiter, key: string): boolean => {
        const wait = limiter.take(key);
        if (wait === 0) return false;
        sendShareError(reply, 'rate-limited', wait);
        return true;
      };
      /** The link id (well-formed, within its rate), or undefined with a 4xx sent. */
      const linkId = (request: FastifyRequest, reply: FastifyReply): string | undefined => {
        const shareId = (request.params as Params).shareId ?? '';
        if (!idPattern.test(shareId) || Object.keys(request.query as Params).length > 0) {
          sendShareError(reply, 'malformed-request');
          return undefined;
        }
        return limited(reply, linkLimiter, shareId) ? undefined : shareId;
      };
      const credential = (request: FastifyRequest, reply: FastifyReply) => {
        const hash = bearerHash(request);
        if (hash === undefined) sendShareError(reply, 'missing-credential');
        return hash;
      };
      const linkAndCredential = (request: FastifyRequest, reply: FastifyReply) => {
        const shareId = linkId(request, reply);
        if (shareId === undefined) return undefined;
        const hash = credential(request, reply);
        return hash === undefined ? undefined : { shareId, hash };
      };
      const snapshot = (request: FastifyRequest, reply: FastifyReply): Uint8Array | undefined => {
        const data = request.body;
        if (!(data instanceof Uint8Array) || data.byteLength < fixedShareLimits.minBytes) {
          sendShareError(reply, 'malformed-body');
          return undefined;
        }
        return data;
      };
      const failed = (reply: FastifyReply, reason: ShareReason) => sendShareError(reply, reason);
      // Bodies must be octet-stream; checked before the body is read, so JSON is a 415 not a 400.
      const binary = {
        bodyLimit: settings.maxBytes,
        onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
          if (!isOctetStream(request)) return sendShareError(reply, 'unsupported-media-type');
        },
      };

      scope.get('/', async (_request, reply) =>
        reply.send({
          v: 1,
          limits: {
            maxBytes: settings.maxBytes,
            minLifetimeMs: fixedShareLimits.minLifetimeMs,
            maxLifetimeMs: fixedShareLimits.maxLifetimeMs,
          },
        }),
      );

      // Create: the device chose the random id and the revoke credential; only its hash is kept.
      scope.post('/links/:shareId', binary, async (request, reply) => {
        const shareId = (request.params as Params).shareId ?? '';
        const query = request.query as Params;
        const expiresAt = wholeNumber(query.expires);
        const t = now();
        const { minLifetimeMs, maxLifetimeMs, clockSkewMs } = fixedShareLimits;
        if (
          !idPattern.test(shareId) ||
          Object.keys(query).some((k) => k !== 'expires') ||
          expiresAt === undefined ||
          expiresAt < t + minLifetimeMs - clockSkewMs ||
          expiresAt > t + maxLifetimeMs + clockSkewMs
        ) {
          return sendShareError(reply, 'malformed-request');
        }
        if (limited(reply, createLimiter, request.ip)) return reply;
        const hash = credential(request, reply);
        if (hash === undefined) return reply;
        const data = snapshot(request, reply);
        if (data === undefined) return reply;
        const result = await store.createShare(storage, shareId, hash, expiresAt, data);
        if (!result.ok) return failed(reply, result.reason);
        return reply.code(201).send({ v: 1, expiresAt });
      });

      // View: the ciphertext, never after expiry. Counted; nothing about the viewer is kept.
      scope.get('/links/:shareId', async (request, reply) => {
        const shareId = linkId(request, reply);
        if (shareId === undefined) return reply;
        const result = await store.viewShare(storage, shareId, now());
        if (!result.ok) return failed(reply, result.reason);
        return reply
          .header('cache-control', 'no-store')
          .header('x-share-expires', String(result.expiresAt))
          .type('application/octet-stream')
          .send(Buffer.from(result.data.buffer, result.data.byteOffset, result.data.byteLength));
      });

      // Live update: same link, new ciphertext; only with the revoke credential.
      scope.put('/links/:shareId', binary, async (request, reply) => {
        const authorized = linkAndCredential(request, reply);
        if (authorized === undefined) return reply;
        const data = snapshot(request, reply);
        if (data === undefined) return reply;
        const { shareId, hash } = authorized;
        const result = await store.replaceShare(storage, shareId, hash, data, now());
        if (!result.ok) return failed(reply, result.reason);
        return reply.send({ v: 1, expiresAt: result.expiresAt });
      });

      // Status for the sharing device: views and when last opened. Not counted as a view.
      scope.get('/links/:shareId/status', async (request, reply) => {
        const authorized = linkAndCredential(request, reply);
        if (authorized === undefined) return reply;
        const { shareId, hash } = authorized;
        const result = await store.shareStatus(storage, shareId, hash, now());
        if (!result.ok) return failed(reply, result.reason);
        return reply.send({
          v: 1,
          expiresAt: result.expiresAt,
          views: result.views,
          lastViewedAt: result.lastViewedAt,
        });
      });

      // Revoke: the ciphertext is deleted in this request, not at the next sweep.
      scope.delete('/links/:shareId', async (request, reply) => {
        const authorized = linkAndCredential(request, reply);
        if (authorized === undefined) return reply;
        const { shareId, hash } = authorized;
        const result = await store.revokeShare(storage, shareId, hash, now());
        if (!result.ok) return failed(reply, result.reason);
        return reply.code(204).send();
      });
    },
    { prefix: sharePrefix },
  );
}
