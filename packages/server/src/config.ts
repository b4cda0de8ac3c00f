import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail, ok, type Result } from './result.ts';
import { readShareSettings, type ShareSettings } from './share/limits.ts';
import { readSyncSettings, type SyncSettings } from './sync/limits.ts';

// The server's settings, read from the environment. Pure (env and cwd are passed in) so the
// defaults can be tested without starting anything.

export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute folder for the SQLite file and anything else the server keeps. */
  dataDir: string;
  databaseUrl: string;
  /** Absolute folder with the built PWA. */
  webRoot: string;
  /** Absolute path of the clinic profile JSON file, when ONWARD_CLINIC_PROFILE is set. */
  clinicProfilePath?: string;
  /** Sync quotas and rate limits (ONWARD_SYNC_*). */
  sync: SyncSettings;
  /** Share-link size and rate limits (ONWARD_SHARE_*). */
  share: ShareSettings;
  /** ONWARD_TRUST_PROXY=1: a TLS-ending reverse proxy's X-Forwarded-Proto is believed. */
  trustProxy: boolean;
}

export type ConfigFailure =
  | 'invalid-port'
  | 'invalid-sync-setting'
  | 'invalid-share-setting'
  | 'invalid-trust-proxy';

/** packages/web/dist, found from this file rather than the working directory. */
export const defaultWebRoot: string = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export function readConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Result<ServerConfig, ConfigFailure> {
  const portText = env.PORT?.trim() || '8080';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) {
    return fail('invalid-port', `PORT must be a whole number from 0 to 65535, not "${portText}".`);
  }
  const fromCwd = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  const dataDir = fromCwd(env.ONWARD_DATA_DIR?.trim() || './data');
  const clinicProfile = env.ONWARD_CLINIC_PROFILE?.trim();
  const sync = readSyncSettings(env);
  if (!sync.ok) return sync;
  const share = readShareSettings(env);
  if (!share.ok) return share;
  const trustText = env.ONWARD_TRUST_PROXY?.trim().toLowerCase() ?? '';
  if (!['', '0', '1', 'false', 'true'].includes(trustText)) {
    return fail(
      'invalid-trust-proxy',
      `ONWARD_TRUST_PROXY must be 1 (behind a TLS proxy) or 0, not "${env.ONWARD_TRUST_PROXY}".`,
    );
  }
  return ok({
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir,
    databaseUrl: env.DATABASE_URL?.trim() || `sqlite:${resolve(dataDir, 'onward.sqlite')}`,
    webRoot: env.ONWARD_WEB_ROOT?.trim() ? fromCwd(env.ONWARD_WEB_ROOT.trim()) : defaultWebRoot,
    ...(clinicProfile ? { clinicProfilePath: fromCwd(clinicProfile) } : {}),
    sync: sync.value,
    share: share.value,
    trustProxy: trustText === '1' || trustText === 'true',
  });
}

/** The address to show a person: "localhost" when the server listens on this machine only or everywhere. */
export function displayUrl(host: string, port: number): string {
  const local = ['127.0.0.1', '::1', 'localhost', '0.0.0.0', '::', ''];
  if (local.includes(host)) return `http://localhost:${port}`;
  return host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}
