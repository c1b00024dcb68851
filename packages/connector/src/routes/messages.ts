/** Sending (one or a batch), fetching and acking mailbox items, and revoking a connection. */
import type { FastifyInstance } from 'fastify';
import type { connector_e2e } from '@connector-e2e/protocol';
import { SEND_BATCH_ROUTE } from '../auth.js';
import { ConnectorError } from '../errors.js';
import { MESSAGE_ID_PATTERN } from '../store.js';
import { checkConnectionId, checkRefs } from '../validate.js';
import { api, decodeBody, send, toDelivery } from '../wire.js';
import type { RouteContext } from './context.js';

const DEFAULT_FETCH_LIMIT = 100;
/** Payload bytes of one fetch answer (at least one item), so a fetch never loads a whole backlog. */
const FETCH_PAGE_BYTES = 8 * 1024 * 1024;

export interface MessageRouteLimits {
  /** Most items of a batch send. */
  maxBatchItems: number;
  /** Body limit of a batch send, bytes. */
  batchBodyLimit: number;
}

export function messageRoutes(app: FastifyInstance, ctx: RouteContext, { maxBatchItems, batchBodyLimit }: MessageRouteLimits): void {
  const { store, limits, metrics, clock, auth, hooks, deliver, expireFor, acked } = ctx;
  const signed = { preHandler: auth.authenticate };
  const { takeNonce } = auth;

  app.post('/v1/messages/send', signed, async (request, reply) => {
    const body = decodeBody(api.SendRequest, request.body, 'SendRequest');
    if (!MESSAGE_ID_PATTERN.test(body.messageId) || body.messageId.startsWith('!')) {
      throw new ConnectorError('bad_request', 'message_id must be 1-128 printable ASCII characters and must not start with "!"');
    }
    checkConnectionId(body.connectionId);
    const item = { connectionId: body.connectionId, messageId: body.messageId, payload: body.payload };
    const [outcome] = await store.sendBatch(request.participantId, [item], clock(), takeNonce(request), hooks);
    request.nonce = undefined; // committed with the transaction, also when the item was refused
    if (!outcome!.ok) throw outcome!.error;
    if (!outcome!.duplicate) metrics.stored.inc();
    return send(reply, api.SendResponse.encode({ duplicate: outcome!.duplicate, expiresAt: outcome!.expiresAt }).finish());
  });

  app.post(SEND_BATCH_ROUTE, { ...signed, bodyLimit: batchBodyLimit }, async (request, reply) => {
    const body = request.sendBatch ?? decodeBody(api.SendBatchRequest, request.body, 'SendBatchRequest');
    if (body.items.length > maxBatchItems) {
      throw new ConnectorError('batch_too_large', `a batch holds at most ${maxBatchItems} messages; this one has ${body.items.length}`);
    }
    const items = body.items.map((it) => ({ connectionId: it.connectionId ?? '', messageId: it.messageId ?? '', payload: it.payload ?? new Uint8Array(0) }));
    // a malformed connection id is the request's fault as a whole, like an unknown one
    for (const it of items) checkConnectionId(it.connectionId);
    const outcomes = await store.sendBatch(request.participantId, items, clock(), takeNonce(request), hooks);
    let stored = 0;
    const results = outcomes.map((o): connector_e2e.connector.v1.SendBatchResult.$Properties => {
      if (!o.ok) return { duplicate: false, expiresAt: 0, error: { code: o.error.code, message: o.error.message, retryAfterSeconds: 0 } };
      if (!o.duplicate) stored++;
      return { duplicate: o.duplicate, expiresAt: o.expiresAt };
    });
    if (stored > 0) metrics.stored.inc(stored);
    return send(reply, api.SendBatchResponse.encode({ results }).finish());
  });

  app.post('/v1/messages/fetch', signed, async (request, reply) => {
    const body = decodeBody(api.FetchRequest, request.body, 'FetchRequest');
    const limit = Math.min(body.limit || DEFAULT_FETCH_LIMIT, limits.maxFetchLimit);
    await expireFor(request.participantId);
    const after = Number(body.after);
    const { items, hasMore } = await store.fetch(request.participantId, after, limit, clock(), takeNonce(request), FETCH_PAGE_BYTES);
    deliver(items, 'http');
    const nextAfter = items.length ? items[items.length - 1]!.seq : after;
    return send(reply, api.FetchResponse.encode({ items: items.map(toDelivery), nextAfter, hasMore }).finish());
  });

  app.post('/v1/messages/ack', signed, async (request, reply) => {
    const body = decodeBody(api.AckRequest, request.body, 'AckRequest');
    if (body.refs.length > 1000) throw new ConnectorError('bad_request', 'at most 1000 refs per ack');
    const refs = body.refs.map((r) => ({ connectionId: r.connectionId ?? '', messageId: r.messageId ?? '' }));
    checkRefs(refs);
    const deleted = await store.ack(request.participantId, refs, takeNonce(request));
    if (deleted > 0) acked(request.participantId);
    metrics.acked.inc(deleted);
    return send(reply, api.AckResponse.encode({ deleted }).finish());
  });

  app.post('/v1/connections/revoke', signed, async (request, reply) => {
    const body = decodeBody(api.RevokeRequest, request.body, 'RevokeRequest');
    checkConnectionId(body.connectionId);
    const deleted = await store.revoke(request.participantId, body.connectionId, clock(), takeNonce(request));
    return send(reply, api.RevokeResponse.encode({ deletedMessages: deleted }).finish());
  });
}
