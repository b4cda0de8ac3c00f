import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { securityHeaders } from './security-headers.ts';

// Every failure leaves the server as a small JSON body `{ "error": "<plain sentence>" }` with the
// right 4xx/5xx status, and never a stack trace, file path or echo of what was sent: those would
// tell an attacker about the server, and the app shows its own kind copy for each status anyway.
// These sentences are for API clients and operators; the web app maps statuses to copy from
// @onward/content.

const messages: Record<number, string> = {
  400: 'The request could not be understood. Please check it and try again.',
  403: 'That is not available.',
  404: 'There is nothing at this address.',
  405: 'That action is not possible here.',
  408: 'The request took too long to arrive. Please try again.',
  413: 'The request is too large.',
  415: 'This type of content is not accepted here.',
  431: 'The request headers are too large.',
  500: 'Something went wrong on the server. Please try again in a moment.',
  503: 'The server is not available right now. Please try again in a moment.',
};

export function errorMessage(status: number): string {
  return (
    messages[status] ??
    (status >= 500 ? (messages[500] as string) : 'The request could not be completed.')
  );
}

/** Sends the JSON error body for a status. Error answers are never cached. */
export function sendError(reply: FastifyReply, status: number): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/json; charset=utf-8')
    .send({ error: errorMessage(status) });
}

/** Fastify error handler: keeps the status of client errors, turns anything else into a 500. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const code = error.statusCode;
  const status = typeof code === 'number' && code >= 400 && code <= 599 ? code : 500;
  // Only the server's own faults are logged; a malformed request is the client's business.
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  return sendError(reply, status);
}

/**
 * Errors the router raises before any route runs (a URL with broken percent-encoding, a path
 * parameter that is too long). Same JSON shape as every other error.
 */
export function handleFrameworkError(
  _error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
) {
  return sendError(reply, 400);
}

/**
 * Requests so malformed that Node's HTTP parser rejects them never reach Fastify; this writes the
 * answer straight to the socket, still with the security headers and the JSON shape.
 */
export function handleClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A reset or closed connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const status =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? 408
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? 431
        : 400;
  const body = JSON.stringify({ error: errorMessage(status) });
  const headers: Record<string, string> = {
    ...securityHeaders,
    'cache-control': 'no-store',
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n\r\n${body}`);
}
