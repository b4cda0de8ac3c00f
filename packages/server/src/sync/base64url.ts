// base64url without padding (RFC 4648 §5), the only binary-in-JSON encoding of the sync protocol.
// Decoding is strict: a string is accepted only if it is exactly what encoding its bytes gives
// back (no padding, no other alphabet, no stray trailing bits), so one value has one spelling.

const pattern = /^[A-Za-z0-9_-]*$/;

export function encodeBase64url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

/** The bytes, or undefined when `text` is not canonical base64url. */
export function decodeBase64url(text: string): Uint8Array | undefined {
  if (!pattern.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.toString('base64url') !== text) return undefined;
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Length in characters of `n` bytes encoded. */
export function encodedLength(n: number): number {
  return Math.ceil((n * 4) / 3);
}

/** 16-byte ids (vault, change, device key): 22 characters. */
export const idPattern: RegExp = /^[A-Za-z0-9_-]{21}[AQgw]$/;
/** 32-byte values (tokens, pairing slot ids): 43 characters. */
export const token32Pattern: RegExp = /^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/;
