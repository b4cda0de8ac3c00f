import { pipeline, Readable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

// Compresses text files of the app (HTML, JS, CSS, JSON, the manifest, SVG) on the way out.
// It is a speed feature only: the app's code is public, so nothing secret passes through here.
// Brotli at a middle quality keeps the CPU cost small enough to do per request.

const compressibleType =
  /^(?:text\/|application\/(?:javascript|json|manifest\+json|xml)|image\/svg\+xml)/i;

/** Smaller than this, compression saves too little to be worth it. */
const minimumBytes = 1024;

export function isCompressible(contentType: unknown): boolean {
  return typeof contentType === 'string' && compressibleType.test(contentType);
}

/** Picks br, then gzip, from an Accept-Encoding header; honours q=0 ("not this one"). */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Set<string>();
  let wildcard = false;
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q !== undefined && Number(q.slice(2)) === 0) continue;
    if (name === '*') wildcard = true;
    else accepted.add(name);
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || wildcard) return 'gzip';
  return undefined;
}

/** Adds the onSend hook. Register it before the routes whose responses it should compress. */
export function compressStaticResponses(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    // Only whole-file streams (the static files), only successful GETs.
    if (request.method !== 'GET' || reply.statusCode !== 200) return payload;
    if (!(payload instanceof Readable)) return payload;
    if (reply.hasHeader('content-encoding') || !isCompressible(reply.getHeader('content-type'))) {
      return payload;
    }
    const length = Number(reply.getHeader('content-length'));
    if (Number.isFinite(length) && length < minimumBytes) return payload;
    const encoding = chooseEncoding(request.headers['accept-encoding']);
    if (encoding === undefined) return payload;

    const compressor =
      encoding === 'br'
        ? createBrotliCompress({
            params: {
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_QUALITY]: 5,
              ...(Number.isFinite(length) ? { [constants.BROTLI_PARAM_SIZE_HINT]: length } : {}),
            },
          })
        : createGzip({ level: 6 });
    reply.removeHeader('content-length');
    reply.header('content-encoding', encoding);
    return pipeline(payload, compressor, (error) => {
      if (error) request.log.warn({ err: error }, 'compressing a response failed');
    });
  });
}
