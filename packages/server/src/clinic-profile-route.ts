import { createHash } from 'node:crypto';
import type { ClinicProfile } from '@onward/core';
import type { FastifyInstance } from 'fastify';

// GET /api/clinic: the deploying clinic's profile, or 204 No Content when none is configured.
//
// 204 rather than 404 on purpose: "no clinic" is a normal answer, not a missing address, and a
// 404 would be logged by browsers as a failed request on every launch of every app that runs
// without a profile. The profile is public information (what the clinic puts on its website),
// the same for everyone, so it may be revalidated by any cache: no-cache plus an ETag, and a
// 304 when the app already has this version.

export const clinicPath = '/api/clinic';

/** Whether an If-None-Match header names this ETag (or is "*"). Weak comparison, as for GET. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

export function registerClinicRoute(app: FastifyInstance, profile: ClinicProfile | undefined) {
  // Serialised once: the profile cannot change while the server runs (it is read at start-up).
  const body = profile === undefined ? undefined : JSON.stringify(profile);
  const etag =
    body === undefined
      ? undefined
      : `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;

  app.get(clinicPath, async (request, reply) => {
    reply.header('cache-control', 'no-cache');
    if (body === undefined || etag === undefined) return reply.code(204).send();
    reply.header('etag', etag);
    if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
    return reply.code(200).type('application/json; charset=utf-8').send(body);
  });
}
