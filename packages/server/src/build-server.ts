import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { join, resolve } from 'node:path';
import type { ClinicProfile } from '@onward/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { type ClinicProfileFailure, loadClinicProfile } from './clinic-profile.ts';
import { registerClinicRoute } from './clinic-profile-route.ts';
import { compressStaticResponses } from './compression.ts';
import { registerHealthRoute } from './health.ts';
import { handleClientError, handleError, handleFrameworkError, sendError } from './http-errors.ts';
import { readInlineScriptHashes } from './inline-scripts.ts';
import { fail, ok, type Result } from './result.ts';
import { securityHeadersWith, sendsHsts, strictTransportSecurity } from './security-headers.ts';
import { defaultShareSettings, type ShareSettings } from './share/limits.ts';
import { registerShareRoutes } from './share/routes.ts';
import { registerViewerRoute } from './share/viewer-route.ts';
import { registerStaticFiles, sendAppShell, wantsAppShell } from './static-files.ts';
import { migrateToLatest } from './storage/migrate.ts';
import { ensureServerMeta, type ServerMeta } from './storage/server-meta.ts';
import { openStorage, type Storage, type StorageFailure } from './storage/storage.ts';
import { defaultSyncSettings, type SyncSettings } from './sync/limits.ts';
import { registerSyncRoutes } from './sync/routes.ts';

export interface BuildServerOptions {
  /** Folder holding the built PWA (packages/web/dist). Must contain index.html. */
  webRoot: string;
  /** sqlite:<path>, file:<path>, a bare path, or postgres://… */
  databaseUrl: string;
  /** Log server faults (warnings and errors) as JSON lines on stdout. Default false. */
  logger?: boolean;
  /** A clinic profile JSON file (ONWARD_CLINIC_PROFILE), served at GET /api/clinic. */
  clinicProfilePath?: string;
  /** Sync quotas and rate limits (defaults: sync/limits.ts), and a clock for tests. */
  sync?: { settings?: Partial<SyncSettings>; now?: () => number };
  /** Share-link limits (defaults: share/limits.ts), and a clock for tests. */
  share?: { settings?: Partial<ShareSettings>; now?: () => number };
  /**
   * ONWARD_TRUST_PROXY: a reverse proxy in front ends TLS and says so in X-Forwarded-Proto, so
   * `https` there means the browser is on TLS (then Strict-Transport-Security is sent).
   * Default false: the header is then ignored, as anyone could send it.
   */
  trustProxy?: boolean;
}

export type StartupFailure =
  | 'web-root-not-built'
  | StorageFailure
  | 'migration-failed'
  | ClinicProfileFailure;

declare module 'fastify' {
  interface FastifyInstance {
    /** The open storage; closed by the instance's onClose hook. */
    storage: Storage;
    /** This instance's id and first-start time, from server_meta. */
    serverMeta: ServerMeta;
  }
}

/** Largest request body accepted. Small for now; sync and share routes will set their own. */
export const bodyLimit = 1024 * 1024;

function hasIndexHtml(webRoot: string): boolean {
  const index = join(webRoot, 'index.html');
  return existsSync(index) && statSync(index).isFile();
}

/**
 * Builds the Onward server without listening: checks the web root, opens storage, runs the
 * migrations for its dialect, and registers the routes. Closing the app closes the storage.
 * On failure nothing is left open, and the detail is one plain sentence for the operator.
 */
export async function tryBuildServer(
  options: BuildServerOptions,
): Promise<Result<FastifyInstance, StartupFailure>> {
  const webRoot = resolve(options.webRoot);
  if (!hasIndexHtml(webRoot)) {
    return fail(
      'web-root-not-built',
      `The app has not been built: ${join(webRoot, 'index.html')} is missing. ` +
        'Run `npm run build` first (or `npm start`, which builds and then starts the server).',
    );
  }

  const scriptHashes = readInlineScriptHashes(webRoot);
  if (!scriptHashes.ok) return scriptHashes;

  let clinicProfile: ClinicProfile | undefined;
  if (options.clinicProfilePath !== undefined) {
    const loaded = await loadClinicProfile(options.clinicProfilePath);
    if (!loaded.ok) return loaded;
    clinicProfile = loaded.value;
  }

  const opened = await openStorage(options.databaseUrl);
  if (!opened.ok) return opened;
  const storage = opened.value;

  const migrated = await migrateToLatest(storage);
  if (!migrated.ok) {
    await storage.close();
    return migrated;
  }

  try {
    const serverMeta = await ensureServerMeta(storage.db);
    const app = createApp(
      options.logger === true,
      options.trustProxy === true,
      securityHeadersWith(scriptHashes.value),
    );
    app.decorate('storage', storage);
    app.decorate('serverMeta', serverMeta);
    app.addHook('onClose', async () => {
      await storage.close();
    });
    await registerRoutes(app, webRoot, storage, clinicProfile, options);
    // Not readied here: callers may still register routes (later features) before listen().
    return ok(app);
  } catch (error) {
    await storage.close();
    throw error;
  }
}

