/**
 * Every failure leaves as an ErrorBody with its code and status; framework errors are mapped
 * to codes, database outages to `unavailable`, anything else to `internal` (logged, never
 * with the request's payload).
 */
import type { FastifyInstance } from 'fastify';
import { isTransientDatabaseError } from '@connector-e2e/db-kit';
import { ConnectorError } from '../errors.js';
import type { Metrics } from '../metrics.js';
import type { Store } from '../store.js';
import { SEND_BATCH_ROUTE } from '../auth.js';
import { errorBody, send } from '../wire.js';

/** Refusals counted in connector_requests_refused_total (a limit or quota, not a client mistake). */
const LIMIT_CODES: ReadonlySet<string> = new Set(['rate_limited', 'quota_exceeded', 'connection_limit', 'queue_full', 'payload_too_large', 'batch_too_large']);

export interface ErrorDeps {
  store: Store;
  metrics: Metrics;
  /** Body limits of a batch send and of every other request, for the payload_too_large texts. */
  batchBodyLimit: number;
  bodyLimit: number;
  closing(): boolean;
}

export function installErrorHandling(app: FastifyInstance, { store, metrics, batchBodyLimit, bodyLimit, closing }: ErrorDeps): void {
  app.setErrorHandler(async (err, request, reply) => {
    // A refused request still uses up its nonce (its transaction, if any, was rolled back),
    // so replaying it later cannot succeed either.
    const pending = request.nonce;
    request.nonceTaken = true;
    if (pending && !ConnectorError.is(err, 'replayed_request')) await store.useNonce(pending.participantId, pending.nonce, pending.expiresAt).catch(() => undefined);
    let e: ConnectorError;
    if (ConnectorError.is(err)) e = err;
    else {
      const fe = err as { code?: string; statusCode?: number; message: string };
      if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        e =
          request.routeOptions.url === SEND_BATCH_ROUTE
            ? new ConnectorError('batch_too_large', `request body exceeds ${batchBodyLimit} bytes; split the batch`)
            : new ConnectorError('payload_too_large', `request body exceeds ${bodyLimit} bytes`);
      }
      else if (fe.statusCode !== undefined && fe.statusCode >= 400 && fe.statusCode < 500) e = new ConnectorError('bad_request', fe.message);
      else if (closing()) e = new ConnectorError('unavailable', 'shutting down');
      else if (isTransientDatabaseError(err)) {
        request.log.warn({ err: { message: fe.message, code: fe.code } }, 'database unavailable');
        e = new ConnectorError('unavailable', 'database unavailable, retry later', { retryAfterSeconds: 1 });
      } else {
        request.log.error({ err: { message: fe.message, code: fe.code } }, 'request failed');
        e = new ConnectorError('internal', 'unexpected server error');
      }
    }
    // refusals a client causes (quotas answer 507 too) stay at debug: a client must not be able to flood the log
    if (e.code === 'internal' || e.code === 'unavailable') request.log.warn({ code: e.code }, 'request refused');
    else request.log.debug({ code: e.code }, 'request refused');
    if (LIMIT_CODES.has(e.code)) metrics.refused.inc({ code: e.code });
    if (e.retryAfterSeconds !== undefined) reply.header('retry-after', String(e.retryAfterSeconds));
    reply.code(e.status).header('x-connector-error', e.code);
    // the operator's API speaks JSON (routes/admin.ts)
    if (request.url.startsWith('/admin/')) return reply.type('application/json').send(JSON.stringify({ code: e.code, message: e.message }));
    return send(reply, errorBody(e));
  });
  app.setNotFoundHandler((_request, reply) => {
    reply.code(404).header('x-connector-error', 'not_found');
    return send(reply, errorBody(new ConnectorError('not_found', 'no such endpoint')));
  });
  // a verified request must record its nonce (in its transaction, or here on refusal)
  app.addHook('onSend', async (request) => {
    if (request.nonce && !request.nonceTaken) throw new Error(`route ${request.routeOptions.url} did not record its nonce`);
  });
}
