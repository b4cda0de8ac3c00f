import { z } from 'zod';
import { decodeBase64url, idPattern, token32Pattern } from './base64url.ts';
import { fixedLimits } from './limits.ts';

// The JSON bodies of sync protocol v1 (docs/sync-protocol.md). Strict: unknown fields are refused.
// Binary fields are checked as canonical base64url and decoded here, with their byte limits.

const version = z.literal(1);
export const idSchema = z.string().regex(idPattern);
export const token32Schema = z.string().regex(token32Pattern);

/** base64url that decodes to min..max bytes; parses to the bytes. */
export function bytesSchema(min: number, max: number) {
  // Checked on the text length first, so a huge string is refused before it is decoded.
  return z
    .string()
    .max(Math.ceil((max * 4) / 3))
    .transform((text, ctx) => {
      const bytes = decodeBase64url(text);
      if (bytes === undefined || bytes.byteLength < min || bytes.byteLength > max) {
        ctx.addIssue({ code: 'custom', message: 'not valid base64url of the right length' });
        return z.NEVER;
      }
      return bytes;
    });
}

const token32Bytes = token32Schema.transform((t) => decodeBase64url(t) as Uint8Array);
const publicKey = bytesSchema(fixedLimits.publicKeyMin, fixedLimits.publicKeyMax);
const sealed = bytesSchema(fixedLimits.sealedMin, fixedLimits.sealedMax);

export const emptyBody = z.strictObject({ v: version });

/**
 * Envelopes are first checked as strings of any length, so an oversized one is told apart
 * (413 change-too-large, with its index) from a malformed one.
 */
export const pushBody = z.strictObject({
  v: version,
  changes: z
    .array(z.strictObject({ id: idSchema, envelope: z.string().min(1) }))
    .min(1)
    .max(fixedLimits.pushChanges),
});

export const registerDeviceBody = z.strictObject({
  v: version,
  publicKey,
  mailboxToken: token32Bytes,
});

export const rotateBody = z.strictObject({
  v: version,
  credential: token32Bytes,
  from: idSchema,
  remove: z.array(idSchema).max(1_000),
  mailbox: z.array(z.strictObject({ deviceKeyId: idSchema, sealed })).max(1_000),
});

export const openSlotBody = z.strictObject({ v: version, vaultId: idSchema, offerKey: publicKey });
export const answerSlotBody = z.strictObject({ v: version, answerKey: publicKey });
export const sealSlotBody = z.strictObject({ v: version, sealed });
