// The data key: one random 256-bit AES-GCM key that encrypts every record. It never leaves the
// device in the clear except as the recovery code the person writes down, and it is never derived
// from the passcode. (The web vault still makes a fresh one at every passcode change, so no old
// wrapping left on disk opens what is written after: see packages/web/src/vault/engine.ts.)
import { asBytes, type Bytes } from './bytes.ts';
import { defaultRng, type Rng, randomBytes } from './random.ts';

export const DATA_KEY_BYTES = 32;

const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt'];

/**
 * A fresh data key. It is extractable, because WebCrypto can wrap only extractable keys: wrap it
 * (and show the recovery code) straight away, then use the non-extractable copy that
 * unwrapping gives you for day-to-day work.
 */
export async function generateDataKey(rng: Rng = defaultRng): Promise<CryptoKey> {
  const raw = randomBytes(DATA_KEY_BYTES, rng);
  try {
    return await importDataKey(raw, { extractable: true });
  } finally {
    raw.fill(0);
  }
}

/** Imports 32 raw bytes as a data key (recovery, test vectors). */
export async function importDataKey(
  raw: Uint8Array,
  { extractable = false }: { extractable?: boolean } = {},
): Promise<CryptoKey> {
  if (raw.length !== DATA_KEY_BYTES) throw new TypeError('a data key is 32 bytes');
  return crypto.subtle.importKey('raw', asBytes(raw), 'AES-GCM', extractable, DATA_KEY_USAGES);
}

/** The raw bytes of an extractable data key (for the recovery code only). */
export async function exportDataKeyBytes(dataKey: CryptoKey): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.exportKey('raw', dataKey));
}

/**
 * A device key: a non-extractable AES-KW key the web app keeps in IndexedDB (structured clone
 * keeps it non-extractable), so the vault opens without a passcode on this device while the key
 * bytes are never readable by script.
 */
export async function generateDeviceKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-KW', length: 256 }, false, [
    'wrapKey',
    'unwrapKey',
  ]);
}

export const DATA_KEY_ALGORITHM = { name: 'AES-GCM' } as const;
export { DATA_KEY_USAGES };
