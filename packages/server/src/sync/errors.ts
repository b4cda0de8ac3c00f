import type { FastifyReply } from 'fastify';
import { sendApiError } from '../api-helpers.ts';

// Every sync error is `{ v: 1, error: { reason, message } }` (docs/sync-protocol.md §2.1).
// `reason` is stable, for devices to map to kind words; `message` is for operators and API
// clients and never echoes what was sent.

export type SyncReason =
  | 'malformed-body'
  | 'malformed-request'
  | 'missing-credential'
  | 'bad-credential'
  | 'vault-not-found'
  | 'device-not-found'
  | 'slot-not-found'
  | 'no-snapshot'
  | 'not-found'
  | 'vault-exists'
  | 'device-exists'
  | 'slot-used'
  | 'stale-snapshot'
  | 'mailbox-incomplete'
  | 'too-many-devices'
  | 'slot-expired'
  | 'body-too-large'
  | 'change-too-large'
  | 'vault-full'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'too-many-streams'
  | 'server-error'
  | 'unavailable';

const table: Record<SyncReason, [number, string]> = {
  'malformed-body': [400, 'The request body is not valid for this route.'],
  'malformed-request': [400, 'The address, query or headers of the request are not valid.'],
  'missing-credential': [401, 'This route needs an Authorization: Bearer token.'],
  'bad-credential': [401, 'The credential was not accepted.'],
  'vault-not-found': [404, 'There is no vault with that id.'],
  'device-not-found': [404, 'There is no device key with that id in this vault.'],
  'slot-not-found': [404, 'There is no pairing slot with that id.'],
  'no-snapshot': [404, 'This vault has no snapshot.'],
  'not-found': [404, 'There is nothing at this address.'],
  'vault-exists': [409, 'A vault with that id already exists.'],
  'device-exists': [409, 'That device key id is registered with another public key.'],
  'slot-used': [409, 'That pairing slot has already been used.'],
  'stale-snapshot': [409, 'That snapshot is not newer than the current one, or is past the head.'],
  'mailbox-incomplete': [409, 'The rotation does not seal the new key for every remaining device.'],
  'too-many-devices': [409, 'This vault has as many device keys as the server allows.'],
  'slot-expired': [410, 'That pairing slot has expired.'],
  'body-too-large': [413, 'The request body is too large.'],
  'change-too-large': [413, 'A change is larger than the server accepts.'],
  'vault-full': [413, "Storing this would pass the vault's quota."],
  'unsupported-media-type': [415, 'This type of content is not accepted here.'],
  'rate-limited': [429, 'Too many requests. Please wait and try again.'],
  'too-many-streams': [429, 'Too many live channels are open for this vault.'],
  'server-error': [500, 'Something went wrong on the server.'],
  unavailable: [503, 'The server cannot serve sync right now. Please try again in a moment.'],
};

export function syncStatus(reason: SyncReason): number {
  return table[reason][0];
}

export function sendSyncError(
  reply: FastifyReply,
  reason: SyncReason,
  extra: Record<string, unknown> = {},
  retryAfterSeconds?: number,
): FastifyReply {
  const [status, message] = table[reason];
  return sendApiError(reply, status, reason, message, extra, retryAfterSeconds);
}
