// The shape of the server's database, as Kysely sees it. Later features add their tables here
// (and a migration per dialect). Every table holds opaque data only: the server never parses what
// a person stored, it keeps ciphertext and the bookkeeping needed to hand it back.

/** Small key/value facts about this server instance (never about a person). */
export interface ServerMetaTable {
  key: string;
  value: string;
}

export interface Database {
  server_meta: ServerMetaTable;
}

/** Keys stored in server_meta. */
export type ServerMetaKey = 'instance_id' | 'created_at';
