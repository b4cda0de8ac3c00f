import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { decodeBase64url, token32Pattern } from './sync/base64url.ts';

// Small pieces every opaque-data API (sync, share links) uses the same way: bearer tokens are
// 32 random bytes sent as base64url and kept only as their SHA-256; error bodies are
// `{ v: 1, error: { reason, message } }`; whole numbers in queries have one spelling.

export function hashToken(token: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(token).digest());
}

/** Constant-time comparison of two stored hashes (false when either is missing). */
export function sameHash(a: Uint8Array | null | undefined, b: Uint8Array): boolean {
  if (a === null || a === undefined || a.byteLength !== b.byteLength) return false;
  return timingSafeEqual(a, b);
}

/** SHA-256 of the request's `Authorization: Bearer <32-byte base64url>` token, or undefined. */
export function bearerHash(request: FastifyRequest): Uint8Array | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]+)$/i.exec(header.trim());
  if (!match?.[1] || !token32Pattern.test(match[1])) return undefined;
  const bytes = decodeBase64url(match[1]);
  return bytes && hashToken(bytes);
}

export function isJson(request: FastifyRequest): boolean {
  const type = request.headers['content-type'];
  return typeof type === 'string' && /^application\/json\s*(;|$)/i.test(type);
}

export function isOctetStream(request: FastifyRequest): boolean {
  const type = request.headers['content-type'];
  return typeof type === 'string' && /^application\/octet-stream\s*(;|$)/i.test(type);
}

/** A non-negative safe integer written in plain digits, else undefined. */
export function wholeNumber(text: string | string[] | undefined): number | undefined {
  if (typeof text !== 'string' || !/^\d{1,16}$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

/**
 * Sends `{ v: 1, error: { reason, message, ...extra } }` with its status, never cached, with
 * Retry-After (whole seconds, at least 1) when given.
 */
export function sendApiError(
  reply: FastifyReply,
  status: number,
  reason: string,
  message: string,
  extra: Record<string, unknown> = {},
  retryAfterSeconds?: number,
): FastifyReply {
  if (retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(Math.max(1, Math.ceil(retryAfterSeconds))));
  }
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({ v: 1, error: { reason, message, ...extra } });
}
