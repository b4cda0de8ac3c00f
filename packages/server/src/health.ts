import type { FastifyInstance } from 'fastify';
import type { Storage } from './storage/storage.ts';
import { serverVersion } from './version.ts';

export interface HealthBody {
  status: 'ok' | 'unavailable';
  database: 'ok' | 'unavailable';
  version: string;
}

/**
 * GET /api/health: a real query to the database, so a load balancer or an operator learns whether
 * this instance can serve sync requests, not merely whether the process is alive.
 */
export function registerHealthRoute(app: FastifyInstance, storage: Storage): void {
  app.get('/api/health', async (_request, reply) => {
    const databaseOk = await storage.health();
    const body: HealthBody = databaseOk
      ? { status: 'ok', database: 'ok', version: serverVersion }
      : { status: 'unavailable', database: 'unavailable', version: serverVersion };
    return reply
      .code(databaseOk ? 200 : 503)
      .header('cache-control', 'no-store')
      .send(body);
  });
}
