import type { FastifyReply } from 'fastify';
import { sendApiError } from '../api-helpers.ts';

// Every share API error is `{ v: 1, error: { reason, message } }`, like sync. `reason` is stable,
// for the app and the viewer to map to kind words; `message` never echoes what was sent.

export type ShareReason =
  | 'malformed-request'
  | 'malformed-body'
  | 'missing-credential'
  | 'bad-credential'
  | 'not-found'
  | 'expired'
  | 'revoked'
  | 'exists'
  | 'too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'server-error'
  | 'unavailable';

const table: Record<ShareReason, [number, string]> = {
  'malformed-request': [400, 'The address, query or headers of the request are not valid.'],
  'malformed-body': [400, 'The request body is not valid for this route.'],
  'missing-credential': [401, 'This route needs an Authorization: Bearer token.'],
  'bad-credential': [401, 'The credential was not accepted.'],
  'not-found': [404, 'There is no share link with that id.'],
  expired: [410, 'This share link has expired.'],
  revoked: [410, 'This share link was revoked by the person who made it.'],
  exists: [409, 'A share link with that id already exists.'],
  'too-large': [413, 'The shared snapshot is larger than this server accepts.'],
  'unsupported-media-type': [415, 'Share snapshots are sent as application/octet-stream.'],
  'rate-limited': [429, 'Too many requests. Please wait and try again.'],
  'server-error': [500, 'Something went wrong on the server.'],
  unavailable: [503, 'The server cannot serve share links right now. Please try again soon.'],
};

export function sendShareError(
  reply: FastifyReply,
  reason: ShareReason,
  retryAfterSeconds?: number,
): FastifyReply {
  const [status, message] = table[reason];
  return sendApiError(reply, status, reason, message, {}, retryAfterSeconds);
}
