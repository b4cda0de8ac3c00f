import type { Generated } from 'kysely';

// The shape of the server's database, as Kysely sees it. Later features add their tables here
// (and a migration per dialect). Every table holds opaque data only: the server never parses what
// a person stored, it keeps ciphertext and the bookkeeping needed to hand it back.
// Binary columns are BLOB (SQLite) / bytea (PostgreSQL); bigint columns read back as numbers.

/** Small key/value facts about this server instance (never about a person). */
export interface ServerMetaTable {
  key: string;
  value: string;
}

/**
 * One sync vault (docs/sync-protocol.md). The credential is stored only as SHA-256 of the bearer
 * token; the counters are bookkeeping for quotas and cursors.
 */
export interface SyncVaultTable {
  vault_id: string;
  credential_hash: Uint8Array;
  /** Highest sequence ever assigned (0: none yet). */
  head_seq: Generated<number>;
  /** The sequence the snapshot covers (0: no snapshot). */
  snapshot_seq: Generated<number>;
  key_epoch: Generated<number>;
  /** Changes not yet compacted, and their envelope bytes. */
  change_count: Generated<number>;
  change_bytes: Generated<number>;
  snapshot_bytes: Generated<number>;
}

/** A change: its opaque id, the sequence the server gave it, and the envelope bytes. */
export interface SyncChangeTable {
  vault_id: string;
  seq: number;
  change_id: string;
  envelope: Uint8Array;
}

/** The vault's encrypted snapshot (at most one). */
export interface SyncSnapshotTable {
  vault_id: string;
  seq: number;
  data: Uint8Array;
}

/** A linked device's long-term public key, its mailbox token hash, and its key mailbox. */
export interface SyncDeviceTable {
  vault_id: string;
  device_key_id: string;
  public_key: Uint8Array;
  mailbox_token_hash: Uint8Array;
  mailbox_epoch: number | null;
  mailbox_sealed: Uint8Array | null;
}

export type PairingState = 'open' | 'answered' | 'sealed' | 'collected' | 'cancelled';

/** A pairing slot. Keys and the sealed blob are set to null once it is collected or cancelled. */
export interface SyncPairingTable {
  slot_id: string;
  vault_id: string;
  state: PairingState;
  /** Milliseconds since the Unix epoch. */
  expires_at: number;
  offer_key: Uint8Array | null;
  answer_key: Uint8Array | null;
  answer_token_hash: Uint8Array | null;
  sealed: Uint8Array | null;
}

/**
 * One share link (docs/share-links.md). `data` is the encrypted snapshot exactly as the sharing
 * device sent it; its key is only in the link's #fragment. The revoke credential is stored only
 * as SHA-256. `views` counts fetches and `last_viewed_at` says when: no address, no user agent.
 */
export interface ShareLinkTable {
  share_id: string;
  revoke_hash: Uint8Array;
  /** Milliseconds since the Unix epoch; never served at or after this. */
  expires_at: number;
  views: Generated<number>;
  last_viewed_at: number | null;
  data: Uint8Array;
}

/**
 * A revoked link's id until its expiry, so the viewer can say "revoked" rather than "not
 * found". Holds no content and no credential.
 */
export interface ShareRevokedTable {
  share_id: string;
  expires_at: number;
}

export interface Database {
  share_link: ShareLinkTable;
  share_revoked: ShareRevokedTable;
  server_meta: ServerMetaTable;
  sync_vault: SyncVaultTable;
  sync_change: SyncChangeTable;
  sync_snapshot: SyncSnapshotTable;
  sync_device: SyncDeviceTable;
  sync_pairing: SyncPairingTable;
}

/** Keys stored in server_meta. */
export type ServerMetaKey = 'instance_id' | 'created_at';
