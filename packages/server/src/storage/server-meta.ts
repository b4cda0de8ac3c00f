import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

// Facts about this server instance, written once at first start and kept across restarts.
// Randomness and the clock are injected so tests can pin them.

export interface ServerMeta {
  /** Random UUID, created the first time this database is used. */
  instanceId: string;
  /** ISO 8601 time of that first start. */
  createdAt: string;
}

export interface ServerMetaDeps {
  newId?: () => string;
  now?: () => Date;
}

/** Reads the instance facts, creating them on first start. Existing values are never replaced. */
export async function ensureServerMeta(
  db: Kysely<Database>,
  { newId = randomUUID, now = () => new Date() }: ServerMetaDeps = {},
): Promise<ServerMeta> {
  await db
    .insertInto('server_meta')
    .values([
      { key: 'instance_id', value: newId() },
      { key: 'created_at', value: now().toISOString() },
    ])
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const rows = await db
    .selectFrom('server_meta')
    .select(['key', 'value'])
    .where('key', 'in', ['instance_id', 'created_at'])
    .execute();
  const value = (key: string) => {
    const row = rows.find((r) => r.key === key);
    if (row === undefined) throw new Error(`server_meta is missing ${key}.`);
    return row.value;
  };
  return { instanceId: value('instance_id'), createdAt: value('created_at') };
}
