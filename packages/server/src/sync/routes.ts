import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { bearerHash, isJson, isOctetStream, wholeNumber } from '../api-helpers.ts';
import type { Storage } from '../storage/storage.ts';
import {
  decodeBase64url,
  encodeBase64url,
  encodedLength,
  idPattern,
  token32Pattern,
} from './base64url.ts';
import { sendSyncError } from './errors.ts';
import { fixedLimits, type SyncSettings } from './limits.ts';
import { createLiveHub } from './live.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import {
  answerSlotBody,
  emptyBody,
  openSlotBody,
  pushBody,
  registerDeviceBody,
  rotateBody,
  sealSlotBody,
} from './schemas.ts';
import * as store from './store.ts';

// The sync API, protocol v1 (docs/sync-protocol.md is the contract; keep them in step).
// Trust boundary: everything here is opaque to the server. Handlers check shapes and sizes,
// authenticate by comparing SHA-256 hashes of bearer tokens, and store exactly the bytes they
// were given. No handler logs or echoes a body, a token or an id.

export interface SyncRouteOptions {
  settings: SyncSettings;
  /** Milliseconds since the epoch; injected so tests can move time. */
  now?: () => number;
}

export const syncPrefix = '/api/sync/v1';

type Params = Record<string, string | undefined>;

