import { readdir } from 'node:fs/promises';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import { fail, ok, type Result } from '../result.ts';
import type { Storage, StorageDialect } from './storage.ts';

// Migrations are timestamp-named files, one folder per SQL dialect (migrations/sqlite,
// migrations/postgres), chosen by the dialect of the open storage. Names sort in time order:
// YYYYMMDDTHHMM-what-it-does.ts, each exporting a Kysely Migration as its default export.

export const migrationFileName: RegExp = /^\d{8}T\d{4}-[a-z0-9-]+\.ts$/;

export function migrationsFolder(dialect: StorageDialect): URL {
  return new URL(`./migrations/${dialect}/`, import.meta.url);
}

/** Lists the migration files for a dialect, in the order they run. */
export async function migrationNames(dialect: StorageDialect): Promise<string[]> {
  const files = await readdir(migrationsFolder(dialect));
  return files.filter((f) => migrationFileName.test(f)).sort();
}

function isMigration(value: unknown): value is Migration {
  return (
    typeof value === 'object' && value !== null && 'up' in value && typeof value.up === 'function'
  );
}

export function dialectMigrationProvider(dialect: StorageDialect): MigrationProvider {
  return {
    async getMigrations() {
      const migrations: Record<string, Migration> = {};
      for (const file of await migrationNames(dialect)) {
        const module: { default?: unknown } = await import(
          new URL(file, migrationsFolder(dialect)).href
        );
        if (!isMigration(module.default)) {
          throw new Error(`Migration ${dialect}/${file} has no default-exported Migration.`);
        }
        migrations[file.replace(/\.ts$/, '')] = module.default;
      }
      return migrations;
    },
  };
}

export type MigrationFailure = 'migration-failed';

/** Brings the schema up to date. Returns the names of the migrations it applied. */
export async function migrateToLatest(
  storage: Storage,
): Promise<Result<string[], MigrationFailure>> {
  const migrator = new Migrator({
    db: storage.db,
    provider: dialectMigrationProvider(storage.dialect),
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    const why = error instanceof Error ? error.message : String(error);
    return fail(
      'migration-failed',
      `The database schema could not be brought up to date${failed ? ` (${failed})` : ''}: ${why}`,
    );
  }
  return ok(results.filter((r) => r.status === 'Success').map((r) => r.migrationName));
}