/** Thrown by buildServer when tryBuildServer fails; `reason` is the StartupFailure. */
export class StartupError extends Error {
  readonly reason: StartupFailure;
  constructor(reason: StartupFailure, message: string) {
    super(message);
    this.name = 'StartupError';
    this.reason = reason;
  }
}

/** Like tryBuildServer, but throws a StartupError; for tests and embedding. */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const built = await tryBuildServer(options);
  if (!built.ok) throw new StartupError(built.reason, built.detail ?? built.reason);
  return built.value;
}

function createApp(
  logger: boolean,
  trustProxy: boolean,
  headers: Readonly<Record<string, string>>,
): FastifyInstance {
  return Fastify({
    bodyLimit,
    // Privacy: level 'warn' means no per-request log lines (who fetched what, from which
    // address). Only the server's own faults are logged, a request described by method and path.
    logger: logger
      ? {
          level: 'warn',
          serializers: {
            req: (req) => ({ method: req.method, path: (req.url ?? '').split('?')[0] }),
          },
        }
      : false,
    // Security headers are set on the raw response before Fastify sees the request, so they are
    // on every answer: routes, static files, 404s, errors, and the 503s sent while closing.
    serverFactory: (handler) => {
      const server = createServer((request, response) => {
        for (const [name, value] of Object.entries(headers)) {
          response.setHeader(name, value);
        }
        const transport = {
          encrypted: (request.socket as { encrypted?: boolean }).encrypted === true,
          forwardedProto: request.headers['x-forwarded-proto'],
          trustProxy,
        };
        if (sendsHsts(transport)) {
          response.setHeader('strict-transport-security', strictTransportSecurity);
        }
        handler(request, response);
      });
      server.keepAliveTimeout = 72_000;
      server.requestTimeout = 60_000;
      return server;
    },
    clientErrorHandler: handleClientError,
    frameworkErrors: handleFrameworkError,
  });
}

async function registerRoutes(
  app: FastifyInstance,
  webRoot: string,
  storage: Storage,
  clinicProfile: ClinicProfile | undefined,
  { sync, share }: Pick<BuildServerOptions, 'sync' | 'share'>,
): Promise<void> {
  // Graceful shutdown: once close() starts, responses still in flight ask the client to close
  // the connection, so an idle keep-alive socket cannot hold the shutdown open after them.
  let closing = false;
  // A connection that has not sent a byte yet (a client's speculative preconnect) is neither
  // in flight nor "idle" to Node, so server.close() would wait for it until the request timeout.
  // Nothing is lost by closing it when the server stops.
  const unused = new Set<Socket>();
  app.server.on('connection', (socket) => {
    unused.add(socket);
    socket.once('data', () => unused.delete(socket));
    socket.once('close', () => unused.delete(socket));
  });
  app.addHook('preClose', async () => {
    closing = true;
    for (const socket of unused) socket.destroy();
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onResponse', async () => {
    if (closing) app.server.closeIdleConnections();
  });
  // Anything that does not choose a cache policy (API answers, errors) is never stored by a
  // browser or proxy: API answers may concern one person's data.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
  compressStaticResponses(app);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) =>
    wantsAppShell(request) ? sendAppShell(reply) : sendError(reply, 404),
  );

  registerHealthRoute(app, storage);
  registerClinicRoute(app, clinicProfile);
  await registerSyncRoutes(app, storage, {
    settings: { ...defaultSyncSettings, ...sync?.settings },
    ...(sync?.now ? { now: sync.now } : {}),
  });
  await registerShareRoutes(app, storage, {
    settings: { ...defaultShareSettings, ...share?.settings },
    ...(share?.now ? { now: share.now } : {}),
  });
  registerViewerRoute(app, webRoot);
  await registerStaticFiles(app, webRoot);
}
