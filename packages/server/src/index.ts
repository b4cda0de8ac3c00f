// Public API of @onward/server.
export {
  type BuildServerOptions,
  bodyLimit,
  buildServer,
  StartupError,
  type StartupFailure,
  tryBuildServer,
} from './build-server.ts';
export type { HealthBody } from './health.ts';
export { contentSecurityPolicy, permissionsPolicy, securityHeaders } from './security-headers.ts';
export type { Database, ServerMetaTable } from './storage/database.ts';
export { migrateToLatest } from './storage/migrate.ts';
export type { ServerMeta } from './storage/server-meta.ts';
export {
  openStorage,
  type Storage,
  type StorageDialect,
  type StorageFailure,
} from './storage/storage.ts';
export { serverVersion } from './version.ts';