export async function registerSyncRoutes(
  app: FastifyInstance,
  storage: Storage,
  { settings, now = Date.now }: SyncRouteOptions,
): Promise<void> {
  const vaultLimiter: RateLimiter = createRateLimiter(settings.vaultRatePerMinute, now);
  const ipLimiter: RateLimiter = createRateLimiter(settings.ipRatePerMinute, now);
  const hub = createLiveHub(storage);
  const pushBatched = store.createPushBatcher(storage, settings);
  const sweep = setInterval(() => {
    store.sweepPairing(storage, now()).catch(() => undefined);
  }, 60_000);
  sweep.unref();

  await app.register(
    async (scope) => {
      scope.addHook('preClose', async () => {
        hub.closeAll();
      });
      scope.addHook('onClose', async () => {
        clearInterval(sweep);
        vaultLimiter.close();
        ipLimiter.close();
      });

      scope.addContentTypeParser(
        'application/octet-stream',
        { parseAs: 'buffer', bodyLimit: settings.snapshotBytes },
        (_request, body, done) => done(null, body),
      );

      scope.setErrorHandler(async (error: FastifyError, request, reply) => {
        const code = error.statusCode;
        if (code === 413) return sendSyncError(reply, 'body-too-large');
        if (code === 415) return sendSyncError(reply, 'unsupported-media-type');
        if (typeof code === 'number' && code >= 400 && code < 500) {
          return sendSyncError(reply, 'malformed-body');
        }
        if (!(await storage.health())) return sendSyncError(reply, 'unavailable', {}, 5);
        request.log.error({ err: error }, 'sync request failed');
        return sendSyncError(reply, 'server-error');
      });
      scope.setNotFoundHandler((_request, reply) => sendSyncError(reply, 'not-found'));

      // ---- small helpers (each sends the error itself and returns undefined)

      const limited = (reply: FastifyReply, limiter: RateLimiter, key: string): boolean => {
        const wait = limiter.take(key);
        if (wait === 0) return false;
        sendSyncError(reply, 'rate-limited', {}, wait);
        return true;
      };
      const byVault = (request: FastifyRequest, reply: FastifyReply): string | undefined => {
        const vaultId = (request.params as Params).vaultId ?? '';
        if (!idPattern.test(vaultId)) {
          sendSyncError(reply, 'malformed-request');
          return undefined;
        }
        return limited(reply, vaultLimiter, vaultId) ? undefined : vaultId;
      };
      const byAddress = (request: FastifyRequest, reply: FastifyReply): boolean =>
        !limited(reply, ipLimiter, request.ip);
      const credential = (request: FastifyRequest, reply: FastifyReply) => {
        const hash = bearerHash(request);
        if (hash === undefined) sendSyncError(reply, 'missing-credential');
        return hash;
      };
      /** The vault id (well-formed, within its rate) and then the credential's hash, or a 4xx sent. */
      const vaultAndCredential = (request: FastifyRequest, reply: FastifyReply) => {
        const vaultId = byVault(request, reply);
        if (vaultId === undefined) return undefined;
        const hash = credential(request, reply);
        return hash === undefined ? undefined : { vaultId, hash };
      };
      const body = <S extends z.ZodType>(
        request: FastifyRequest,
        reply: FastifyReply,
        schema: S,
      ): z.output<S> | undefined => {
        if (request.body !== undefined && !isJson(request)) {
          sendSyncError(reply, 'unsupported-media-type');
          return undefined;
        }
        const parsed = schema.safeParse(request.body);
        if (!parsed.success) {
          sendSyncError(reply, 'malformed-body');
          return undefined;
        }
        return parsed.data;
      };
      const idParam = (request: FastifyRequest, reply: FastifyReply, name: string) => {
        const value = (request.params as Params)[name] ?? '';
        if (idPattern.test(value)) return value;
        sendSyncError(reply, 'malformed-request');
        return undefined;
      };
      const slotParam = (request: FastifyRequest, reply: FastifyReply) => {
        const value = (request.params as Params).slotId ?? '';
        if (token32Pattern.test(value)) return value;
        sendSyncError(reply, 'malformed-request');
        return undefined;
      };
      const json = { bodyLimit: fixedLimits.bodyBytes };
      const limitsBody = {
        bodyBytes: fixedLimits.bodyBytes,
        pushChanges: fixedLimits.pushChanges,
        envelopeBytes: fixedLimits.envelopeBytes,
        pullChanges: fixedLimits.pullChanges,
        vaultBytes: settings.vaultBytes,
        vaultChanges: settings.vaultChanges,
        snapshotBytes: settings.snapshotBytes,
        pairingTtlSeconds: settings.pairingTtlSeconds,
        devices: settings.devices,
      };
      const vaultLimits = { bytes: settings.vaultBytes, changes: settings.vaultChanges };

      // ---- server information

      scope.get('/', async (_request, reply) =>
        reply.send({ v: 1, protocol: 1, limits: limitsBody }),
      );

      // ---- vaults

      scope.put('/vaults/:vaultId', json, async (request, reply) => {
        if (!byAddress(request, reply)) return reply;
        const vaultId = idParam(request, reply, 'vaultId');
        if (vaultId === undefined) return reply;
        const hash = credential(request, reply);
        if (hash === undefined) return reply;
        if (body(request, reply, emptyBody) === undefined) return reply;
        const result = await store.createVault(storage, vaultId, hash);
        if (!result.ok) return sendSyncError(reply, result.reason);
        return reply.code(result.created ? 201 : 200).send({ v: 1, head: result.head });
      });

      scope.get('/vaults/:vaultId', async (request, reply) => {
        const authorized = vaultAndCredential(request, reply);
        if (authorized === undefined) return reply;
        const { vaultId, hash } = authorized;
        const result = await store.vaultStatus(storage, vaultId, hash);
        if (!result.ok) return sendSyncError(reply, result.reason);
        return reply.send({ v: 1, ...result.value, limits: vaultLimits });
      });

      scope.delete('/vaults/:vaultId', async (request, reply) => {
        const authorized = vaultAndCredential(request, reply);
        if (authorized === undefined) return reply;
        const { vaultId, hash } = authorized;
        const result = await store.deleteVault(storage, vaultId, hash);
        if (!result.ok) return sendSyncError(reply, result.reason);
        void hub.publish({ type: 'deleted', vaultId });
        return reply.code(204).send();
      });

      // ---- changes

      scope.post('/vaults/:vaultId/changes', json, async (request, reply) => {
        const authorized = vaultAndCredential(request, reply);
        if (authorized === undefined) return reply;
        const { vaultId, hash } = authorized;
        const parsed = body(request, reply, pushBody);
        if (parsed === undefined) return reply;
        const changes: store.IncomingChange[] = [];
        for (const [index, change] of parsed.changes.entries()) {
          if (change.envelope.length > encodedLength(fixedLimits.envelopeBytes)) {
            return sendSyncError(reply, 'change-too-large', { index });
          }
          const envelope = decodeBase64url(change.envelope);
          if (envelope === undefined || envelope.byteLength === 0) {
            return sendSyncError(reply, 'malformed-body');
          }
          changes.push({ id: change.id, envelope });
        }
        const result = await pushBatched(vaultId, hash, changes);
        if (!result.ok) {
          return result.reason === 'vault-full'
            ? sendSyncError(reply, 'vault-full', { usage: result.usage, limits: vaultLimits })
            : sendSyncError(reply, result.reason);
        }
        if (result.stored > 0) void hub.publish({ type: 'head', vaultId, value: result.head });
        return reply.send({ v: 1, acks: result.acks, head: result.head });
      });

      scope.get('/vaults/:vaultId/changes', async (request, reply) => {
        const authorized = vaultAndCredential(request, reply);
        if (authorized === undefined) return reply;
        const { vaultId, hash } = authorized;
        const query = request.query as Params;
        const after = query.after === undefined ? 0 : wholeNumber(query.after);
        const limit =
          query.limit === undefined ? fixedLimits.pullDefault : wholeNumber(query.limit);
        if (
          after === undefined ||
          limit === undefined ||
          limit < 1 ||
          limit > fixedLimits.pullChanges ||
          Object.keys(query).some((k) => k !== 'after' && k !== 'limit')
        ) {
          return sendSyncError(reply, 'malformed-request');
        }
        const result = await store.pullChanges(storage, vaultId, hash, after, limit);
        if (!result.ok) return sendSyncError(reply, result.reason);
        return reply.send({
          v: 1,
          snapshot: result.snapshot,
          changes: result.changes.map((c) => ({
            seq: c.seq,
            id: c.id,
            envelope: encodeBase64url(c.envelope),
          })),
          cursor: result.cursor,
          more: result.more,
          head: result.head,
        });
      });

      scope.get('/vaults/:vaultId/events', async (request, reply) => {
        const authorized = vaultAndCredential(request, reply);
        if (authorized === undefined) return reply;
        const { vaultId, hash } = authorized;
        const result = await store.checkVault(storage, vaultId, hash);
        if (!result.ok) return sendSyncError(reply, result.reason);
        if (hub.count(vaultId) >= settings.streamsPerVault) {
          return sendSyncError(reply, 'too-many-streams', {}, 30);
        }
        reply.hijack();
        const raw = reply.raw;
        try {
          await hub.open(vaultId, raw);
        } catch {
          if (!raw.headersSent) {
            const text = JSON.stringify({
              v: 1,
              error: { reason: 'unavailable', message: 'The live channel is not available.' },
            });
            raw.writeHead(503, {
              'content-type': 'application/json; charset=utf-8',
              'retry-after': '5',
            });
            raw.end(text);
          } else {
            raw.end();
          }
        }
        return reply;
      });

      // ---- snapshots

      scope.put(
        '/vaults/:vaultId/snapshot',
        {
          bodyLimit: settings.snapshotBytes,
          // Checked before the body is read, so a snapshot sent as JSON is a 415, not a 400.
          onRequest: async (request, reply) => {
            if (!isOctetStream(request)) {
              return sendSyncError(reply, 'unsupported-media-type');
            }
          },
        },
        async (request, reply) => {
          const authorized = vaultAndCredential(request, reply);
          if (authorized === undefined) return reply;
          const { vaultId, hash } = authorized;
          const query = request.query as Params;
          const seq = query.seq === undefined ? undefined : wholeNumber(query.seq);
          if (seq === undefined || seq < 1 || Object.keys(query).some((k) => k !== 'seq')) {
            return sendSyncError(reply, 'malformed-request');
          }
          const data = request.body;
          if (!(data instanceof Uint8Array) || data.byteLength === 0) {
            return sendSyncError(reply, 'malformed-body');
          }
          const result = await store.putSnapshot(storage, settings, vaultId, hash, seq, data);
          if (!result.ok) {
            if (result.reason === 'stale-snapshot') {
              return sendSyncError(reply, 'stale-snapshot', {
                snapshotSeq: result.snapshotSeq,
                head: result.head,
              });
            }
            if (result.reason === 'vault-full') {
              return sendSyncError(reply, 'vault-full', {
                usage: result.usage,
                limits: vaultLimits,
              });
            }
            return sendSyncError(reply, result.reason);
          }
          void hub.publish({ type: 'compacted', vaultId, value: result.snapshotSeq });
          return reply.send({ v: 1, snapshotSeq: result.snapshotSeq, dropped: result.dropped });
        },
      );

      scope.get('/vaults/:vaultId/snapshot', async (request, reply) => {
        const authorized = vaultAndCredential(request, reply);
        if (authorized === undefined) return reply;
        const { vaultId, hash } = authorized;
        const result = await store.getSnapshot(storage, vaultId, hash);
        if (!result.ok) return sendSyncError(reply, result.reason);
        return reply
          .type('application/octet-stream')
          .header('onward-snapshot-seq', String(result.seq))
          .send(Buffer.from(result.data.buffer, result.data.byteOffset, result.data.byteLength));
      });

      // ---- devices, mailbox, rotation

      scope.get('/vaults/:vaultId/devices', async (request, reply) => {
        const authorized = vaultAndCredential(request, reply);
        if (authorized === undefined) return reply;
        const { vaultId, hash } = authorized;
        const result = await store.listDevices(storage, vaultId, hash);
        if (!result.ok) return sendSyncError(reply, result.reason);
        return reply.send({ v: 1, devices: result.devices });
      });

      scope.put('/vaults/:vaultId/devices/:deviceKeyId', json, async (request, reply) => {
        const vaultId = byVault(request, reply);
        if (vaultId === undefined) return reply;
        const deviceKeyId = idParam(request, reply, 'deviceKeyId');
        if (deviceKeyId === undefined) return reply;
        const hash = credential(request, reply);
        if (hash === undefined) return reply;
        const parsed = body(request, reply, registerDeviceBody);
        if (parsed === undefined) return reply;
        const result = await store.registerDevice(
          storage,
          settings,
          vaultId,
          hash,
          deviceKeyId,
          parsed.publicKey,
          store.hashToken(parsed.mailboxToken),
        );
        if (!result.ok) return sendSyncError(reply, result.reason);
        return reply.code(result.created ? 201 : 200).send({ v: 1 });
      });

      scope.delete('/vaults/:vaultId/devices/:deviceKeyId', async (request, reply) => {
        const vaultId = byVault(request, reply);
        if (vaultId === undefined) return reply;
        const deviceKeyId = idParam(request, reply, 'deviceKeyId');
        if (deviceKeyId === undefined) return reply;
        const hash = credential(request, reply);
        if (hash === undefined) return reply;
        const result = await store.removeDevice(storage, vaultId, hash, deviceKeyId);
        if (!result.ok) return sendSyncError(reply, result.reason);
        return reply.code(204).send();
      });

      const mailboxRoute = async (
        request: FastifyRequest,
        reply: FastifyReply,
        action: 'read' | 'clear',
      ) => {
        if (!byAddress(request, reply)) return reply;
        const vaultId = idParam(request, reply, 'vaultId');
        if (vaultId === undefined) return reply;
        const deviceKeyId = idParam(request, reply, 'deviceKeyId');
        if (deviceKeyId === undefined) return reply;
        const hash = credential(request, reply);
        if (hash === undefined) return reply;
        if (action === 'clear') {
          const result = await store.clearMailbox(storage, vaultId, deviceKeyId, hash);
          if (!result.ok) return sendSyncError(reply, result.reason);
          return reply.code(204).send();
        }
        const result = await store.readMailbox(storage, vaultId, deviceKeyId, hash);
        if (!result.ok) return sendSyncError(reply, result.reason);
        if (result.entry === null) return reply.code(204).send();
        return reply.send({
          v: 1,
          keyEpoch: result.entry.keyEpoch,
          sealed: encodeBase64url(result.entry.sealed),
        });
      };
      scope.get('/vaults/:vaultId/devices/:deviceKeyId/mailbox', (request, reply) =>
        mailboxRoute(request, reply, 'read'),
      );
      scope.delete('/vaults/:vaultId/devices/:deviceKeyId/mailbox', (request, reply) =>
        mailboxRoute(request, reply, 'clear'),
      );

      scope.post('/vaults/:vaultId/rotate', json, async (request, reply) => {
        const authorized = vaultAndCredential(request, reply);
        if (authorized === undefined) return reply;
        const { vaultId, hash } = authorized;
        const parsed = body(request, reply, rotateBody);
        if (parsed === undefined) return reply;
        const result = await store.rotateVault(storage, vaultId, hash, {
          newCredentialHash: store.hashToken(parsed.credential),
          from: parsed.from,
          remove: parsed.remove,
          mailbox: parsed.mailbox,
        });
        if (!result.ok) {
          return result.reason === 'mailbox-incomplete'
            ? sendSyncError(reply, 'mailbox-incomplete', { missing: result.missing })
            : sendSyncError(reply, result.reason);
        }
        void hub.publish({ type: 'credential', vaultId });
        return reply.send({ v: 1, keyEpoch: result.keyEpoch });
      });

      // ---- pairing

      scope.post('/pairing', json, async (request, reply) => {
        const hash = credential(request, reply);
        if (hash === undefined) return reply;
        const parsed = body(request, reply, openSlotBody);
        if (parsed === undefined) return reply;
        if (limited(reply, vaultLimiter, parsed.vaultId)) return reply;
        const t = now();
        await store.sweepPairing(storage, t);
        const result = await store.openSlot(
          storage,
          settings,
          t,
          parsed.vaultId,
          hash,
          parsed.offerKey,
        );
        if (!result.ok) return sendSyncError(reply, result.reason);
        return reply.code(201).send({
          v: 1,
          slotId: result.slotId,
          expiresAt: new Date(result.expiresAt).toISOString(),
        });
      });

      scope.get('/pairing/:slotId', async (request, reply) => {
        if (!byAddress(request, reply)) return reply;
        const slotId = slotParam(request, reply);
        if (slotId === undefined) return reply;
        const hash = credential(request, reply);
        if (hash === undefined) return reply;
        const result = await store.slotStatus(storage, now(), slotId, hash);
        if (!result.ok) return sendSyncError(reply, result.reason);
        return reply.send({
          v: 1,
          state: result.state,
          expiresAt: new Date(result.expiresAt).toISOString(),
          answerKey: result.answerKey === null ? null : encodeBase64url(result.answerKey),
        });
      });

      scope.post('/pairing/:slotId/answer', json, async (request, reply) => {
        if (!byAddress(request, reply)) return reply;
        const slotId = slotParam(request, reply);
        if (slotId === undefined) return reply;
        const parsed = body(request, reply, answerSlotBody);
        if (parsed === undefined) return reply;
        const answerToken = new Uint8Array(32);
        crypto.getRandomValues(answerToken);
        const result = await store.answerSlot(
          storage,
          now(),
          slotId,
          parsed.answerKey,
          store.hashToken(answerToken),
        );
        if (!result.ok) return sendSyncError(reply, result.reason);
        return reply.send({
          v: 1,
          offerKey: encodeBase64url(result.offerKey),
          answerToken: encodeBase64url(answerToken),
          expiresAt: new Date(result.expiresAt).toISOString(),
        });
      });

      scope.put('/pairing/:slotId/sealed', json, async (request, reply) => {
        if (!byAddress(request, reply)) return reply;
        const slotId = slotParam(request, reply);
        if (slotId === undefined) return reply;
        const hash = credential(request, reply);
        if (hash === undefined) return reply;
        const parsed = body(request, reply, sealSlotBody);
        if (parsed === undefined) return reply;
        const result = await store.sealSlot(storage, now(), slotId, hash, parsed.sealed);
        if (!result.ok) return sendSyncError(reply, result.reason);
        return reply.code(204).send();
      });

      scope.get('/pairing/:slotId/sealed', async (request, reply) => {
        if (!byAddress(request, reply)) return reply;
        const slotId = slotParam(request, reply);
        if (slotId === undefined) return reply;
        const hash = credential(request, reply);
        if (hash === undefined) return reply;
        const result = await store.collectSlot(storage, now(), slotId, hash);
        if (!result.ok) return sendSyncError(reply, result.reason);
        if ('waiting' in result) return reply.code(202).send({ v: 1, state: 'answered' });
        return reply.send({ v: 1, sealed: encodeBase64url(result.sealed) });
      });

      scope.delete('/pairing/:slotId', async (request, reply) => {
        if (!byAddress(request, reply)) return reply;
        const slotId = slotParam(request, reply);
        if (slotId === undefined) return reply;
        const hash = credential(request, reply);
        if (hash === undefined) return reply;
        const result = await store.cancelSlot(storage, now(), slotId, hash);
        if (!result.ok) return sendSyncError(reply, result.reason);
        return reply.code(204).send();
      });
    },
    { prefix: syncPrefix },
  );
}
