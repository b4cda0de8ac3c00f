// Sync keys (docs/sync-protocol.md section 10.1). The linked devices share one random 256-bit
// sync key K, SEPARATE from each device's local data key: a passcode change rotates the local
// data key and re-encrypts the pages, and never touches K, so it never breaks sync. K is kept in
// the vault as an ordinary encrypted record.
//
// From K, HKDF-SHA-256 (salt = the vault id's 16 bytes) derives two independent values:
// - the envelope key (info "onward/sync/v1/envelope"): an AES-256-GCM key, non-extractable;
// - the vault credential (info "onward/sync/v1/credential"): 32 bytes sent as the bearer token.
// TRUST BOUNDARY: the server sees the credential (and stores only its SHA-256). The distinct info
// strings make it independent of the envelope key: knowing it reveals nothing that decrypts.
import { type Bytes, fromBase64Url, toBase64Url, utf8 } from './bytes.ts';
import { defaultRng, type Rng, randomBytes } from './random.ts';

export const SYNC_KEY_BYTES = 32;
export const SYNC_ID_BYTES = 16;
const ENVELOPE_INFO = utf8('onward/sync/v1/envelope');
const CREDENTIAL_INFO = utf8('onward/sync/v1/credential');

export interface SyncKeys {
  /** AES-256-GCM, non-extractable: seals and opens change envelopes and snapshots. */
  envelopeKey: CryptoKey;
  /** The bearer token for the server (base64url of 32 bytes). */
  credential: string;
}

/** A new sync key: 32 bytes from the platform CSPRNG. */
export function generateSyncKey(rng: Rng = defaultRng): Bytes {
  return randomBytes(SYNC_KEY_BYTES, rng);
}

/** A new vault id, change id or device key id: 16 random bytes as 22 base64url characters. */
export function newSyncId(rng: Rng = defaultRng): string {
  return toBase64Url(randomBytes(SYNC_ID_BYTES, rng));
}

/** The 16 bytes of an id, or undefined if it is not exactly 22 canonical base64url characters. */
export function syncIdBytes(id: string): Bytes | undefined {
  if (id.length !== 22) return undefined;
  const bytes = fromBase64Url(id);
  return bytes?.length === SYNC_ID_BYTES ? bytes : undefined;
}

export async function hkdfBytes(ikm: Bytes, salt: Bytes, info: Bytes, length = 32): Promise<Bytes> {
  const base = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt, info },
    base,
    length * 8,
  );
  return new Uint8Array(bits);
}

/** Derives the envelope key and the server credential for one vault. */
export async function deriveSyncKeys(syncKey: Bytes, vaultId: string): Promise<SyncKeys> {
  if (syncKey.length !== SYNC_KEY_BYTES) throw new TypeError('sync key must be 32 bytes');
  const salt = syncIdBytes(vaultId);
  if (!salt) throw new TypeError('vault id must be 16 bytes in base64url');
  const envelopeBytes = await hkdfBytes(syncKey, salt, ENVELOPE_INFO);
  const envelopeKey = await crypto.subtle.importKey('raw', envelopeBytes, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  envelopeBytes.fill(0);
  const credential = toBase64Url(await hkdfBytes(syncKey, salt, CREDENTIAL_INFO));
  return { envelopeKey, credential };
}
