// A logging proxy for the end-to-end tests: it stands in front of the test server and records
// the path of every request that reaches it, as an access log (the server's, or any proxy's
// between the person and the server) would. Tests use it to prove what the server can learn.
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

export interface LoggingProxy {
  /** http://127.0.0.1:<port>: a separate origin, so it starts with empty storage. */
  origin: string;
  /** Request paths (with any query), in arrival order. */
  paths: string[];
}

/** Starts a proxy to `upstream` for the current test; it is closed when the test finishes. */
export async function startLoggingProxy(upstream: string): Promise<LoggingProxy> {
  const target = new URL(upstream);
  const paths: string[] = [];
  const server = createServer((incoming, outgoing) => {
    paths.push(incoming.url ?? '');
    const upstreamRequest = forward(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    upstreamRequest.on('error', () => {
      outgoing.writeHead(502).end();
    });
    incoming.pipe(upstreamRequest);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, paths };
}
