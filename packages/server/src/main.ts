// Starts Onward: `node packages/server/src/main.ts` (or `npm start`, which builds the app first).
// Environment: PORT (8080), HOST (127.0.0.1), ONWARD_DATA_DIR (./data), DATABASE_URL
// (sqlite:<data dir>/onward.sqlite), ONWARD_WEB_ROOT (packages/web/dist), ONWARD_CLINIC_PROFILE
// (a clinic profile JSON file; none by default), ONWARD_SYNC_* (sync quotas and rate limits, see
// the README), ONWARD_SHARE_* (share-link limits, docs/share-links.md), ONWARD_TRUST_PROXY (0; 1 behind a TLS proxy).
// Any startup problem ends in one plain line on stderr and exit code 1; SIGTERM and SIGINT stop
// the server gracefully (no new connections, in-flight requests finish, database closed, exit 0).
import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { tryBuildServer } from './build-server.ts';
import { displayUrl, readConfig } from './config.ts';

/** How long in-flight requests get to finish after a stop signal. */
const shutdownGraceMs = 10_000;

function exitWith(message: string): never {
  console.error(`Onward could not start: ${message}`);
  process.exit(1);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') return 'that port is already in use. Set PORT to a free port.';
    if (code === 'EACCES') return 'the server may not listen on that port. Try a port above 1024.';
    return error.message;
  }
  return String(error);
}

function stopOnSignals(app: FastifyInstance): void {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const deadline = setTimeout(() => {
      console.error('Onward did not stop in time; exiting anyway.');
      process.exit(1);
    }, shutdownGraceMs);
    deadline.unref();
    try {
      // Stops accepting connections, lets in-flight requests finish, then runs onClose hooks
      // (which close the database).
      await app.close();
      console.log('Onward has stopped.');
      process.exit(0);
    } catch (error) {
      console.error(`Onward could not stop cleanly: ${describe(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function main(): Promise<void> {
  const config = readConfig(process.env, process.cwd());
  if (!config.ok) exitWith(config.detail ?? config.reason);
  const { port, host, dataDir, databaseUrl, webRoot, clinicProfilePath, sync, share, trustProxy } =
    config.value;

  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    exitWith(`the data folder ${dataDir} could not be created (${describe(error)}).`);
  }

  const built = await tryBuildServer({
    webRoot,
    databaseUrl,
    logger: true,
    clinicProfilePath,
    sync: { settings: sync },
    share: { settings: share },
    trustProxy,
  });
  if (!built.ok) exitWith(built.detail ?? built.reason);
  const app = built.value;

  try {
    await app.listen({ port, host });
  } catch (error) {
    await app.close();
    exitWith(describe(error));
  }
  stopOnSignals(app);

  const address = app.server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  console.log(`Onward is running at ${displayUrl(host, actualPort)}`);
}

main().catch((error: unknown) => exitWith(describe(error)));
