/**
 * Where /metrics is served. Metrics tell an outsider how busy the relay is and who is
 * connected how often, and rendering them costs a database count, so they are not public by
 * default: on the API listener /metrics answers only with `Authorization: Bearer <token>`
 * (without a configured token it does not exist there), and `port` serves them on a listener
 * of their own (bound to loopback by default) for a scraper on the same host or network.
 */
import { createServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { ConnectorError } from './errors.js';
import type { AddressLimits } from './abuse-limits.js';
import { requireBearer } from './bearer.js';
import type { Metrics } from './metrics.js';

export interface MetricsOptions {
  /** Bearer token for /metrics on the API listener; unset: /metrics is not served there. */
  token?: string;
  /** Port of a separate metrics listener (0 = any free port); unset: none. */
  port?: number;
  /** Address the separate listener binds (default 127.0.0.1). */
  host?: string;
}

/** /metrics on the API listener; a wrong token counts as a failed authentication of the address. */
export function metricsRoute(app: FastifyInstance, metrics: Metrics, token: string | undefined, addresses: AddressLimits, clock: () => number): void {
  app.get('/metrics', async (request, reply) => {
    if (token === undefined) throw new ConnectorError('not_found', 'no such endpoint');
    requireBearer(request, token, addresses, clock(), 'metrics');
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

export interface MetricsListener {
  readonly url: string;
  close(): Promise<void>;
}

export async function startMetricsListener(metrics: Metrics, port: number, host = '127.0.0.1'): Promise<MetricsListener> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics failed'),
    );
  });
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const addr = server.address();
  if (addr === null || typeof addr === 'string') throw new Error('metrics listener: no TCP address');
  return {
    url: `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
