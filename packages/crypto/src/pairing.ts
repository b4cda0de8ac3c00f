// Pairing and key mailbox crypto (docs/sync-protocol.md 10.5 and 10.6), on WebCrypto.
//
// Sealing a payload to a public key: ECDH P-256 between the sender's private key and the
// recipient's public key -> HKDF-SHA-256 (salt = SHA-256(senderPublic | recipientPublic), info =
// "onward/sync/v1/pairing" or ".../mailbox") -> AES-256-GCM. Associated data: the info string and
// both public keys, so a sealed blob opens only between the two keys it was made for.
// Sealed bytes: 0x01 (version) | IV (12) | ciphertext+tag. A mailbox blob is preceded by the
// sender's one-time public key (65 bytes), since the recipient has never seen it.
//
// TRUST BOUNDARY: the server relays public keys and sealed blobs. A server that swaps a public
// key (to sit in the middle) changes the confirmation code one device shows: the person sees the
// two codes differ and cancels. The private keys never leave the device (non-extractable).
import { type Bytes, concatBytes, fromUtf8, utf8 } from './bytes.ts';
import { defaultRng, type Rng, randomBytes } from './random.ts';
import { fail, ok, type Result } from './result.ts';
import { hkdfBytes } from './sync-keys.ts';
import { isOperationError } from './webcrypto-errors.ts';

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
export const PUBLIC_KEY_BYTES = 65;
const SEALED_V1 = 1;
export type SealPurpose = 'pairing' | 'mailbox';
export type UnsealFailure = 'malformed' | 'unsupported-version' | 'wrong-key-or-tampered';

export interface OneTimeKeyPair {
  privateKey: CryptoKey;
  /** Raw uncompressed P-256 point, 65 bytes. */
  publicKey: Bytes;
}

/** A fresh ECDH P-256 key pair; the private key cannot be exported. */
export async function generateKeyPair(): Promise<OneTimeKeyPair> {
  const pair = await crypto.subtle.generateKey(ECDH, false, ['deriveBits']);
  return {
    privateKey: pair.privateKey,
    publicKey: new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)),
  };
}

/**
 * A device's long-term mailbox key pair, as bytes to keep in its vault (encrypted under the data
 * key like any record): PKCS#8 private key and raw public key. Use with importKeyPair.
 */
export async function generateStoredKeyPair(): Promise<{ privatePkcs8: Bytes; publicKey: Bytes }> {
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  return {
    privatePkcs8: new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
    publicKey: new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)),
  };
}

/** Imports a stored pair; the private key becomes non-extractable. */
export async function importKeyPair(
  privatePkcs8: Bytes,
  publicKey: Bytes,
): Promise<OneTimeKeyPair> {
  const privateKey = await crypto.subtle.importKey('pkcs8', privatePkcs8, ECDH, false, [
    'deriveBits',
  ]);
  return { privateKey, publicKey };
}

async function importPublic(raw: Bytes): Promise<CryptoKey | undefined> {
  if (raw.length !== PUBLIC_KEY_BYTES || raw[0] !== 4) return undefined;
  try {
    return await crypto.subtle.importKey('raw', raw, ECDH, false, []);
  } catch {
    return undefined;
  }
}

async function sharedKey(
  privateKey: CryptoKey,
  peer: CryptoKey,
  senderPublic: Bytes,
  recipientPublic: Bytes,
  purpose: SealPurpose,
): Promise<CryptoKey> {
  const secret = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'ECDH', public: peer }, privateKey, 256),
  );
  const salt = new Uint8Array(
    await crypto.subtle.digest('SHA-256', concatBytes(senderPublic, recipientPublic)),
  );
  const bytes = await hkdfBytes(secret, salt, utf8(`onward/sync/v1/${purpose}`));
  secret.fill(0);
  const key = await crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
  bytes.fill(0);
  return key;
}

const aadFor = (purpose: SealPurpose, senderPublic: Bytes, recipientPublic: Bytes) =>
  concatBytes(utf8(`onward/sync/v1/${purpose}`), senderPublic, recipientPublic);

/** Seals a JSON payload from `sender` to `recipientPublic`. */
export async function sealTo(
  sender: OneTimeKeyPair,
  recipientPublic: Bytes,
  purpose: SealPurpose,
  payload: unknown,
  { rng = defaultRng }: { rng?: Rng } = {},
): Promise<Result<Bytes, 'bad-public-key'>> {
  const peer = await importPublic(recipientPublic);
  if (!peer) return fail('bad-public-key');
  const key = await sharedKey(sender.privateKey, peer, sender.publicKey, recipientPublic, purpose);
  const iv = randomBytes(12, rng);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aadFor(purpose, sender.publicKey, recipientPublic) },
    key,
    utf8(JSON.stringify(payload)),
  );
  return ok(concatBytes(Uint8Array.of(SEALED_V1), iv, new Uint8Array(ct)));
}

/** Opens what `senderPublic` sealed to `recipient`. */
export async function openFrom(
  recipient: OneTimeKeyPair,
  senderPublic: Bytes,
  purpose: SealPurpose,
  sealed: Uint8Array,
): Promise<Result<unknown, UnsealFailure>> {
  if (sealed.length < 1 + 12 + 16) return fail('malformed');
  if (sealed[0] !== SEALED_V1) return fail('unsupported-version');
  const peer = await importPublic(senderPublic);
  if (!peer) return fail('malformed');
  const key = await sharedKey(
    recipient.privateKey,
    peer,
    senderPublic,
    recipient.publicKey,
    purpose,
  );
  let plain: Bytes;
  try {
    plain = new Uint8Array(
      await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: sealed.slice(1, 13),
          additionalData: aadFor(purpose, senderPublic, recipient.publicKey),
        },
        key,
        sealed.slice(13),
      ),
    );
  } catch (e) {
    if (isOperationError(e)) return fail('wrong-key-or-tampered');
    throw e;
  }
  try {
    return ok(JSON.parse(fromUtf8(plain)));
  } catch {
    return fail('malformed');
  }
}

/** Mailbox: seals with a fresh one-time key and puts its public key in front. */
export async function sealToMailbox(
  recipientPublic: Bytes,
  payload: unknown,
): Promise<Result<Bytes, 'bad-public-key'>> {
  const sender = await generateKeyPair();
  const sealed = await sealTo(sender, recipientPublic, 'mailbox', payload);
  return sealed.ok ? ok(concatBytes(sender.publicKey, sealed.value)) : sealed;
}

export async function openMailbox(
  recipient: OneTimeKeyPair,
  blob: Uint8Array,
): Promise<Result<unknown, UnsealFailure>> {
  if (blob.length <= PUBLIC_KEY_BYTES) return fail('malformed');
  return openFrom(
    recipient,
    blob.slice(0, PUBLIC_KEY_BYTES),
    'mailbox',
    blob.slice(PUBLIC_KEY_BYTES),
  );
}

/**
 * The 6-digit code both devices show: SHA-256("onward/sync/v1/confirm" | offerKey | answerKey),
 * first 32 bits (big-endian) mod 10^6, as "123 456".
 */
export async function confirmationCode(offerKey: Bytes, answerKey: Bytes): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest(
      'SHA-256',
      concatBytes(utf8('onward/sync/v1/confirm'), offerKey, answerKey),
    ),
  );
  const n = new DataView(digest.buffer).getUint32(0) % 1_000_000;
  const s = n.toString().padStart(6, '0');
  return `${s.slice(0, 3)} ${s.slice(3)}`;
}
